"""Forgetting a conversation's transcript in Rasa's SQL tracker store, when its referral is erased.

Rasa writes every event of a conversation to the `events` table of the database at
`LINKWAY_TRACKER_STORE_URL`, keyed by the channel's `sender_id`. The URL is the one Rasa reads
(`sqlite:///var/rasa-tracker.db`, or `postgresql://...` meaning psycopg2); the app has psycopg 3.
"""

from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, column, create_engine, delete, inspect, table
from sqlalchemy.engine import make_url

from api.settings import Settings

EVENTS = table("events", column("sender_id"))


def app_driver_url(url: str) -> str:
    """Rasa's URL with the driver the app has installed."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@lru_cache
def tracker_store_engine(url: str) -> Engine:
    return create_engine(app_driver_url(url), pool_pre_ping=True)


def is_missing_sqlite_file(url: str) -> bool:
    location = make_url(url)
    return location.get_backend_name() == "sqlite" and not Path(location.database or "").is_file()


def forget_conversation(sender_id: str | None, settings: Settings) -> None:
    """Delete every stored event of this sender; nothing to do without a tracker store or its table."""
    url = settings.tracker_store_url
    if not sender_id or not url or is_missing_sqlite_file(url):
        return
    engine = tracker_store_engine(url)
    with engine.begin() as connection:
        if inspect(connection).has_table("events"):
            connection.execute(delete(EVENTS).where(EVENTS.c.sender_id == sender_id))
