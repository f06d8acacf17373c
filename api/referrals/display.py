"""How stored referral values read to people: UTC times, need labels and enum words."""

from datetime import UTC, datetime

from index.taxonomy import load_taxonomy


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def need_label(key: str) -> str:
    needs = load_taxonomy().needs
    return needs[key].label if key in needs else str(key)


def humanise(value: str | None) -> str:
    return (value or "").replace("_", " ")
