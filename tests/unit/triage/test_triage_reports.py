"""Reports for team leads and commissioners: tables, charts and CSV downloads."""

import csv
import io
import uuid
from datetime import timedelta

from fastapi.testclient import TestClient

from api.auth.models import Role
from api.referrals.models import ConversationRecord, Referral
from api.reports.tables import waiting_table, wellbeing_table
from index.database import get_session_factory, utcnow
from tests.unit.triage.staff_support import referral_values, unique


def csv_rows(client: TestClient, name: str) -> list[list[str]]:
    response = client.get(f"/triage/reports/{name}.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert f'filename="linkway-{name}.csv"' in response.headers["content-disposition"]
    return list(csv.reader(io.StringIO(response.text)))


def add_conversation(database_url: str, **values: object) -> None:
    with get_session_factory(database_url)() as session:
        session.add(ConversationRecord(conversation_key=f"test-{uuid.uuid4().hex}", **values))
        session.commit()


def test_waiting_time_median_and_90th_percentile() -> None:
    created = utcnow() - timedelta(days=10)
    referrals = [
        Referral(**referral_values(created_at=created, first_contact_at=created + timedelta(hours=hours)))
        for hours in (1, 2, 3, 4, 10)
    ] + [Referral(**referral_values(created_at=created))]
    rows = {row[0]: row[1] for row in waiting_table(referrals).rows}
    assert rows["Referrals contacted"] == 5 and rows["Referrals not yet contacted"] == 1
    assert rows["Median hours to first contact"] == 3.0
    assert rows["90th percentile hours to first contact"] == 7.6


def test_wellbeing_change_only_where_both_scores_exist() -> None:
    both = Referral(
        **referral_values(wellbeing_followup={"life_satisfaction": 7, "worthwhile": 6, "happiness": 5, "anxiety": 3})
    )
    baseline_only = Referral(**referral_values())
    rows = {row[0]: row[1:] for row in wellbeing_table([both, baseline_only]).rows}
    assert rows["Life satisfaction"] == [1, 4.0, 7.0, 3.0]
    assert rows["Anxiety"] == [1, 7.0, 3.0, -4.0]


def test_reports_count_referrals_and_unmet_need_from_referrals_and_anonymous_use(
    users,
    signed_in,
    referral_factory,
    database_url: str,  # type: ignore[no-untyped-def]
) -> None:
    nowhere = unique("Nowhereville ")
    referral_factory(area=nowhere, needs=["carer_support"], age_band="25_49")
    referral_factory(area=nowhere, needs=["carer_support"], status="closed", outcome="declined", closed_at=utcnow())
    add_conversation(database_url, anonymous=True, area=nowhere, needs=["housing"], unmet_needs=["housing"])
    lead = signed_in(users[Role.team_lead])

    page = lead.client.get("/triage/reports")
    assert page.status_code == 200
    assert "Waiting time to first contact" in page.text and nowhere in page.text
    assert '<img src="/triage/reports/charts/needs.svg"' in page.text

    areas = csv_rows(lead.client, "areas")
    assert areas[0] == ["Area", "Referrals"] and [nowhere, "2"] in areas
    unmet = csv_rows(lead.client, "unmet_need")
    assert unmet[0] == ["Need", "Area", "From referrals", "From anonymous conversations"]
    assert ["Support for unpaid carers", nowhere, "2", "0"] in unmet
    assert ["Housing", nowhere, "0", "1"] in unmet
    outcomes = {row[0]: int(row[1]) for row in csv_rows(lead.client, "outcomes")[1:]}
    assert outcomes["declined"] >= 1
    usage = csv_rows(lead.client, "usage")
    assert usage[0] == ["Week beginning", "Conversations", "Anonymous", "Referred", "With a crisis"]


def test_a_need_covered_locally_is_not_unmet(users, signed_in, referral_factory) -> None:  # type: ignore[no-untyped-def]
    referral_factory(area="Banbury", needs=["loneliness_isolation"])
    lead = signed_in(users[Role.team_lead])
    rows = csv_rows(lead.client, "unmet_need")
    assert not any(row[:2] == ["Loneliness and social isolation", "Banbury"] for row in rows)


def test_csv_cells_cannot_run_as_spreadsheet_formulas(users, signed_in, referral_factory) -> None:  # type: ignore[no-untyped-def]
    referral_factory(area='=HYPERLINK("http://evil.example","x")')
    lead = signed_in(users[Role.team_lead])
    areas = csv_rows(lead.client, "areas")
    assert ['\'=HYPERLINK("http://evil.example","x")', "1"] in areas
    assert not any(row[0].startswith("=") for row in areas)


def test_charts_are_svg_drawn_on_the_server(users, signed_in, referral_factory) -> None:  # type: ignore[no-untyped-def]
    referral_factory()
    lead = signed_in(users[Role.team_lead])
    for name in ("needs", "areas", "age_bands", "weeks", "outcomes", "unmet_need", "usage"):
        response = lead.client.get(f"/triage/reports/charts/{name}.svg")
        assert response.status_code == 200, name
        assert response.headers["content-type"] == "image/svg+xml"
        assert "<svg" in response.text and "<script" not in response.text
    assert lead.client.get("/triage/reports/charts/waiting.svg").status_code == 404
    assert lead.client.get("/triage/reports/nonsense.csv").status_code == 404
