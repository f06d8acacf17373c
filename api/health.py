"""Liveness and readiness checks, and the warm-up that readiness waits for.

`/health` only says the process answers (restart it if not). `/ready` says whether this replica
should get traffic: the database answers, and the search index is built from the directory as it
is now and loaded, together with the sentence encoder and the need detector. Loading them takes
seconds, so it starts in the background when the app starts: without it the first resident's
message waited for it (the slowest turn in the load benchmark). The index check reads the whole
directory to compare checksums, so its answer is kept for a few seconds.
"""

import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from api.deps import SettingsDep
from api.settings import Settings, get_settings
from index.database import get_engine
from index.detection import get_detector
from index.embeddings import limit_torch_threads
from index.errors import IndexUnavailableError
from index.search import SearchQuery, get_service_search
from index.status import IndexStatus, index_status

INDEX_STATUS_TTL_SECONDS = 15.0

logger = logging.getLogger(__name__)
router = APIRouter(tags=["health"])


@dataclass
class WarmUp:
    loaded: bool = False
    problem: str = "the search index and models are still loading"

    def run(self, settings: Settings) -> None:
        try:
            get_service_search(settings.index_dir).search(SearchQuery(q="warm up", limit=1))
            get_detector().detect("warm up")
        except (IndexUnavailableError, OSError) as error:
            self.problem = f"the search index could not be loaded: {error}"
            logger.warning("warm-up failed: %s", type(error).__name__)
            return
        self.loaded = True


warm_up = WarmUp()


@asynccontextmanager
async def warm_up_in_background(_app: FastAPI) -> AsyncIterator[None]:
    """The app's lifespan: start loading at once, answer `/health` meanwhile, `/ready` once loaded."""
    limit_torch_threads(get_settings().torch_threads)
    threading.Thread(target=warm_up.run, args=(get_settings(),), name="warm-up", daemon=True).start()
    yield


@dataclass
class CachedIndexStatus:
    status: IndexStatus | None = None
    checked_at: float = 0.0
    key: tuple[str, str] = ("", "")

    def get(self, index_dir: str, database_url: str) -> IndexStatus:
        key = (index_dir, database_url)
        fresh = time.monotonic() - self.checked_at < INDEX_STATUS_TTL_SECONDS
        if self.status is None or key != self.key or not fresh or not self.status.ready:
            self.status = index_status_or_reason(index_dir, database_url)
            self.checked_at, self.key = time.monotonic(), key
        return self.status


def index_status_or_reason(index_dir: str, database_url: str) -> IndexStatus:
    try:
        return index_status(Path(index_dir), database_url)
    except SQLAlchemyError:
        return IndexStatus(False, "the directory could not be read from the database")


_index_status = CachedIndexStatus()


@router.get("/health")
def health() -> dict[str, str]:
    """Liveness: the process is up."""
    return {"status": "ok"}


@router.get("/ready")
def ready(settings: SettingsDep) -> JSONResponse:
    """Readiness: the database answers and the search index is built from the current directory."""
    checks: dict[str, bool] = {}
    reasons: dict[str, str] = {}
    try:
        with get_engine(settings.database_url).connect() as connection:
            connection.execute(text("SELECT 1"))
        checks["database"] = True
    except SQLAlchemyError:
        checks["database"] = False
        reasons["database"] = "the database did not answer"
    if checks["database"]:
        status = _index_status.get(str(settings.index_dir), settings.database_url)
        checks["index"] = status.ready and warm_up.loaded
        if not status.ready:
            reasons["index"] = status.reason
        elif not warm_up.loaded:
            reasons["index"] = warm_up.problem
    else:
        checks["index"] = False
        reasons["index"] = "not checked: the database is needed to compare the index with the directory"
    ok = all(checks.values())
    body = {"status": "ready" if ok else "not ready", "checks": checks, "reasons": reasons}
    return JSONResponse(body, status_code=200 if ok else 503)
