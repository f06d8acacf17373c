"""Map an Open Referral UK service (v3, or the older council exports) to a ServiceRecord.

ORUK feeds carry no Linkway need taxonomy, so `needs` is left empty here and inferred on import.
"""

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
from index.importing.demo import parse_date
from index.importing.records import OrganisationRecord, RecordError, ServiceRecord

ORUK_DAYS = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}
ATTENDING_WORDS = {
    "venue": "in_person",
    "in person": "in_person",
    "in-person": "in_person",
    "phone": "phone",
    "telephone": "phone",
    "online": "online",
    "remote": "online",
    "video": "online",
    "home": "home_visit",
}
LONGEST_AREA_NAME = 60


def dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def map_oruk_organisation(raw: object) -> OrganisationRecord | None:
    if not isinstance(raw, dict):
        return None
    org_id, name = str(raw.get("id") or "").strip(), text_from_html(raw.get("name"))
    if not org_id or not name:
        return None
    return OrganisationRecord(
        id=org_id,
        name=name,
        description=optional_text(raw.get("description")),
        url=clean_url(raw.get("website")) or clean_url(raw.get("url")),
        email=clean_email(raw.get("email")),
    )


def first_phone(raw: dict[str, Any]) -> str | None:
    """Service phones first, then its contacts' phones; labelled numbers are reduced to the number."""
    phones = dicts(raw.get("phones")) + [
        phone for contact in dicts(raw.get("contacts")) for phone in dicts(contact.get("phones"))
    ]
    for phone in phones:
        number = clean_phone(phone.get("number"))
        if number:
            return number
    return None


def delivery_modes(raw: dict[str, Any]) -> list[str]:
    words = " ".join(
        [str(raw.get("attending_type") or "")]
        + [str(s.get("attending_type") or "") for s in dicts(raw.get("schedules"))]
    ).lower()
    modes = {mode for word, mode in ATTENDING_WORDS.items() if word in words}
    if dicts(raw.get("service_at_locations")):
        modes.add("in_person")
    return sorted(modes)


def weekly_sessions(raw: dict[str, Any]) -> list[dict[str, str]]:
    sessions = []
    for schedule in dicts(raw.get("schedules")):
        opens, closes = str(schedule.get("opens_at") or "")[:5], str(schedule.get("closes_at") or "")[:5]
        if len(opens) != 5 or len(closes) != 5:
            continue
        for code in str(schedule.get("byday") or "").split(","):
            if code.strip().upper() in ORUK_DAYS:
                sessions.append({"day": ORUK_DAYS[code.strip().upper()], "opens": opens, "closes": closes})
    return sessions


def cost(raw: dict[str, Any]) -> tuple[str | None, str | None]:
    options = dicts(raw.get("cost_options"))
    fees = optional_text(raw.get("fees_description")) or optional_text(raw.get("fees"))
    if any(isinstance(option.get("amount"), int | float) and option["amount"] > 0 for option in options):
        detail = "; ".join(
            " ".join(str(option.get(key) or "") for key in ("option", "amount", "amount_description")).strip()
            for option in options
        )
        return "paid", detail or fees
    if fees and "free" in fees.lower():
        return "free", fees
    return None, fees


def languages(raw: dict[str, Any]) -> list[str]:
    codes = [str(lang.get("code")).strip().lower() for lang in dicts(raw.get("languages")) if lang.get("code")]
    return codes or ["en"]


def map_oruk_service(raw: dict[str, Any]) -> ServiceRecord:
    name = text_from_html(raw.get("name"))
    if not name:
        raise RecordError("empty name")
    min_age, max_age = clean_age(raw.get("minimum_age")), clean_age(raw.get("maximum_age"))
    if min_age is not None and max_age is not None and min_age > max_age:
        raise RecordError(f"minimum age {min_age} is above maximum age {max_age}")
    cost_type, cost_detail = cost(raw)
    metadata = mapping(raw.get("pc_metadata"))
    schedule_texts = [optional_text(s.get("description")) for s in dicts(raw.get("schedules"))]
    areas = [text_from_html(area.get("name")) for area in dicts(raw.get("service_areas"))]
    return ServiceRecord(
        id=str(raw["id"]),
        name=name,
        organisation=map_oruk_organisation(raw.get("organization")),
        description=text_from_html(raw.get("description")),
        url=clean_url(raw.get("url")),
        email=clean_email(raw.get("email")),
        phone=first_phone(raw),
        status="active" if str(raw.get("status") or "active").lower() == "active" else "inactive",
        min_age=min_age,
        max_age=max_age,
        eligibility_other=optional_text(raw.get("eligibility_description")),
        areas=[area for area in areas if area and len(area) <= LONGEST_AREA_NAME],
        delivery=delivery_modes(raw),
        schedule_text="; ".join(text for text in schedule_texts if text) or None,
        schedule=weekly_sessions(raw),
        cost_type=cost_type,
        cost_detail=cost_detail,
        languages=languages(raw),
        last_reviewed=parse_date(raw.get("assured_date"))
        or parse_date(raw.get("last_modified"))
        or parse_date(metadata.get("date_modified")),
    )
