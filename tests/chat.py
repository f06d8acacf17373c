"""A resident talking to the real Rasa server over its REST channel."""

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class RestConversation:
    rasa_url: str
    sender: str = field(default_factory=lambda: f"test-{uuid.uuid4().hex}")
    transcript: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)

    def say(self, message: str) -> list[dict[str, Any]]:
        """Send one message; return the bot's replies (text, buttons, custom payloads)."""
        response = httpx.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": message},
            timeout=120,
        )
        response.raise_for_status()
        replies: list[dict[str, Any]] = response.json()
        self.transcript.append((message, replies))
        return replies

    @staticmethod
    def text_of(replies: list[dict[str, Any]]) -> str:
        return "\n".join(reply.get("text", "") for reply in replies if reply.get("text"))

    @staticmethod
    def custom_of(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [reply["custom"] for reply in replies if reply.get("custom")]

    def tracker(self) -> dict[str, Any]:
        response = httpx.get(f"{self.rasa_url}/conversations/{self.sender}/tracker", timeout=30)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result
