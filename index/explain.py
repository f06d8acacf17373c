"""Plain-English reasons for a result, built only from the service's own recorded fields."""

from datetime import date, timedelta

from index.areas import NATIONAL, AreaHierarchy
from index.snapshot import ServiceEntry
from index.taxonomy import load_taxonomy

STALE_AFTER = timedelta(days=365)
DAY_NAMES = {"mon": "Mondays", "tue": "Tuesdays", "wed": "Wednesdays", "thu": "Thursdays", "fri": "Fridays",
             "sat": "Saturdays", "sun": "Sundays"}  # fmt: skip
DELIVERY_WORDS = {"in_person": "in person", "phone": "by phone", "online": "online", "home_visit": "home visits",
                  "text": "by text"}  # fmt: skip
COST_WORDS = {"free": "Free", "low_cost": "Low cost", "paid": "Paid"}


def is_stale(entry: ServiceEntry, today: date) -> bool:
    """Not reviewed for over 12 months (or never): details may have changed."""
    return entry.last_reviewed is None or today - entry.last_reviewed > STALE_AFTER


def need_phrase(entry: ServiceEntry, query_needs: list[str]) -> str | None:
    taxonomy = load_taxonomy()
    ordered = [key for key in query_needs if key in entry.needs] + [
        key for key in entry.needs if key not in query_needs
    ]
    labels = [taxonomy.label(key).lower() for key in ordered if key in taxonomy.needs]
    if not labels:
        return None
    return f"Helps with: {', '.join(labels)}" + (" (inferred from its description)" if entry.needs_inferred else "")


def place_phrase(entry: ServiceEntry, area: str | None, hierarchy: AreaHierarchy) -> str | None:
    if NATIONAL in entry.areas:
        return "Available anywhere in the UK"
    if area and area in entry.areas:
        return f"In {area}"
    if area:
        nearby = [label for label in entry.areas if label in hierarchy.matching_labels(area)]
        if nearby:
            return f"In {nearby[-1]}"
    districts = [label for label in entry.areas if label in hierarchy.towns_by_district]
    if hierarchy.towns_by_district and len(districts) == len(hierarchy.towns_by_district):
        return "Countywide"
    return f"In {', '.join(entry.areas)}" if entry.areas else None


def age_phrase(entry: ServiceEntry) -> str | None:
    if entry.min_age is not None and entry.max_age is not None:
        return f"Ages {entry.min_age}-{entry.max_age}"
    if entry.min_age is not None:
        return f"Ages {entry.min_age}+"
    if entry.max_age is not None:
        return f"Up to age {entry.max_age}"
    return None


def schedule_phrase(entry: ServiceEntry) -> str | None:
    if entry.schedule_text:
        return entry.schedule_text
    sessions = [f"{DAY_NAMES[s['day']]} {s['opens']}-{s['closes']}" for s in entry.schedule]
    return ", ".join(sessions) or None


def explain(
    entry: ServiceEntry, query_needs: list[str], area: str | None, hierarchy: AreaHierarchy, today: date
) -> str:
    """For example: "Helps with: loneliness and social isolation. In Banbury. Ages 65+. Free. Tuesdays 10:00-12:00." """
    delivery = [DELIVERY_WORDS[mode] for mode in entry.delivery if mode in DELIVERY_WORDS]
    parts = [
        need_phrase(entry, query_needs),
        place_phrase(entry, area, hierarchy),
        age_phrase(entry),
        COST_WORDS.get(entry.cost_type or ""),
        schedule_phrase(entry),
        f"Available {', '.join(delivery)}" if delivery else None,
        "Details not reviewed for over a year: check before relying on them" if is_stale(entry, today) else None,
    ]
    return " ".join(part.rstrip(".") + "." for part in parts if part)
