"""Structured JSON logs: one object per line, each carrying the request id of the turn it belongs to.

No personal data: the access line names the route template, never the path or query (a search query
is the resident's own words); an exception is logged as its type and stack frames, never its message
(a database error's message quotes the row it failed to write).
"""

import hashlib
import json
import logging
import os
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime

REQUEST_ID: ContextVar[str] = ContextVar("linkway_request_id", default="-")
CONVERSATION: ContextVar[str | None] = ContextVar("linkway_conversation", default=None)

HANDLER_NAME = "linkway-json"


def conversation_tag(sender_id: str) -> str:
    """A stable, non-reversible tag for a conversation: the sender id itself resumes the session."""
    return hashlib.sha256(sender_id.encode()).hexdigest()[:16]


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "request_id": REQUEST_ID.get(),
            "message": record.getMessage(),
        }
        conversation = CONVERSATION.get()
        if conversation:
            entry["conversation"] = conversation
        entry.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            entry["stack"] = "".join(traceback.format_tb(record.exc_info[2]))
        return json.dumps(entry, default=str)


def configure_logging(level: str = "INFO") -> None:
    """Route the app's and uvicorn's logs through one JSON handler; silence uvicorn's access log and
    the model loaders' progress bars (they are not log lines and would break one-object-per-line)."""
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    handler = logging.StreamHandler()
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if h.get_name() != HANDLER_NAME] + [handler]
    root.setLevel(level)
    for name in ("httpx", "httpcore"):  # their request lines hold full URLs, query text included
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
    # uvicorn's access line holds the raw path and query; ours (api.access) holds the route template.
    access = logging.getLogger("uvicorn.access")
    access.handlers = []
    access.propagate = False
