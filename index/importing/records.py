"""The normalised shape every feed is mapped into before it touches the database."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date


class RecordError(ValueError):
    """A feed record that cannot be imported; the message is the reason shown in the import report."""


@dataclass
class OrganisationRecord:
    id: str
    name: str
    description: str | None = None
    url: str | None = None
    email: str | None = None
    phone: str | None = None
    provenance: str | None = None


@dataclass
class ServiceRecord:
    """One service in Linkway's shape. `needs` is empty when the feed has no Linkway taxonomy."""

    id: str
    name: str
    organisation: OrganisationRecord | None = None
    description: str = ""
    url: str | None = None
    email: str | None = None
    phone: str | None = None
    sms: str | None = None
    status: str = "active"
    needs: list[str] = field(default_factory=list)
    min_age: int | None = None
    max_age: int | None = None
    eligibility_other: str | None = None
    areas: list[str] = field(default_factory=list)
    delivery: list[str] = field(default_factory=list)
    schedule_text: str | None = None
    schedule: list[dict[str, str]] = field(default_factory=list)
    cost_type: str | None = None
    cost_detail: str | None = None
    referral: str | None = None
    languages: list[str] = field(default_factory=list)
    last_reviewed: date | None = None

    def content_hash(self) -> str:
        """A fingerprint of everything the feed said about this service, to tell changed from unchanged."""
        payload = json.dumps(asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class SkippedRecord:
    id: str
    reason: str


@dataclass
class ParsedFeed:
    """What a feed file holds once mapped: its shape, name, area hierarchy, good records and skipped ones."""

    shape: str
    name: str
    areas: dict[str, object]
    services: list[ServiceRecord]
    skipped: list[SkippedRecord]
