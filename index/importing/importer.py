"""Upsert a parsed feed into the directory tables and report what changed.

Services are matched by id. A service that a re-import of the same source no longer lists is
marked inactive rather than deleted, because referrals point at it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from index.database import utcnow
from index.importing.needs import infer_needs
from index.importing.records import ParsedFeed, ServiceRecord, SkippedRecord
from index.models import DirectorySource, Organisation, Service, ServiceStatus

NeedInferrer = Callable[[ServiceRecord], list[str]]


@dataclass
class ImportReport:
    source: str
    shape: str
    dry_run: bool
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        lines = [
            f"{verb} {self.source} ({self.shape}): {len(self.added)} new, {len(self.changed)} changed, "
            f"{len(self.unchanged)} unchanged, {len(self.deactivated)} marked inactive (no longer listed), "
            f"{len(self.skipped)} skipped.",
        ]
        if self.inferred:
            lines.append(f"Needs inferred from the text for {len(self.inferred)} services (shown as inferred).")
        lines += [f"  skipped {record.id}: {record.reason}" for record in self.skipped]
        lines += [f"  marked inactive {service_id}" for service_id in self.deactivated]
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return "\n".join(lines)


def upsert_organisations(session: Session, records: list[ServiceRecord]) -> None:
    seen: set[str] = set()
    for record in records:
        organisation = record.organisation
        if organisation is None or organisation.id in seen:
            continue
        seen.add(organisation.id)
        session.merge(Organisation(**vars(organisation)))
    session.flush()


def apply_record(service: Service, record: ServiceRecord, source: str, content_hash: str) -> None:
    fields = {key: value for key, value in vars(record).items() if key != "organisation"}
    for key, value in fields.items():
        setattr(service, key, value)
    service.organisation_id = record.organisation.id if record.organisation else None
    service.status = ServiceStatus(record.status)
    service.source = source
    service.content_hash = content_hash


def import_feed(
    session: Session,
    feed: ParsedFeed,
    source: str,
    *,
    dry_run: bool = False,
    needs_for: NeedInferrer = infer_needs,
) -> ImportReport:
    """Add new services, update changed ones, deactivate ones the source dropped; write nothing on a dry run."""
    report = ImportReport(source=source, shape=feed.shape, dry_run=dry_run, skipped=list(feed.skipped))
    feed_ids = [record.id for record in feed.services]
    existing = {service.id: service for service in session.scalars(select(Service).where(Service.id.in_(feed_ids)))}
    to_write: list[tuple[ServiceRecord, str]] = []
    for record in feed.services:
        content_hash = record.content_hash()
        current = existing.get(record.id)
        if current and current.content_hash == content_hash and current.status == record.status:
            report.unchanged.append(record.id)
            continue
        (report.changed if current else report.added).append(record.id)
        to_write.append((record, content_hash))
    listed = set(feed_ids)
    previously_listed = session.scalars(
        select(Service).where(Service.source == source, Service.status == ServiceStatus.active)
    )
    dropped = [service for service in previously_listed if service.id not in listed]
    report.deactivated = [service.id for service in dropped]
    if dry_run:
        report.inferred = [record.id for record, _ in to_write if not record.needs]
        return report

    for record, _ in to_write:
        if not record.needs:
            record.needs = needs_for(record)
            report.inferred.append(record.id)
    upsert_organisations(session, [record for record, _ in to_write])
    for record, content_hash in to_write:
        service = existing.get(record.id) or Service(id=record.id)
        apply_record(service, record, source, content_hash)
        service.needs_inferred = record.id in report.inferred
        session.add(service)
    for service in dropped:
        service.status = ServiceStatus.inactive
    session.merge(
        DirectorySource(id=source, name=feed.name, feed_shape=feed.shape, areas=feed.areas, imported_at=utcnow())
    )
    session.flush()
    return report
