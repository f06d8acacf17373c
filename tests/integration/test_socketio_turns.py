"""Over socket.io (the widget's channel) every turn ends with `turn_ended`, after the turn's last reply."""

import threading
import uuid
from typing import Any

import socketio

WAIT_SECONDS = 60


class SocketConversation:
    def __init__(self, rasa_url: str, page_origin: str) -> None:
        self.events: list[tuple[str, Any]] = []
        self.changed = threading.Condition()
        # As the widget's page: websocket-client sends an Origin of its own otherwise, which Rasa refuses.
        self.client = socketio.Client(reconnection=False, websocket_extra_options={"origin": page_origin})
        for name in ("session_confirm", "bot_uttered", "turn_ended"):
            self.client.on(name, lambda data=None, name=name: self._record(name, data))
        self.session_id = f"turns-{uuid.uuid4().hex}"
        self.client.connect(rasa_url, transports=["websocket"], wait_timeout=WAIT_SECONDS)
        self.client.emit("session_request", {"session_id": self.session_id})
        self._wait_for(lambda: any(name == "session_confirm" for name, _ in self.events))

    def _record(self, name: str, data: Any) -> None:
        with self.changed:
            self.events.append((name, data))
            self.changed.notify_all()

    def _wait_for(self, condition: Any) -> None:
        with self.changed:
            assert self.changed.wait_for(condition, timeout=WAIT_SECONDS), f"waited for socket.io: {self.events}"

    def turn(self, text: str) -> list[tuple[str, Any]]:
        """Everything the server sent for this message, up to and including `turn_ended`."""
        start = len(self.events)
        self.client.emit("user_uttered", {"message": text, "session_id": self.session_id})
        self._wait_for(lambda: any(name == "turn_ended" for name, _ in self.events[start:]))
        return self.events[start:]


def test_each_turn_ends_after_its_last_reply(rasa_server: str, app_server: str) -> None:
    conversation = SocketConversation(rasa_server, app_server)
    try:
        for text in ("hello", "help me find support"):
            turn = conversation.turn(text)
            names = [name for name, _ in turn]
            assert names.count("turn_ended") == 1
            assert names[-1] == "turn_ended"
            assert names[0] == "bot_uttered"
    finally:
        conversation.client.disconnect()


def test_a_refused_message_also_ends_its_turn(rasa_server: str, app_server: str) -> None:
    conversation = SocketConversation(rasa_server, app_server)
    try:
        turn = conversation.turn("   ")
        assert [name for name, _ in turn] == ["bot_uttered", "turn_ended"]
    finally:
        conversation.client.disconnect()
