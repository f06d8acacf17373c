"""Per-request context: the request id (accepted or generated, echoed back), the access log line and
the request metrics, all keyed by the route template so ids in paths do not explode the label set.

Rasa forwards no request id to the action webhook, so a webhook call takes the id of the resident's
message that caused it (`tracker.latest_message.message_id`, made by Rasa's channel for each message):
every action a message triggers, and the app's log lines for them, share that id. The
`conversation` field ties a whole conversation's lines together without logging its sender id.
"""

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.observability.logs import CONVERSATION, REQUEST_ID, conversation_tag
from api.observability.metrics import HTTP_LATENCY, HTTP_REQUESTS
from api.settings import get_settings

REQUEST_ID_HEADER = "x-request-id"
ACCEPTABLE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
WEBHOOK_PATH = "/webhook"

access_log = logging.getLogger("api.access")


def declared_length(scope: Scope) -> int | None:
    """The Content-Length, when it is present, numeric and within the webhook's size limit."""
    for name, value in scope["headers"]:
        if name == b"content-length" and value.isdigit():
            length = int(value)
            return length if length <= get_settings().max_webhook_request_bytes else None
    return None


def route_template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


class RequestContextMiddleware:
    """Outermost middleware: everything inside it, rejected requests included, is logged and counted."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self._incoming_request_id(scope) or uuid.uuid4().hex
        conversation = None
        if scope["method"] == "POST" and scope["path"] == WEBHOOK_PATH and declared_length(scope) is not None:
            receive, turn_id, conversation = await self._read_webhook_turn(receive)
            if turn_id and self._incoming_request_id(scope) is None:
                request_id = turn_id
        request_token = REQUEST_ID.set(request_id)
        conversation_token = CONVERSATION.set(conversation)
        status = 500
        started = time.perf_counter()

        async def send_with_request_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            elapsed = time.perf_counter() - started
            route = route_template(scope)
            HTTP_REQUESTS.labels(method=scope["method"], route=route, status=str(status)).inc()
            HTTP_LATENCY.labels(method=scope["method"], route=route).observe(elapsed)
            access_log.info(
                "request answered",
                extra={
                    "fields": {
                        "method": scope["method"],
                        "route": route,
                        "status": status,
                        "duration_ms": round(elapsed * 1000, 1),
                    }
                },
            )
            REQUEST_ID.reset(request_token)
            CONVERSATION.reset(conversation_token)

    @staticmethod
    def _incoming_request_id(scope: Scope) -> str | None:
        for name, value in scope["headers"]:
            if name == REQUEST_ID_HEADER.encode():
                candidate = value.decode("latin-1")
                return candidate if ACCEPTABLE_REQUEST_ID.fullmatch(candidate) else None
        return None

    async def _read_webhook_turn(self, receive: Receive) -> tuple[Receive, str | None, str | None]:
        """Read Rasa's action request once, note its message id and conversation, and replay it."""
        messages: list[Message] = []
        body = b""
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        payload = _json_object(body)
        sender = payload.get("sender_id")
        conversation = conversation_tag(sender) if isinstance(sender, str) and sender else None
        tracker = payload.get("tracker")
        latest = tracker.get("latest_message") if isinstance(tracker, dict) else None
        message_id = latest.get("message_id") if isinstance(latest, dict) else None
        turn_id = message_id if isinstance(message_id, str) and ACCEPTABLE_REQUEST_ID.fullmatch(message_id) else None

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        return replay, turn_id, conversation


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return {}
    return payload if isinstance(payload, dict) else {}
