"""Fixtures for the detector's tests: the loaded detector and an app client for its endpoint."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from index.detection import NeedDetector, get_detector


@pytest.fixture(scope="session")
def detector() -> NeedDetector:
    return get_detector()


@pytest.fixture(scope="module")
def detect_client() -> Iterator[TestClient]:
    """The real app; `POST /api/needs/detect` needs neither the database nor the search index."""
    from api.main import create_app

    with TestClient(create_app()) as client:
        yield client
