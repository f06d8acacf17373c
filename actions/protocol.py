"""Rasa's action-server protocol, typed: the request Rasa sends and the reply it expects.

Rasa posts `{next_action, sender_id, tracker, domain, version}` and reads `{events, responses}`.
Events are plain dicts in Rasa's wire format (`{"event": "slot", "name": ..., "value": ...}`);
the helpers here build the few kinds the actions return.
"""

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

Event = dict[str, Any]


class ActionRequest(BaseModel):
    next_action: str
    sender_id: str
    tracker: dict[str, Any] = Field(default_factory=dict)
    domain: dict[str, Any] = Field(default_factory=dict)
    version: str | None = None


class ActionReply(BaseModel):
    events: list[Event]
    responses: list[dict[str, Any]]


class ActionRejectedError(Exception):
    """The action declines to run (Rasa then lets its policies pick another action)."""


def slot_set(name: str, value: Any) -> Event:
    return {"event": "slot", "name": name, "value": value}


def active_loop(name: str | None) -> Event:
    return {"event": "active_loop", "name": name}


def restarted() -> Event:
    return {"event": "restart"}


def undo_till_previous(events: list[Event], kind: str) -> None:
    """Drop events from the end up to and including the latest of this kind."""
    while events:
        if events.pop().get("event") == kind:
            return


@dataclass
class Tracker:
    """Read-only view of the tracker Rasa sent."""

    sender_id: str
    raw: dict[str, Any]

    @property
    def slots(self) -> dict[str, Any]:
        return dict(self.raw.get("slots") or {})

    def slot(self, name: str) -> Any:
        return self.slots.get(name)

    @property
    def events(self) -> list[Event]:
        return list(self.raw.get("events") or [])

    @property
    def applied_events(self) -> list[Event]:
        """The events still in force, as Rasa replays them: a `rewind` takes back the latest message and
        the listen before it, an `undo` the latest action, a `restart` everything."""
        applied: list[Event] = []
        for event in self.events:
            kind = event.get("event")
            if kind == "restart":
                applied = []
            elif kind == "rewind":
                undo_till_previous(applied, "user")
                undo_till_previous(applied, "action")
            elif kind == "undo":
                undo_till_previous(applied, "action")
            else:
                applied.append(event)
        return applied

    @property
    def latest_message(self) -> dict[str, Any]:
        return dict(self.raw.get("latest_message") or {})

    @property
    def latest_text(self) -> str:
        return str(self.latest_message.get("text") or "")

    @property
    def latest_intent(self) -> str | None:
        intent = self.latest_message.get("intent") or {}
        return intent.get("name")

    def entity_values(self, entity: str) -> list[str]:
        return [str(e["value"]) for e in self.latest_message.get("entities") or [] if e.get("entity") == entity]

    @property
    def active_loop_name(self) -> str | None:
        loop = self.raw.get("active_loop") or {}
        return loop.get("name")

    def slots_to_validate(self) -> dict[str, Any]:
        """Slots set since the form last ran: the trailing run of slot events (as rasa_sdk reads it)."""
        found: dict[str, Any] = {}
        for event in reversed(self.events):
            if event.get("event") != "slot":
                break
            if event.get("name") != "requested_slot" and event["name"] not in found:
                found[event["name"]] = event.get("value")
        return found

    def slots_before_latest_message(self) -> dict[str, Any]:
        """Slot values as they stood when the resident sent their latest message."""
        values: dict[str, Any] = {}
        before: dict[str, Any] = {}
        for event in self.events:
            kind = event.get("event")
            if kind == "user":
                before = dict(values)
            elif kind == "slot":
                values[event["name"]] = event.get("value")
            elif kind == "restart":
                values, before = {}, {}
        return before

    @property
    def conversation_started_at(self) -> float:
        """When the current conversation session began: the last session start, else the first event."""
        events = self.events
        starts = [e for e in events if e.get("event") == "session_started"]
        first = starts[-1] if starts else (events[0] if events else {})
        return float(first.get("timestamp") or 0.0)


@dataclass
class Dispatcher:
    """Collects what an action says and the events it returns."""

    events: list[Event] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)

    def utter(self, response: str, **variables: Any) -> None:
        """Send a response defined in the domain (Rasa fills it from slots and `variables`)."""
        self.responses.append({"response": response, **variables})

    def say(self, text: str, buttons: list[dict[str, str]] | None = None) -> None:
        self.responses.append({"text": text, "buttons": buttons or []})

    def custom(self, payload: dict[str, Any], text: str) -> None:
        """A structured message for the widget, with a plain-text version for channels that show only text."""
        self.responses.append({"text": text, "custom": payload})

    def set(self, name: str, value: Any) -> None:
        self.events.append(slot_set(name, value))

    def reply(self) -> ActionReply:
        return ActionReply(events=self.events, responses=self.responses)


def button(title: str, payload: str) -> dict[str, str]:
    return {"title": title, "payload": payload}


def yes_no_buttons(yes: str = "Yes", no: str = "No") -> list[dict[str, str]]:
    return [button(yes, "/affirm"), button(no, "/deny")]
