"""Simulated residents for the load benchmark: each holds one whole conversation, ending in a referral.

Most talk over Rasa's REST channel; a share talk over socket.io as the widget does. Each waits a
short, random "typing" pause before answering, so a level of N residents is N conversations open at
once, each moving at the pace of a quick typist. The wording is written for the benchmark.
"""

import random
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import socketio

REFERENCE = re.compile(r"LW-[0-9A-Z]{4}")
TURN_TIMEOUT_SECONDS = 60

SITUATIONS = [
    "I've been really lonely since I retired and my bills keep going up",
    "I feel isolated and I'm struggling to pay the rent this month",
    "My husband passed away and I'm lonely, and the council tax letters scare me",
    "I don't see anyone all week and I'm worried about money",
]
WHAT_MATTERS = [
    "Having someone to chat to, and sorting out my money",
    "Meeting people nearby and getting help with the bills",
]
AREAS = ["Banbury", "Witney", "near Bicester", "Abingdon", "Oxford"]
NAMES = ["Pat", "Jo", "Alex", "Robin", "Sam", "Chris"]


def script(rng: random.Random) -> list[tuple[str, str]]:
    """(step, message) pairs from hello to the confirmed referral."""
    return [
        ("greet", "hello"),
        ("choose_support", "/choose_support"),
        ("situation", rng.choice(SITUATIONS)),
        ("confirm_needs", "/affirm"),
        ("what_matters", rng.choice(WHAT_MATTERS)),
        ("area", rng.choice(AREAS)),
        ("age_and_matches", str(rng.randint(25, 85))),
        ("consent_store", "yes please"),
        ("consent_share", "yes"),
        ("consent_contact", "yes"),
        ("name", rng.choice(NAMES)),
        ("email", f"resident-{rng.randrange(10**9)}@example.com"),
        ("times", "weekday afternoons"),
        ("other_contact", "no"),
        ("wellbeing", "no thanks"),
        ("submit", "/affirm"),
    ]


@dataclass
class Outcome:
    sender: str
    channel: str
    turns: list[tuple[str, float]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    submitted: bool = False
    reference: str | None = None


def text_of(replies: list[dict[str, Any]]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies if reply.get("text"))


class RestResident:
    channel = "rest"

    def __init__(self, rasa_url: str, client: httpx.Client) -> None:
        self.rasa_url, self.client = rasa_url, client

    def open(self, sender: str) -> None:
        self.sender = sender

    def say(self, message: str) -> list[dict[str, Any]]:
        response = self.client.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": message},
            timeout=TURN_TIMEOUT_SECONDS,
        )
        response.raise_for_status()
        replies: list[dict[str, Any]] = response.json()
        return replies

    def close(self) -> None:
        pass


class SocketResident:
    """Talks as the widget does: a session request, then `user_uttered` out and `bot_uttered` back."""

    channel = "socketio"

    def __init__(self, rasa_url: str, page_origin: str) -> None:
        self.rasa_url = rasa_url
        # The page's origin goes in websocket-client's own `origin` option: passed as a header it would be
        # sent alongside the Origin that websocket-client adds by itself (Rasa's address), and refused.
        self.sio = socketio.Client(reconnection=False, websocket_extra_options={"origin": page_origin})
        self.replies: list[tuple[float, dict[str, Any]]] = []
        self.arrived = threading.Condition()
        self.confirmed = threading.Event()
        self.turn_ended = False
        self.sio.on("bot_uttered", self._on_reply)
        self.sio.on("turn_ended", self._on_turn_ended)
        self.sio.on("session_confirm", lambda _session: self.confirmed.set())

    def _on_reply(self, data: dict[str, Any]) -> None:
        with self.arrived:
            self.replies.append((time.perf_counter(), data))
            self.arrived.notify_all()

    def _on_turn_ended(self, _data: Any = None) -> None:
        with self.arrived:
            self.turn_ended = True
            self.arrived.notify_all()

    def open(self, sender: str) -> None:
        self.sender = sender
        self.sio.connect(self.rasa_url, transports=["websocket"], wait_timeout=TURN_TIMEOUT_SECONDS)
        self.sio.emit("session_request", {"session_id": sender})
        if not self.confirmed.wait(TURN_TIMEOUT_SECONDS):
            raise TimeoutError("no session_confirm over socket.io")

    def say(self, message: str) -> list[dict[str, Any]]:
        """Send; the turn is over when Linkway's socket.io channel sends `turn_ended`."""
        with self.arrived:
            self.replies.clear()
            self.turn_ended = False
        self.sio.emit("user_uttered", {"message": message, "session_id": self.sender})
        deadline = time.perf_counter() + TURN_TIMEOUT_SECONDS
        with self.arrived:
            while not self.turn_ended:
                if not self.arrived.wait(timeout=max(0.0, deadline - time.perf_counter())):
                    raise TimeoutError("the turn did not end over socket.io")
            self.last_reply_at = self.replies[-1][0] if self.replies else time.perf_counter()
            return [data for _, data in self.replies]

    def close(self) -> None:
        self.sio.disconnect()


def hold_conversation(resident: RestResident | SocketResident, seed: int, think: tuple[float, float]) -> Outcome:
    """One resident's whole conversation; every turn timed, every failure noted."""
    rng = random.Random(seed)
    outcome = Outcome(sender=f"load-{uuid.uuid4().hex}", channel=resident.channel)
    try:
        resident.open(outcome.sender)
    except Exception as error:
        outcome.errors.append(f"connect: {type(error).__name__}")
        return outcome
    try:
        for step, message in script(rng):
            time.sleep(rng.uniform(*think))
            started = time.perf_counter()
            try:
                replies = resident.say(message)
            except Exception as error:
                outcome.errors.append(f"{step}: {type(error).__name__}")
                return outcome
            ended = getattr(resident, "last_reply_at", None) or time.perf_counter()
            outcome.turns.append((step, ended - started))
            if not replies:
                outcome.errors.append(f"{step}: no reply")
                return outcome
            if step == "submit":
                outcome.submitted = True
                found = REFERENCE.search(text_of(replies))
                outcome.reference = found.group(0) if found else None
                if not found:
                    outcome.errors.append(f"submit: no reference in {text_of(replies)[:120]!r}")
    finally:
        resident.close()
    return outcome
