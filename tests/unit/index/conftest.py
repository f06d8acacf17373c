"""Fixtures for the directory tests: a fresh scratch database per test, and the feed files."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

import api.models  # noqa: F401  (registers every table)
from index.database import Base, get_engine, get_session_factory

FEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "directory"


@pytest.fixture
def feeds() -> Path:
    return FEEDS


@pytest.fixture
def scratch_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'directory.db'}"
    Base.metadata.create_all(get_engine(url))
    return url


@pytest.fixture
def scratch_session(scratch_url: str) -> Iterator[Session]:
    session = get_session_factory(scratch_url)()
    try:
        yield session
    finally:
        session.close()


def needs_from_keywords(record) -> list[str]:  # type: ignore[no-untyped-def]
    """A stand-in for the detector in tests about import mechanics (the detector has its own tests)."""
    text = f"{record.name} {record.description}".lower()
    return ["loneliness_isolation"] if "alone" in text or "natter" in text else ["activities_learning"]
