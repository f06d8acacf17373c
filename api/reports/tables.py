"""The report's tables for team leads and commissioners, each ready for a page, a chart and a CSV file.

Counts come from referrals (nothing identifying is read); anonymous usage comes from the
aggregate record every conversation leaves.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.referrals.display import as_utc, humanise, need_label
from api.referrals.models import ConversationRecord, Referral
from api.reports.unmet_need import unmet_need_rows
from api.reports.wellbeing import ONS4_LABELS, wellbeing_change

Cell = str | int | float


@dataclass(frozen=True)
class ReportTable:
    name: str
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    chart: bool = False
    summary: str = field(default="")


def week_start(moment: datetime) -> date:
    day = as_utc(moment).date()
    return day - timedelta(days=day.weekday())


def counted(name: str, title: str, label: str, counts: Counter[str], in_label_order: bool = False) -> ReportTable:
    """Most common first, or in label order where the labels have one (age bands, weeks)."""
    pairs = sorted(counts.items()) if in_label_order else counts.most_common()
    rows: list[list[Cell]] = [[key, count] for key, count in pairs]
    return ReportTable(name, title, [label, "Referrals"], rows, chart=True)


def hours(delta_seconds: Iterable[float]) -> list[float]:
    return [seconds / 3600 for seconds in delta_seconds]


def waiting_table(referrals: list[Referral]) -> ReportTable:
    waits = hours(
        (as_utc(r.first_contact_at) - as_utc(r.created_at)).total_seconds() for r in referrals if r.first_contact_at
    )
    rows: list[list[Cell]] = [
        ["Referrals contacted", len(waits)],
        ["Referrals not yet contacted", len(referrals) - len(waits)],
    ]
    if waits:
        rows += [
            ["Median hours to first contact", round(float(np.median(waits)), 1)],
            ["90th percentile hours to first contact", round(float(np.percentile(waits, 90)), 1)],
        ]
    return ReportTable("waiting", "Waiting time to first contact", ["Measure", "Value"], rows)


def wellbeing_table(referrals: list[Referral]) -> ReportTable:
    by_item: dict[str, list[tuple[int, int]]] = {key: [] for key in ONS4_LABELS}
    for referral in referrals:
        for item in wellbeing_change(referral.wellbeing_baseline, referral.wellbeing_followup):
            by_item[item.key].append((item.baseline, item.followup))
    rows: list[list[Cell]] = []
    for key, pairs in by_item.items():
        if pairs:
            before = float(np.mean([pair[0] for pair in pairs]))
            after = float(np.mean([pair[1] for pair in pairs]))
            rows.append([ONS4_LABELS[key], len(pairs), round(before, 1), round(after, 1), round(after - before, 1)])
    columns = ["ONS4 item", "People with both scores", "Mean baseline", "Mean follow-up", "Mean change"]
    summary = "Scores are 0 to 10. For anxiety, a fall is an improvement; for the others, a rise is."
    return ReportTable("wellbeing", "Wellbeing (ONS4) change", columns, rows, summary=summary)


def usage_table(records: list[ConversationRecord]) -> ReportTable:
    weeks: dict[date, Counter[str]] = {}
    for record in records:
        counts = weeks.setdefault(week_start(record.created_at), Counter())
        counts["all"] += 1
        counts["anonymous"] += record.anonymous
        counts["referred"] += record.referred
        counts["crisis"] += record.crisis_type is not None
    rows: list[list[Cell]] = [
        [week.isoformat(), c["all"], c["anonymous"], c["referred"], c["crisis"]] for week, c in sorted(weeks.items())
    ]
    columns = ["Week beginning", "Conversations", "Anonymous", "Referred", "With a crisis"]
    return ReportTable("usage", "Conversations, including anonymous use", columns, rows, chart=True)


def build_report(session: Session, directory_file: Path) -> list[ReportTable]:
    referrals = list(session.scalars(select(Referral).order_by(Referral.created_at)))
    records = list(session.scalars(select(ConversationRecord).order_by(ConversationRecord.created_at)))
    needs = Counter(need_label(need) for r in referrals for need in r.needs or [])
    areas = Counter(r.area or "Not given" for r in referrals)
    ages = Counter(humanise(r.age_band) or "Not given" for r in referrals)
    weeks = Counter(week_start(r.created_at).isoformat() for r in referrals)
    outcomes = Counter(humanise(r.outcome) for r in referrals if r.outcome)
    unmet = unmet_need_rows(session, directory_file)
    return [
        counted("needs", "Referrals by need", "Need", needs),
        counted("areas", "Referrals by area", "Area", areas),
        counted("age_bands", "Referrals by age band", "Age band", ages, in_label_order=True),
        counted("weeks", "Referrals by week", "Week beginning", weeks, in_label_order=True),
        waiting_table(referrals),
        counted("outcomes", "Outcomes of closed referrals", "Outcome", outcomes),
        wellbeing_table(referrals),
        ReportTable(
            "unmet_need",
            "Unmet need: no eligible local service in the resident's area",
            ["Need", "Area", "From referrals", "From anonymous conversations"],
            [[need_label(row.need), row.area, row.from_referrals, row.from_anonymous_conversations] for row in unmet],
            chart=True,
        ),
        usage_table(records),
    ]
