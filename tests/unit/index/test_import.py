"""Importing directory feeds: every supported shape, real-feed quirks, dry runs, re-imports."""

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from index.importing.feeds import FeedError, parse_document, read_feed
from index.importing.importer import import_feed
from index.models import DirectorySource, Organisation, Service, ServiceStatus
from tests.unit.index.conftest import needs_from_keywords


def run_import(session: Session, path: Path, dry_run: bool = False, source: str | None = None):  # type: ignore[no-untyped-def]
    report = import_feed(
        session, read_feed(path), source=source or path.name, dry_run=dry_run, needs_for=needs_from_keywords
    )
    session.commit()
    return report


@pytest.mark.parametrize(
    ("file_name", "shape", "count"),
    [
        ("demo-small.json", "linkway_demo", 3),
        ("bristol-v3-services-page1.json", "oruk_v3_page", 3),
        ("uk-profile-service_list.json", "oruk_v3_page", 1),
        ("bristol-v3-service-full.json", "oruk_v3_service", 1),
        ("uk-profile-service_full.json", "oruk_v3_service", 1),
        ("older-page-with-quirks.json", "oruk_page", 2),
        ("north-lincolnshire-extract.json", "oruk_list", 3),
    ],
)
def test_every_feed_shape_is_recognised_and_imported(feeds: Path, file_name: str, shape: str, count: int) -> None:
    feed = read_feed(feeds / file_name)
    assert feed.shape == shape
    assert len(feed.services) == count


def test_an_unrecognised_file_is_refused_with_the_shapes_that_are_accepted() -> None:
    with pytest.raises(FeedError, match="ORUK v3 page"):
        parse_document({"hello": "world"}, "odd.json")


def test_html_is_stripped_to_text_and_scripts_dropped(feeds: Path) -> None:
    service = next(s for s in read_feed(feeds / "older-page-with-quirks.json").services if s.id == "q-html")
    assert service.name == "Riverside Chatter Club"
    assert service.description == "A weekly natter & a cup of tea for anyone feeling alone."


def test_minus_one_ages_mean_no_limit(feeds: Path) -> None:
    service = next(s for s in read_feed(feeds / "older-page-with-quirks.json").services if s.id == "q-html")
    assert (service.min_age, service.max_age) == (None, None)


def test_labelled_phone_keeps_the_number_and_placeholder_email_is_dropped(feeds: Path) -> None:
    service = next(s for s in read_feed(feeds / "older-page-with-quirks.json").services if s.id == "q-html")
    assert service.phone == "0117 496 0123"
    assert service.email is None


def test_real_bristol_service_keeps_areas_and_first_phone(feeds: Path) -> None:
    service = read_feed(feeds / "bristol-v3-service-full.json").services[0]
    assert service.areas == ["Bristol", "South Gloucestershire"]
    assert service.phone == "0800 0354213"
    assert service.organisation is not None and service.organisation.name == "1625 Independent People"
    assert "<p>" not in service.description


def test_bad_records_are_skipped_with_id_and_reason_and_the_rest_imported(feeds: Path) -> None:
    feed = read_feed(feeds / "older-page-with-quirks.json")
    reasons = {skipped.id: skipped.reason for skipped in feed.skipped}
    assert reasons["q-empty-name"] == "empty name"
    assert reasons["q-bad-ages"] == "minimum age 40 is above maximum age 12"
    assert reasons["(record 5)"] == "missing id"
    assert reasons["q-minimal"].startswith("duplicate id")
    assert [service.id for service in feed.services] == ["q-html", "q-minimal"]


def test_missing_optional_fields_do_not_stop_a_record(feeds: Path, scratch_session: Session) -> None:
    run_import(scratch_session, feeds / "older-page-with-quirks.json")
    minimal = scratch_session.get(Service, "q-minimal")
    assert minimal is not None
    assert minimal.phone is None and minimal.areas == [] and minimal.languages == ["en"]


def test_unknown_extension_fields_are_ignored(feeds: Path, scratch_session: Session) -> None:
    report = run_import(scratch_session, feeds / "older-page-with-quirks.json")
    assert "q-html" in report.added


