"""Recognise a feed file's shape and map every record in it, setting bad records aside with a reason."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from index.importing.cleaning import mapping
from index.importing.demo import map_demo_service, map_organisation
from index.importing.oruk import map_oruk_service
from index.importing.records import ParsedFeed, RecordError, ServiceRecord, SkippedRecord


class FeedError(ValueError):
    """The file as a whole cannot be read as a directory feed."""


def feed_shape(document: object) -> str:
    if isinstance(document, list):
        return "oruk_list"
    if not isinstance(document, dict):
        raise FeedError("expected a JSON object or list of services")
    if isinstance(document.get("services"), list):
        return "linkway_demo"
    if isinstance(document.get("contents"), list):
        return "oruk_v3_page"
    if isinstance(document.get("content"), list) and "totalElements" in document:
        return "oruk_page"
    if document.get("id") and "name" in document:
        return "oruk_v3_service"
    raise FeedError(
        "unrecognised feed: expected Linkway's directory ({meta, organizations, services}), an ORUK v3 page "
        "({contents}), a single ORUK service, an older ORUK page ({content, totalElements}) or a list of services"
    )


def map_records(raw_services: list[Any], mapper: Callable[[dict[str, Any]], ServiceRecord]) -> tuple[list, list]:
    services: list[ServiceRecord] = []
    skipped: list[SkippedRecord] = []
    seen: set[str] = set()
    for position, raw in enumerate(raw_services, start=1):
        if not isinstance(raw, dict):
            skipped.append(SkippedRecord(f"(record {position})", "not a JSON object"))
            continue
        service_id = str(raw.get("id") or "").strip()
        if not service_id:
            skipped.append(SkippedRecord(f"(record {position})", "missing id"))
            continue
        if service_id in seen:
            skipped.append(SkippedRecord(service_id, "duplicate id (the first record with this id was kept)"))
            continue
        seen.add(service_id)
        try:
            services.append(mapper({**raw, "id": service_id}))
        except RecordError as error:
            skipped.append(SkippedRecord(service_id, str(error)))
    return services, skipped


def parse_document(document: object, default_name: str) -> ParsedFeed:
    shape = feed_shape(document)
    if shape == "linkway_demo":
        assert isinstance(document, dict)
        meta = mapping(document.get("meta"))
        organisations = {}
        for raw in document.get("organizations") or []:
            organisation = map_organisation(raw) if isinstance(raw, dict) else None
            if organisation:
                organisations[organisation.id] = organisation
        services, skipped = map_records(document["services"], lambda raw: map_demo_service(raw, organisations))
        areas = mapping(meta.get("areas"))
        hierarchy = {"districts": areas.get("districts", []), "towns_by_district": areas.get("towns_by_district", {})}
        return ParsedFeed(shape, str(meta.get("name") or default_name), hierarchy, services, skipped)
    if shape == "oruk_list":
        raw_services = document
    elif shape == "oruk_v3_service":
        raw_services = [document]
    else:
        assert isinstance(document, dict)
        raw_services = document["contents" if shape == "oruk_v3_page" else "content"]
    assert isinstance(raw_services, list)
    services, skipped = map_records(raw_services, map_oruk_service)
    return ParsedFeed(shape, default_name, {}, services, skipped)


def read_feed(path: Path) -> ParsedFeed:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedError(f"cannot read {path}: {error}") from error
    return parse_document(document, path.name)
