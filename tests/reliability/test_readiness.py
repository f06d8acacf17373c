"""`/ready` sends traffic only to a replica whose database answers and whose index matches the directory."""

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api import health
from api.main import create_app
from api.settings import get_settings


@pytest.fixture
def app_with(monkeypatch: pytest.MonkeyPatch, database_url: str, index_dir: Path):  # type: ignore[no-untyped-def]
    """Build an in-process app with some settings changed; the index check is not cached between tests."""

    def build(**environment: str) -> TestClient:
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        monkeypatch.setattr(health, "_index_status", health.CachedIndexStatus())
        return TestClient(create_app())

    yield build
    get_settings.cache_clear()


@pytest.fixture
def index_copy(index_dir: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy)
    yield copy


def ready_within(app_url: str, seconds: float = 180) -> httpx.Response:
    """`/ready` once the replica has loaded its index and models (or the last answer at the deadline)."""
    deadline = time.monotonic() + seconds
    while True:
        response = httpx.get(f"{app_url}/ready", timeout=30)
        if response.status_code == 200 or time.monotonic() > deadline:
            return response
        time.sleep(1)


def test_the_running_app_is_live_and_ready(app_server: str) -> None:
    assert httpx.get(f"{app_server}/health").json() == {"status": "ok"}
    response = ready_within(app_server)
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": True, "index": True}


def test_not_ready_while_the_index_and_models_are_still_loading(app_with, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    client = app_with()
    monkeypatch.setattr(health, "warm_up", health.WarmUp())
    response = client.get("/ready")
    assert response.status_code == 503
    assert "loading" in response.json()["reasons"]["index"]


def test_not_ready_without_an_index(app_with, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    response = app_with(LINKWAY_INDEX_DIR=str(tmp_path / "nothing-here")).get("/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["index"] is False
    assert "python -m index build" in response.json()["reasons"]["index"]


def test_not_ready_when_the_directory_changed_since_the_index_was_built(app_with, index_copy: Path) -> None:  # type: ignore[no-untyped-def]
    config_path = index_copy / "config.json"
    config = json.loads(config_path.read_text())
    config["directory_checksum"] = "0" * 64
    config_path.write_text(json.dumps(config))
    response = app_with(LINKWAY_INDEX_DIR=str(index_copy)).get("/ready")
    assert response.status_code == 503
    assert "directory changed" in response.json()["reasons"]["index"]


def test_not_ready_when_the_database_does_not_answer(app_with) -> None:  # type: ignore[no-untyped-def]
    unreachable = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere?connect_timeout=2"
    response = app_with(DATABASE_URL=unreachable).get("/ready")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": False, "index": False}
    assert httpx.codes.is_success(app_with(DATABASE_URL=unreachable).get("/health").status_code)
