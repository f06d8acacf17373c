"""The answer to "Are you safe right now?": only a plain yes is taken as safe."""

import pytest
from fastapi.testclient import TestClient

from tests.unit.actions.conftest import tracker_request


def safe_now(webhook: TestClient, text: str, intent: str) -> bool:
    request = tracker_request("unclear_at_start", "action_answer_safe_now")
    request["tracker"]["latest_message"].update(text=text, intent={"name": intent, "confidence": 0.99})
    body = webhook.post("/webhook", json=request).json()
    [event] = body["events"]
    assert event["name"] == "safe_now" and body["responses"] == []
    return bool(event["value"])


@pytest.mark.parametrize("text", ["/affirm", "yes", "yeah I'm ok", "ok for now"])
def test_a_plain_yes_is_safe(webhook: TestClient, text: str) -> None:
    assert safe_now(webhook, text, "affirm")


@pytest.mark.parametrize("text", ["im nt sure", "idk", "yes I think so", "sort of", "maybe", "asdf"])
def test_a_hedged_or_unclear_yes_gets_the_help_again(webhook: TestClient, text: str) -> None:
    assert not safe_now(webhook, text, "affirm")


def test_words_about_their_situation_are_not_a_yes(webhook: TestClient) -> None:
    assert not safe_now(webhook, "i dont know anymore", "describe_situation")
