"""The REST and socket.io channels, guarded: a size limit per message and a rate limit per conversation.

Why here: the widget talks to Rasa directly, so the channel is the one place that sees every
message (the NLU component does not know which conversation a message belongs to, and the action
webhook is only called for turns that run a custom action). A refused message is answered with a
short, kind reply and never reaches the NLU pipeline or the app. Control characters (other than
line breaks and tabs) are replaced by spaces before anything else reads the text. A turn that ends
with no reply at all (the app is restarting, so the custom action failed) gets a kind one, so the
resident knows to send the message again rather than staring at silence.

Counting is a fixed one-minute window per conversation: in Redis when `LINKWAY_REDIS_URL` is set
(shared by every Rasa replica), else in this process's memory. `LINKWAY_CHAT_MESSAGES_PER_MINUTE`
sets the limit (default 30: a person typing does not come close). The channels keep the built-in
names, so URLs (`/webhooks/rest/webhook`, `/socket.io`) do not change.
"""

import hashlib
import json
import logging
import os
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput

import assistant.action_results  # noqa: F401  (every `rasa run` loads the channels: install the cheap reply check)
from assistant.components.crisis import ask_detector_ahead

logger = logging.getLogger(__name__)


class RedactMessageText(logging.Filter):
    """Rasa's REST channel logs the resident's words when a turn times out or fails; keep them out of logs."""

    TEXT_FIELD = re.compile(r'("text":\s*)"(?:[^"\\]|\\.)*"|(text=)\S.*?(?=\s\w+=|$)')

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.TEXT_FIELD.sub(lambda m: (m.group(1) or m.group(2)) + '"[redacted]"', message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


logging.getLogger("rasa.core.channels.rest").addFilter(RedactMessageText())

SLOW_DOWN_TEXT = (
    "You're sending messages faster than I can read them. Please wait a minute, then carry on. "
    "If you need help right now, call 999 in an emergency or 111 for urgent medical help."
)
TOO_LONG_TEXT = "That message is too long for me to read. Could you say it in fewer words (under {limit} characters)?"
EMPTY_TEXT = "I didn't get any words there. Could you type your message again?"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NO_REPLY_TEXT = (
    "Sorry, I couldn't finish that just now. Please send your last message again in a minute. "
    "If you'd rather talk to a person, ring the link worker team on {phone}."
)
# The app's settings hold the same default (`phone_route`); both read LINKWAY_PHONE_ROUTE.
DEFAULT_PHONE_ROUTE = "01632 960000"
WINDOW_SECONDS = 60
MEMORY_CONVERSATIONS_KEPT = 10_000

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def conversation_tag(sender_id: str) -> str:
    """Matches the app's log tag, so one conversation's lines can be followed across both services."""
    return hashlib.sha256(sender_id.encode()).hexdigest()[:16]


class MessageRateLimiter:
    """Counts each conversation's messages per minute; allows the first `limit` of each window."""

    def __init__(self, limit: int, redis_url: str | None) -> None:
        self.limit = limit
        self.redis = None
        if redis_url:
            import redis.asyncio

            self.redis = redis.asyncio.Redis.from_url(redis_url, socket_timeout=1)
        self.memory: OrderedDict[str, int] = OrderedDict()

    @classmethod
    def from_environment(cls) -> "MessageRateLimiter":
        limit = int(os.environ.get("LINKWAY_CHAT_MESSAGES_PER_MINUTE", "30"))
        return cls(limit, os.environ.get("LINKWAY_REDIS_URL") or None)

    async def allow(self, sender_id: str) -> bool:
        key = f"linkway:chat-rate:{conversation_tag(sender_id)}:{int(time.time() // WINDOW_SECONDS)}"
        if self.redis is not None:
            try:
                count = await self.redis.incr(key)
                if count == 1:
                    await self.redis.expire(key, WINDOW_SECONDS * 2)
            except Exception:  # Redis down: let residents through rather than lock everyone out
                logger.warning("chat rate limit unavailable: Redis did not answer")
                return True
        else:
            count = self.memory.pop(key, 0) + 1
            self.memory[key] = count
            while len(self.memory) > MEMORY_CONVERSATIONS_KEPT:
                self.memory.popitem(last=False)
        return count <= self.limit


def guard(on_new_message: OnNewMessage) -> OnNewMessage:
    """Wrap Rasa's message handler with the size and rate limits."""
    limiter = MessageRateLimiter.from_environment()
    max_chars = int(os.environ.get("LINKWAY_MAX_MESSAGE_CHARS", "2000"))

    async def handle(message: UserMessage) -> Any:
        text = CONTROL_CHARACTERS.sub(" ", message.text or "")
        refusal = None
        if not await limiter.allow(message.sender_id):
            refusal = SLOW_DOWN_TEXT
        elif len(text) > max_chars:
            refusal = TOO_LONG_TEXT.format(limit=f"{max_chars:,}")
        elif not text.strip():
            refusal = EMPTY_TEXT
        if refusal is None:
            message.text = text
            await ask_detector_ahead(text, message.message_id)
            return await reply_at_least_once(on_new_message, message)
        logger.info(
            "message refused (%s)",
            {SLOW_DOWN_TEXT: "rate limit", EMPTY_TEXT: "empty"}.get(refusal, "too long"),
            extra={"conversation": conversation_tag(message.sender_id), "request_id": message.message_id},
        )
        await message.output_channel.send_text_message(message.sender_id, refusal)
        return None

    return handle


async def reply_at_least_once(on_new_message: OnNewMessage, message: UserMessage) -> Any:
    """Run the turn, counting the replies it sends; say something kind if there were none."""
    output = message.output_channel
    send_response = output.send_response
    replies = 0

    async def counted(recipient_id: str, response: dict[str, Any]) -> None:
        nonlocal replies
        replies += 1
        await send_response(recipient_id, response)

    output.send_response = counted  # type: ignore[method-assign]
    try:
        result = await on_new_message(message)
    finally:
        output.send_response = send_response  # type: ignore[method-assign]
    if replies == 0:
        logger.warning(
            "turn ended without a reply",
            extra={"conversation": conversation_tag(message.sender_id), "request_id": message.message_id},
        )
        phone = os.environ.get("LINKWAY_PHONE_ROUTE", DEFAULT_PHONE_ROUTE)
        await output.send_text_message(message.sender_id, NO_REPLY_TEXT.format(phone=phone))
    return result


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: OnNewMessage) -> Any:
        return super().blueprint(guard(on_new_message))


