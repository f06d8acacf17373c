"""The directory snapshot shipped beside the faiss index, so app replicas search without the database.

The snapshot's checksum covers every field a search reads; an index whose `config.json` records a
different checksum from the database's current one is stale.
"""

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from index.areas import AreaHierarchy
from index.embeddings import DIMENSION, MODEL_NAME
from index.models import DirectorySource, Organisation, Service

INDEX_FORMAT = 1
CONFIG_FILE = "config.json"
SNAPSHOT_FILE = "services.json"
VECTORS_FILE = "vectors.faiss"
EMBEDDING_CACHE_FILE = "embedding-cache.npz"


class ServiceEntry(BaseModel):
    """Everything search, filters and explanations need about one service."""

    id: str
    name: str
    organisation: str | None = None
    organisation_id: str | None = None
    description: str = ""
    url: str | None = None
    email: str | None = None
    phone: str | None = None
    sms: str | None = None
    active: bool = True
    needs: list[str] = []
    needs_inferred: bool = False
    min_age: int | None = None
    max_age: int | None = None
    eligibility_other: str | None = None
    areas: list[str] = []
    delivery: list[str] = []
    schedule_text: str | None = None
    schedule: list[dict[str, str]] = []
    cost_type: str | None = None
    cost_detail: str | None = None
    referral: str | None = None
    languages: list[str] = []
    last_reviewed: date | None = None


class Snapshot(BaseModel):
    areas: dict[str, list[str]]
    flat_areas: list[str]
    services: list[ServiceEntry]

    def hierarchy(self) -> AreaHierarchy:
        return AreaHierarchy.from_meta(
            {"districts": list(self.areas), "towns_by_district": self.areas}, self.flat_areas
        )

    def checksum(self) -> str:
        payload = json.dumps([INDEX_FORMAT, MODEL_NAME, self.model_dump(mode="json")], sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class IndexConfig(BaseModel):
    model: str
    dimension: int
    directory_checksum: str
    built_at: datetime
    service_count: int
    format: int = INDEX_FORMAT


def load_snapshot_from_database(session: Session) -> Snapshot:
    """Every service (active and inactive, ordered by id) with its organisation's name, and the merged areas."""
    rows = session.execute(
        select(Service, Organisation.name).outerjoin(Organisation, Service.organisation_id == Organisation.id)
    ).all()
    services = [
        ServiceEntry(
            id=service.id,
            name=service.name,
            organisation=organisation_name,
            organisation_id=service.organisation_id,
            description=service.description,
            url=service.url,
            email=service.email,
            phone=service.phone,
            sms=service.sms,
            active=service.status == "active",
            needs=list(service.needs),
            needs_inferred=service.needs_inferred,
            min_age=service.min_age,
            max_age=service.max_age,
            eligibility_other=service.eligibility_other,
            areas=list(service.areas),
            delivery=list(service.delivery),
            schedule_text=service.schedule_text,
            schedule=list(service.schedule),
            cost_type=service.cost_type,
            cost_detail=service.cost_detail,
            referral=service.referral,
            languages=list(service.languages),
            last_reviewed=service.last_reviewed,
        )
        for service, organisation_name in sorted(rows, key=lambda row: row[0].id)
    ]
    areas: dict[str, list[str]] = {}
    for source in session.scalars(select(DirectorySource).order_by(DirectorySource.id)):
        towns = source.areas.get("towns_by_district") or {}
        for district in source.areas.get("districts") or []:
            areas.setdefault(district, [])
        for district, names in towns.items():
            areas.setdefault(district, [])
            areas[district] += [name for name in names if name not in areas[district]]
    flat = sorted({area for entry in services for area in entry.areas})
    return Snapshot(areas=areas, flat_areas=flat, services=services)


def write_json_atomically(path: Path, text: str) -> None:
    scratch = path.with_suffix(path.suffix + ".tmp")
    scratch.write_text(text, encoding="utf-8")
    scratch.replace(path)


def read_config(index_dir: Path) -> IndexConfig | None:
    path = index_dir / CONFIG_FILE
    if not path.exists():
        return None
    return IndexConfig.model_validate_json(path.read_text(encoding="utf-8"))


def new_config(checksum: str, service_count: int, built_at: datetime) -> IndexConfig:
    return IndexConfig(
        model=MODEL_NAME,
        dimension=DIMENSION,
        directory_checksum=checksum,
        built_at=built_at,
        service_count=service_count,
    )