def test_dry_run_reports_but_writes_nothing(feeds: Path, scratch_session: Session) -> None:
    report = run_import(scratch_session, feeds / "demo-small.json", dry_run=True)
    assert report.added == ["t-001", "t-002", "t-003"]
    assert "nothing was written" in report.summary()
    assert scratch_session.scalars(select(Service)).all() == []
    assert scratch_session.scalars(select(DirectorySource)).all() == []


def test_reimporting_the_same_feed_changes_nothing(feeds: Path, scratch_session: Session) -> None:
    run_import(scratch_session, feeds / "demo-small.json")
    again = run_import(scratch_session, feeds / "demo-small.json")
    assert again.added == [] and again.changed == [] and again.deactivated == []
    assert sorted(again.unchanged) == ["t-001", "t-002", "t-003"]
    assert len(scratch_session.scalars(select(Service)).all()) == 3


def test_a_changed_service_is_updated_in_place(feeds: Path, scratch_session: Session, tmp_path: Path) -> None:
    run_import(scratch_session, feeds / "demo-small.json")
    document = json.loads((feeds / "demo-small.json").read_text())
    document["services"][0]["phone"] = "01632 960999"
    changed = tmp_path / "demo-small.json"
    changed.write_text(json.dumps(document))
    report = run_import(scratch_session, changed)
    assert report.changed == ["t-001"]
    scratch_session.expire_all()
    assert scratch_session.get(Service, "t-001").phone == "01632 960999"  # type: ignore[union-attr]


def test_services_missing_from_a_reimport_are_marked_inactive_not_deleted(
    feeds: Path, scratch_session: Session, tmp_path: Path
) -> None:
    run_import(scratch_session, feeds / "demo-small.json")
    document = json.loads((feeds / "demo-small.json").read_text())
    document["services"] = [s for s in document["services"] if s["id"] != "t-002"]
    shorter = tmp_path / "demo-small.json"
    shorter.write_text(json.dumps(document))
    report = run_import(scratch_session, shorter)
    assert report.deactivated == ["t-002"]
    scratch_session.expire_all()
    dropped = scratch_session.get(Service, "t-002")
    assert dropped is not None and dropped.status == ServiceStatus.inactive


def test_a_service_listed_again_is_reactivated(feeds: Path, scratch_session: Session, tmp_path: Path) -> None:
    run_import(scratch_session, feeds / "demo-small.json")
    document = json.loads((feeds / "demo-small.json").read_text())
    shorter = tmp_path / "demo-small.json"
    shorter.write_text(json.dumps({**document, "services": document["services"][:1]}))
    run_import(scratch_session, shorter)
    report = run_import(scratch_session, feeds / "demo-small.json")
    assert "t-002" in report.changed
    scratch_session.expire_all()
    assert scratch_session.get(Service, "t-002").status == ServiceStatus.active  # type: ignore[union-attr]


def test_feed_needs_are_kept_and_feeds_without_the_taxonomy_get_inferred_needs(
    feeds: Path, scratch_session: Session
) -> None:
    run_import(scratch_session, feeds / "demo-small.json")
    run_import(scratch_session, feeds / "older-page-with-quirks.json")
    from_demo = scratch_session.get(Service, "t-002")
    from_oruk = scratch_session.get(Service, "q-html")
    assert from_demo is not None and from_demo.needs == ["debt_money"] and not from_demo.needs_inferred
    assert from_oruk is not None and from_oruk.needs == ["loneliness_isolation"] and from_oruk.needs_inferred


def test_organisations_and_area_hierarchy_are_stored(feeds: Path, scratch_session: Session) -> None:
    run_import(scratch_session, feeds / "demo-small.json")
    assert scratch_session.get(Organisation, "org-kettle").provenance == "fictional"  # type: ignore[union-attr]
    source = scratch_session.get(DirectorySource, "demo-small.json")
    assert source is not None and source.areas["towns_by_district"]["Northvale"] == ["Ashby Parva", "Brookton"]


def test_the_real_detector_assigns_needs_to_an_oruk_service(feeds: Path) -> None:
    from index.importing.needs import infer_needs

    service = next(s for s in read_feed(feeds / "north-lincolnshire-extract.json").services if "WAWY" in s.name)
    assert "substance_use" in infer_needs(service)
