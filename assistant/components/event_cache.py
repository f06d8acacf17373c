"""Each conversation's events kept in Rasa's memory between turns, so a turn reads only the new rows.

Rasa 3.6's SQL tracker store reads every stored event of a conversation for every message, JSON-decodes
each row and re-creates each event: about a fifth of Rasa's event loop at 50 simultaneous
conversations, growing with every turn. `EventCache` keeps the events already read with the id of the
last row; the tracker store then reads only the rows after it. A count of the conversation's rows,
read with them, shows when rows were deleted or rewritten behind the cache's back (erasure, an
anonymous conversation stored again redacted, another Rasa replica), and the conversation is then read
whole again, so several replicas sharing one database stay correct.

Events are shared between the cache and the trackers built from it. Rasa treats events as immutable
once logged (a turn appends new events; it never edits old ones), which is what makes this safe.
"""

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from rasa.shared.core.events import Event, SessionStarted, deserialise_events


@dataclass
class CachedConversation:
    last_row_id: int = 0
    rows: int = 0
    events: list[Event] = field(default_factory=list)

    def extend(self, rows: Iterable[tuple[int, Any]]) -> None:
        """Add rows of `(id, event as dict)` read in id order."""
        rows = list(rows)
        if not rows:
            return
        self.last_row_id = rows[-1][0]
        self.rows += len(rows)
        self.events.extend(deserialise_events([data for _, data in rows]))

    def latest_session(self) -> list[Event]:
        """The events Rasa's `SQLTrackerStore.retrieve` returns: from the latest session start on (by timestamp)."""
        starts = [event.timestamp for event in self.events if isinstance(event, SessionStarted)]
        if not starts:
            return list(self.events)
        began = max(starts)
        return [event for event in self.events if event.timestamp >= began]


class EventCache:
    """The most recently used conversations, at most `size` of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.conversations: OrderedDict[str, CachedConversation] = OrderedDict()

    def get(self, sender_id: str) -> Optional[CachedConversation]:
        conversation = self.conversations.get(sender_id)
        if conversation is not None:
            self.conversations.move_to_end(sender_id)
        return conversation

    def keep(self, sender_id: str, conversation: CachedConversation) -> None:
        if self.size <= 0:
            return
        self.conversations[sender_id] = conversation
        self.conversations.move_to_end(sender_id)
        while len(self.conversations) > self.size:
            self.conversations.popitem(last=False)

    def forget(self, sender_id: str) -> None:
        self.conversations.pop(sender_id, None)
