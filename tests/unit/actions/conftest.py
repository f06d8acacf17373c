"""The action webhook on its own, behind a TestClient, with trackers loaded from JSON fixtures."""

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

TRACKERS = Path(__file__).parent / "trackers"


def tracker_request(fixture: str, next_action: str, **changes: Any) -> dict[str, Any]:
    """A Rasa action request built from `trackers/<fixture>.json`; `changes` override its slots."""
    tracker = json.loads((TRACKERS / f"{fixture}.json").read_text())
    tracker["slots"].update(changes)
    return {"next_action": next_action, "sender_id": tracker["sender_id"], "tracker": tracker, "domain": {}}


@pytest.fixture
def webhook(database_url: str) -> TestClient:
    from actions.webhook import router
    from api.settings import get_settings

    get_settings.cache_clear()
    app = FastAPI()
    app.include_router(router)
    return TestClient(app)
