"""An app whose allowed embedding sites are known, for the security header and CORS tests."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.settings import get_settings

COUNCIL_SITE = "https://www.cherwell.example"
RASA_URL = "http://rasa.linkway.example:5005"


@pytest.fixture
def pages_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app with one allowed embedding site; pages that need no database or index."""
    from api.main import create_app

    monkeypatch.setenv("LINKWAY_ALLOWED_ORIGINS", f'["{COUNCIL_SITE}"]')
    monkeypatch.setenv("LINKWAY_RASA_URL", RASA_URL)
    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        yield client
    get_settings.cache_clear()
