"""Rasa's SQL tracker store, with Linkway's privacy rules applied before anything is written.

- Anonymous conversations (chosen at the start or later, and every under-16 conversation) are
  stored redacted: the resident's words, entity values and personal slot values are replaced, and
  when a conversation turns anonymous its earlier events are rewritten redacted too. The dialogue
  still works (it needs slots such as `needs` and `area`, not the words).
- "Delete what I told you" (the `action_delete_conversation` turn) deletes every stored event of
  the conversation.

Configured in endpoints.yml with `type: assistant.components.tracker_store.PrivacyTrackerStore` and
`url: ${LINKWAY_TRACKER_STORE_URL}` (`sqlite:///var/rasa-tracker.db` or `postgresql://...`).
- Each conversation's events stay in memory between turns (`event_cache.py`), so a turn reads only
  the rows stored since the last one instead of the whole conversation.
"""

import json
import os
from typing import Any, Dict, Optional, Text

import sqlalchemy
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine.url import make_url

from assistant.components.event_cache import CachedConversation, EventCache

REDACTED = "[redacted]"
ERASE_ACTION = "action_delete_conversation"
# Slots that hold the resident's own words or contact details.
PERSONAL_SLOTS = {
    "situation", "what_matters", "contact_name", "contact_detail", "phone", "email", "preferred_times",
    "need_evidence", "crisis_evidence", "needs_confirmed", "summary_confirmed", "wants_link_worker",
    "consent_store", "consent_share", "ons_life_satisfaction", "ons_worthwhile", "ons_happiness", "ons_anxiety",
}  # fmt: skip
CACHED_CONVERSATIONS_VARIABLE = "LINKWAY_TRACKER_CACHE_CONVERSATIONS"
CACHED_CONVERSATIONS_DEFAULT = 500


def is_anonymous(tracker: DialogueStateTracker) -> bool:
    return bool(tracker.get_slot("anonymous")) or tracker.get_slot("age_band") == "under_16"


def asked_to_erase(tracker: DialogueStateTracker) -> bool:
    """This turn ran the erasure, or the resident asked for it (so it happens even if the app is down)."""
    latest = tracker.latest_message
    if latest is not None and (latest.intent or {}).get("name") == "delete_data":
        return True
    return tracker.latest_action_name == ERASE_ACTION or any(
        getattr(event, "action_name", None) == ERASE_ACTION for event in list(tracker.events)[-6:]
    )


def redact_value(value: Any) -> Any:
    """Words become a marker and collections empty; yes/no answers and scores stay, so forms do not re-ask."""
    if isinstance(value, str):
        return REDACTED
    if isinstance(value, (dict, list)):
        return type(value)()
    return value


def redact_event(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """The event with the resident's words and personal values replaced."""
    data = json.loads(json.dumps(data))
    kind = data.get("event")
    if kind == "user":
        data["text"] = REDACTED
        parse = data.get("parse_data") or {}
        parse["text"] = REDACTED
        for entity in parse.get("entities") or []:
            entity["value"] = REDACTED
        parse.pop("response_selector", None)
        data["parse_data"] = parse
        if data.get("metadata"):
            data["metadata"] = {}
    elif kind == "slot" and data.get("name") in PERSONAL_SLOTS:
        data["value"] = redact_value(data.get("value"))
    elif kind == "bot":
        data["text"] = REDACTED
        data["data"] = {}
    elif kind == "entities":
        data["entities"] = []
    return data


def write_ahead_log(connection: Any, _record: Any) -> None:
    """SQLite only (development, tests, the SQLite benchmark): Rasa saves the tracker on every turn, and in
    SQLite's default journal mode each save waited for several syncs to disk, some 13 % of Rasa's time at 50
    simultaneous conversations. With a write-ahead log and `synchronous=NORMAL` a save is one append; a
    crashed process loses nothing committed (a power cut may lose the last turns), as for the app's SQLite."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class PrivacyTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        url: Optional[Text] = None,
        **kwargs: Any,
    ) -> None:
        location = make_url(url or host or "sqlite:///var/rasa-tracker.db")
        dialect = location.get_backend_name()
        super().__init__(
            domain=domain,
            dialect=dialect,
            host=location.host,
            port=location.port,
            db=location.database or "rasa.db",
            username=location.username,
            password=location.password,
            event_broker=event_broker,
            **kwargs,
        )
        if dialect == "sqlite":
            sqlalchemy.event.listen(self.engine, "connect", write_ahead_log)
        self.cache = EventCache(int(os.environ.get(CACHED_CONVERSATIONS_VARIABLE, CACHED_CONVERSATIONS_DEFAULT)))

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The latest session's tracker, as Rasa's SQL tracker store builds it, reading only new rows."""
        conversation = self.read_events(sender_id)
        if not conversation.rows or self.domain is None:
            return None
        return DialogueStateTracker.from_events(sender_id, conversation.latest_session(), self.domain.slots)

    def read_events(self, sender_id: Text) -> CachedConversation:
        table = self.SQLEvent
        cached = self.cache.get(sender_id) or CachedConversation()
        with self.session_scope() as session:
            new_rows = (
                session.query(table.id, table.data)
                .filter(table.sender_id == sender_id, table.id > cached.last_row_id)
                .order_by(table.id)
                .all()
            )
            stored = session.query(sqlalchemy.func.count(table.id)).filter(table.sender_id == sender_id).scalar()
            if stored != cached.rows + len(new_rows):
                cached = CachedConversation()
                everything = session.query(table.id, table.data).filter(table.sender_id == sender_id)
                new_rows = everything.order_by(table.id).all()
        cached.extend((row_id, json.loads(data)) for row_id, data in new_rows)
        if cached.rows:
            self.cache.keep(sender_id, cached)
        else:
            self.cache.forget(sender_id)
        return cached

    async def save(self, tracker: DialogueStateTracker) -> None:
        if asked_to_erase(tracker):
            self.erase(tracker.sender_id)
            return
        if not is_anonymous(tracker):
            await super().save(tracker)
            return
        self.erase(tracker.sender_id)
        with self.session_scope() as session:
            for event in tracker.events:
                data = redact_event(event.as_dict())
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=((data.get("parse_data") or {}).get("intent") or {}).get("name"),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()

    def erase(self, sender_id: Text) -> None:
        self.cache.forget(sender_id)
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
