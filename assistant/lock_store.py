"""Rasa's lock store, chosen by one environment variable so `make run` needs nothing extra.

`LINKWAY_LOCK_STORE_URL=redis://host:6379/1` makes every Rasa replica share Redis locks, so the
messages of one conversation are processed one at a time and in order whichever replica receives
them. Unset, a single Rasa server keeps its locks in memory. Configured in `endpoints.yml` as
`lock_store: {type: assistant.lock_store.LockStoreFromEnvironment}`.
"""

import os
from typing import Any
from urllib.parse import urlparse

from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockStore, RedisLockStore

LOCK_STORE_URL_VARIABLE = "LINKWAY_LOCK_STORE_URL"
MUTEX_KEY_PREFIX = "linkway:lock-mutex:"
MUTEX_SECONDS = 5


class SerialisedRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store, safe when two replicas get messages of one conversation at the same moment.

    Rasa 3.6 changes a conversation's ticket lock by reading it from Redis, changing it in Python and
    writing it back. Within one process nothing runs in between, but two replicas can interleave: both
    issue the same ticket number, or one replica's save drops the other's ticket, and then both process
    the conversation at once and one turn is lost (RasaHQ/rasa#9213; seen in the scale-out test). Each
    read-change-write here runs under a short Redis mutex for that conversation.
    """

    def _mutex(self, conversation_id: str) -> Any:
        return self.red.lock(
            f"{MUTEX_KEY_PREFIX}{conversation_id}", timeout=MUTEX_SECONDS, blocking_timeout=MUTEX_SECONDS
        )

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: str) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)


class LockStoreFromEnvironment:
    """Rasa instantiates this class by module path; it hands back the lock store the environment asks for."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        url = os.environ.get(LOCK_STORE_URL_VARIABLE, "").strip()
        if not url:
            return InMemoryLockStore()
        parsed = urlparse(url)
        if parsed.scheme not in ("redis", "rediss"):
            raise ValueError(f"{LOCK_STORE_URL_VARIABLE} must be a redis:// URL")
        return SerialisedRedisLockStore(
            host=parsed.hostname or "localhost",
            port=parsed.port or 6379,
            db=int(parsed.path.lstrip("/") or 1),
            username=parsed.username,
            password=parsed.password,
            use_ssl=parsed.scheme == "rediss",
        )