class PayloadSocketIOOutput(SocketIOOutput):
    """Rasa 3.6's socket.io output passes a custom payload's keys to `emit` as arguments, so any payload
    other than `{"data": ...}` raises TypeError and the message is lost (the widget's service cards).
    This one emits the payload itself as the bot message."""

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, json_message)


TURN_ENDED_EVENT = "turn_ended"


def with_payload_output(on_new_message: OnNewMessage) -> OnNewMessage:
    """Socket.io turns get the payload output, and end with a `turn_ended` event to the conversation's room.

    Socket.io sends each reply as it is ready and has no end of turn of its own; with `turn_ended` the
    widget keeps its typing indicator until the last reply, and a client knows a turn is over without
    guessing from a quiet spell (which splits turns whenever the server is busy)."""

    async def handle(message: UserMessage) -> Any:
        channel = message.output_channel
        if type(channel) is not SocketIOOutput:
            return await on_new_message(message)
        message.output_channel = PayloadSocketIOOutput(channel.sio, channel.bot_message_evt)
        try:
            return await on_new_message(message)
        finally:
            await channel.sio.emit(TURN_ENDED_EVENT, {}, room=message.sender_id)

    return handle


def allowed_socket_origins() -> set[str]:
    """The app's own address and the sites allowed to embed it (the app's LINKWAY_* settings and defaults)."""
    configured = os.environ.get("LINKWAY_ALLOWED_ORIGINS")
    origins = set(json.loads(configured)) if configured else {"http://localhost:8000", "http://127.0.0.1:8000"}
    origins.add(os.environ.get("LINKWAY_PUBLIC_URL", "http://localhost:8000"))
    return {origin.rstrip("/") for origin in origins}


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Any:
        # The payload output goes in first, so the guard counts the replies on the channel actually used.
        blueprint = super().blueprint(with_payload_output(guard(on_new_message)))
        self.refuse_other_origins()
        return blueprint

    def refuse_other_origins(self) -> None:
        """A browser page from another site may not open the conversation socket (a client that sends no
        Origin, such as a test or load script, is not a browser page and is let through)."""
        namespace = self.namespace or "/"
        rasa_connect = self.sio.handlers[namespace]["connect"]  # type: ignore[union-attr]
        allowed = allowed_socket_origins()

        async def connect(sid: str, environ: dict[str, Any], auth: dict[str, Any] | None = None) -> bool:
            origin = environ.get("HTTP_ORIGIN")
            if origin is not None and origin.rstrip("/") not in allowed:
                logger.info("socket.io connection refused from an origin not allowed")
                return False
            return bool(await rasa_connect(sid, environ, auth))

        self.sio.on("connect", connect, namespace=namespace)  # type: ignore[union-attr]
