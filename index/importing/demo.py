"""Map a record of Linkway's demonstration directory (simplified ORUK with the need taxonomy) to a ServiceRecord."""

import re
from datetime import date
from typing import Any

from index.importing.cleaning import (
    clean_age,
    clean_email,
    clean_phone,
    clean_url,
    mapping,
    optional_text,
    text_from_html,
)
from index.importing.records import OrganisationRecord, RecordError, ServiceRecord
from index.taxonomy import load_taxonomy

DELIVERY_MODES = ("in_person", "phone", "online", "home_visit", "text")
COST_TYPES = ("free", "low_cost", "paid")
REFERRAL_ROUTES = ("self_referral", "professional_referral", "either")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CLOCK_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def parse_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def regular_sessions(entries: object) -> list[dict[str, str]]:
    """Keep well-formed `{day, opens, closes}` entries only."""
    sessions = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        day, opens, closes = entry.get("day"), entry.get("opens"), entry.get("closes")
        if day in WEEKDAYS and all(isinstance(t, str) and CLOCK_TIME.match(t) for t in (opens, closes)):
            sessions.append({"day": day, "opens": opens, "closes": closes})
    return sessions


def map_organisation(raw: dict[str, Any]) -> OrganisationRecord | None:
    org_id, name = str(raw.get("id") or "").strip(), text_from_html(raw.get("name"))
    if not org_id or not name:
        return None
    return OrganisationRecord(
        id=org_id,
        name=name,
        description=optional_text(raw.get("description")),
        url=clean_url(raw.get("url")),
        email=clean_email(raw.get("email")),
        phone=clean_phone(raw.get("phone")),
        provenance=raw.get("provenance") if isinstance(raw.get("provenance"), str) else None,
    )


def map_demo_service(raw: dict[str, Any], organisations: dict[str, OrganisationRecord]) -> ServiceRecord:
    name = text_from_html(raw.get("name"))
    if not name:
        raise RecordError("empty name")
    eligibility = mapping(raw.get("eligibility"))
    min_age, max_age = clean_age(eligibility.get("min_age")), clean_age(eligibility.get("max_age"))
    if min_age is not None and max_age is not None and min_age > max_age:
        raise RecordError(f"minimum age {min_age} is above maximum age {max_age}")
    schedule = mapping(raw.get("schedule"))
    cost = mapping(raw.get("cost"))
    known_needs = load_taxonomy().needs
    areas = [area.strip() for area in raw.get("areas") or [] if isinstance(area, str) and area.strip()]
    return ServiceRecord(
        id=str(raw["id"]),
        name=name,
        organisation=organisations.get(str(raw.get("organization_id"))),
        description=text_from_html(raw.get("description")),
        url=clean_url(raw.get("url")),
        email=clean_email(raw.get("email")),
        phone=clean_phone(raw.get("phone")),
        sms=clean_phone(raw.get("sms")),
        status="active" if raw.get("status", "active") == "active" else "inactive",
        needs=[need for need in raw.get("needs") or [] if need in known_needs],
        min_age=min_age,
        max_age=max_age,
        eligibility_other=optional_text(eligibility.get("other")),
        areas=areas,
        delivery=[mode for mode in raw.get("delivery") or [] if mode in DELIVERY_MODES],
        schedule_text=optional_text(schedule.get("text")),
        schedule=regular_sessions(schedule.get("regular")),
        cost_type=cost.get("type") if cost.get("type") in COST_TYPES else None,
        cost_detail=optional_text(cost.get("detail")),
        referral=raw.get("referral") if raw.get("referral") in REFERRAL_ROUTES else None,
        languages=[code.strip().lower() for code in raw.get("languages") or [] if isinstance(code, str)] or ["en"],
        last_reviewed=parse_date(raw.get("last_reviewed")),
    )
