"""Unmet need: a need with no eligible local service in the resident's area.

A conversation records its own unmet needs (the matcher decides them while the resident talks).
A referral whose conversation left no record is checked against the directory here: a need is
unmet when no active service for it covers the resident's area or its district (national
services do not count as local).
"""

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.referrals.models import ConversationRecord, Referral
from index.models import Service, ServiceStatus


@lru_cache
def district_of_town(directory_file: Path) -> dict[str, str]:
    try:
        meta = json.loads(directory_file.read_text(encoding="utf-8")).get("meta", {})
    except (OSError, ValueError):
        return {}
    towns = meta.get("areas", {}).get("towns_by_district", {})
    return {town: district for district, names in towns.items() for town in names}


@dataclass(frozen=True)
class UnmetNeedRow:
    need: str
    area: str
    from_referrals: int
    from_anonymous_conversations: int


class LocalCoverage:
    """Which (need, area) pairs the directory covers with a local service."""

    def __init__(self, session: Session, directory_file: Path) -> None:
        self._districts = district_of_town(directory_file)
        self._covered: set[tuple[str, str]] = set()
        rows = session.execute(select(Service.needs, Service.areas).where(Service.status == ServiceStatus.active))
        for needs, areas in rows:
            self._covered.update((need, area) for need in needs or [] for area in areas or [] if area != "national")

    def covers(self, need: str, area: str) -> bool:
        district = self._districts.get(area)
        return (need, area) in self._covered or (district is not None and (need, district) in self._covered)


def unmet_need_rows(session: Session, directory_file: Path) -> list[UnmetNeedRow]:
    records = {record.conversation_key: record for record in session.scalars(select(ConversationRecord))}
    coverage = LocalCoverage(session, directory_file)
    from_referrals: Counter[tuple[str, str]] = Counter()
    referral_keys = set()
    for key, needs, area in session.execute(select(Referral.conversation_key, Referral.needs, Referral.area)):
        referral_keys.add(key)
        record = records.get(key)
        area_name = area or "unknown"
        unmet = record.unmet_needs if record else [need for need in needs or [] if not coverage.covers(need, area_name)]
        from_referrals.update((need, area_name) for need in unmet or [])
    from_conversations: Counter[tuple[str, str]] = Counter()
    for key, record in records.items():
        if key not in referral_keys and not record.referred:
            from_conversations.update((need, record.area or "unknown") for need in record.unmet_needs or [])
    pairs = sorted(
        set(from_referrals) | set(from_conversations),
        key=lambda pair: (-from_referrals[pair] - from_conversations[pair], pair),
    )
    return [
        UnmetNeedRow(need, area, from_referrals[(need, area)], from_conversations[(need, area)]) for need, area in pairs
    ]
