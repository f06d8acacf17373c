"""Shared fixtures: a migrated database with the shipped directory, a built index, and the real servers.

The database is PostgreSQL when `DATABASE_URL` is set (as `.ci/run` does), else a scratch SQLite file.
Environment variables are set before any app module reads its settings.
"""

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData
from sqlalchemy.orm import Session

from tests.servers import APP_PYTHON, ROOT, ServerProcess, app_process, free_port, rasa_process, tracker_store_url

SCRATCH_DIR = Path(tempfile.mkdtemp(prefix="linkway-tests-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{SCRATCH_DIR / 'linkway.db'}")
os.environ["LINKWAY_INDEX_DIR"] = str(ROOT / "var" / "test-index")
os.environ["LINKWAY_ENV"] = "test"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
APP_PORT = free_port()
RASA_PORT = free_port()
os.environ["LINKWAY_RASA_URL"] = f"http://127.0.0.1:{RASA_PORT}"
os.environ["LINKWAY_PUBLIC_URL"] = f"http://127.0.0.1:{APP_PORT}"

from api.settings import get_settings  # noqa: E402
from index.database import get_engine, get_session_factory  # noqa: E402

SHIPPED_DIRECTORY = ROOT / "data" / "directory" / "oxfordshire.json"


def run_cli(*args: str) -> None:
    """Run one of Linkway's own command-line tools in the app environment, as `make run` does."""
    subprocess.run([str(APP_PYTHON), *args], cwd=ROOT, env=os.environ.copy(), check=True, capture_output=True)


def reset_database(url: str) -> None:
    """Drop every table a previous run left, whichever code created it (Alembic, Rasa's tracker store)."""
    engine = get_engine(url)
    existing = MetaData()
    existing.reflect(engine)
    existing.drop_all(engine)


@pytest.fixture(scope="session")
def database_url() -> str:
    """A database migrated by Alembic, holding the shipped directory."""
    url = os.environ["DATABASE_URL"]
    get_settings.cache_clear()
    reset_database(url)
    config = Config(str(ROOT / "alembic.ini"))
    config.attributes["database_url"] = url
    command.upgrade(config, "head")
    run_cli("-m", "index", "import", str(SHIPPED_DIRECTORY))
    return url


@pytest.fixture(scope="session")
def index_dir(database_url: str) -> Path:
    """The embedding index of the shipped directory (cached between runs; rebuilt when stale)."""
    run_cli("-m", "index", "build")
    return Path(os.environ["LINKWAY_INDEX_DIR"])


@pytest.fixture
def db_session(database_url: str) -> Iterator[Session]:
    session = get_session_factory(database_url)()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


@pytest.fixture
def client(database_url: str, index_dir: Path):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from api.main import create_app

    get_settings.cache_clear()
    with TestClient(create_app()) as test_client:
        yield test_client


def server_env(database_url: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "LINKWAY_INDEX_DIR": os.environ["LINKWAY_INDEX_DIR"],
        "LINKWAY_ENV": "test",
        "LINKWAY_RASA_URL": f"http://127.0.0.1:{RASA_PORT}",
        "LINKWAY_PUBLIC_URL": f"http://127.0.0.1:{APP_PORT}",
        "LINKWAY_APP_URL": f"http://127.0.0.1:{APP_PORT}",
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{APP_PORT}/webhook",
        "LINKWAY_TRACKER_STORE_URL": tracker_store_url(database_url, SCRATCH_DIR),
    }


@pytest.fixture(scope="session")
def app_process_handle(database_url: str, index_dir: Path) -> Iterator[ServerProcess]:
    """The real app under uvicorn; tests that restart it use this handle."""
    server = app_process(APP_PORT, server_env(database_url), SCRATCH_DIR)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def app_server(app_process_handle: ServerProcess) -> str:
    return f"http://127.0.0.1:{APP_PORT}"


@pytest.fixture(scope="session")
def rasa_process_handle(app_server: str, database_url: str) -> Iterator[ServerProcess]:
    """The real Rasa server with the trained model; its actions call `app_server`."""
    server = rasa_process(RASA_PORT, server_env(database_url), SCRATCH_DIR)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def rasa_server(rasa_process_handle: ServerProcess) -> str:
    return f"http://127.0.0.1:{RASA_PORT}"
