"""Request guards: refuse oversized bodies and unexpected content types with a clear 4xx, before any
route sees them. Malformed or too deeply nested JSON is already a 4xx from FastAPI's own parsing
(422 for invalid JSON, 400 when the parser gives up), so nothing here re-parses bodies.
"""

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.settings import get_settings

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
ACCEPTED_MEDIA_TYPES = frozenset({"application/json", "application/x-www-form-urlencoded", "multipart/form-data"})
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
WEBHOOK_PATH = "/webhook"


class RequestTooLargeError(Exception):
    pass


def media_type(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"content-type":
            return value.decode("latin-1").split(";", 1)[0].strip().lower()
    return None


def declared_length(scope: Scope) -> int:
    for name, value in scope["headers"]:
        if name == b"content-length" and value.isdigit():
            return int(value)
    return 0


def is_accepted(media: str | None) -> bool:
    return media is not None and (media in ACCEPTED_MEDIA_TYPES or media.endswith("+json"))


def body_limit(path: str) -> int:
    """Rasa's action requests carry the whole conversation tracker, so the webhook gets more room."""
    settings = get_settings()
    return settings.max_webhook_request_bytes if path == WEBHOOK_PATH else settings.max_request_bytes


class RequestGuardMiddleware:
    """Buffers a request body up to its limit, then hands it on; anything bigger gets 413."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"])
        if declared_length(scope) > limit:
            await refuse(send, 413, f"The request body is larger than {limit} bytes.")
            return
        try:
            messages = await self._read_body(receive, limit)
        except RequestTooLargeError:
            await refuse(send, 413, f"The request body is larger than {limit} bytes.")
            return
        body = b"".join(message.get("body", b"") for message in messages)
        media = media_type(scope)
        if body and not is_accepted(media):
            await refuse(send, 415, "Send the request body as application/json or as a form.")
            return
        if media == FORM_MEDIA_TYPE and not body.isascii():
            # Browsers percent-encode forms; raw bytes here would also crash FastAPI's 422 rendering.
            await refuse(send, 400, "Form data must be URL-encoded text.")
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _read_body(receive: Receive, limit: int) -> list[Message]:
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                return messages
            size += len(message.get("body", b""))
            if size > limit:
                raise RequestTooLargeError
            if not message.get("more_body", False):
                return messages


async def refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
