"""Rasa's lock store, chosen by one environment variable so `make run` needs nothing extra.

`LINKWAY_LOCK_STORE_URL=redis://host:6379/1` makes every Rasa replica share Redis locks, so the
messages of one conversation are processed one at a time and in order whichever replica receives
them. Unset, a single Rasa server keeps its locks in memory. Configured in `endpoints.yml` as
`lock_store: {type: assistant.lock_store.LockStoreFromEnvironment}`.
"""

import os
from typing import Any
from urllib.parse import urlparse

from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore

LOCK_STORE_URL_VARIABLE = "LINKWAY_LOCK_STORE_URL"


class LockStoreFromEnvironment:
    """Rasa instantiates this class by module path; it hands back the lock store the environment asks for."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        url = os.environ.get(LOCK_STORE_URL_VARIABLE, "").strip()
        if not url:
            return InMemoryLockStore()
        parsed = urlparse(url)
        if parsed.scheme not in ("redis", "rediss"):
            raise ValueError(f"{LOCK_STORE_URL_VARIABLE} must be a redis:// URL")
        return RedisLockStore(
            host=parsed.hostname or "localhost",
            port=parsed.port or 6379,
            db=int(parsed.path.lstrip("/") or 1),
            username=parsed.username,
            password=parsed.password,
            use_ssl=parsed.scheme == "rediss",
        )
