"""Every form question is asked by the action server, so the domain holds no unused `utter_ask_` response."""

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from tests.unit.actions.conftest import tracker_request

DOMAIN = yaml.safe_load((Path(__file__).parents[3] / "assistant" / "domain.yml").read_text(encoding="utf-8"))
FORM_SLOTS = [slot for form in DOMAIN["forms"].values() for slot in form["required_slots"]]


@pytest.mark.parametrize("slot", FORM_SLOTS)
def test_each_form_question_is_an_action_the_webhook_answers(webhook: TestClient, slot: str) -> None:
    assert f"action_ask_{slot}" in DOMAIN["actions"]
    assert f"utter_ask_{slot}" not in DOMAIN["responses"]
    response = webhook.post("/webhook", json=tracker_request("fresh_conversation", f"action_ask_{slot}"))
    assert response.status_code == 200
    assert response.json()["responses"], f"action_ask_{slot} asked nothing"


def test_the_age_question_offers_each_band_and_rather_not_say(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("fresh_conversation", "action_ask_age_band")).json()
    assert body == {
        "events": [],
        "responses": [
            {
                "text": "How old are you? You can type a number or choose a range.",
                "buttons": [
                    {"title": "Under 16", "payload": '/inform_age{"age_band":"under_16"}'},
                    {"title": "16 or 17", "payload": '/inform_age{"age_band":"16_17"}'},
                    {"title": "18 to 24", "payload": '/inform_age{"age_band":"18_24"}'},
                    {"title": "25 to 49", "payload": '/inform_age{"age_band":"25_49"}'},
                    {"title": "50 to 64", "payload": '/inform_age{"age_band":"50_64"}'},
                    {"title": "65 or over", "payload": '/inform_age{"age_band":"65_plus"}'},
                    {"title": "Rather not say", "payload": '/inform_age{"age_band":"not_said"}'},
                ],
            }
        ],
    }


def test_the_voicemail_question_explains_why_it_asks_and_offers_yes_and_no(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("fresh_conversation", "action_ask_voicemail_safe")).json()
    [question] = body["responses"]
    assert "someone else might see or hear it" in question["text"]
    assert question["buttons"] == [
        {"title": "Yes, that's safe", "payload": "/affirm"},
        {"title": "No, please don't", "payload": "/deny"},
    ]


def test_the_fallback_offers_yes_and_no_while_exactly_the_questions_answered_by_a_yes_are_open(
    webhook: TestClient,
) -> None:
    """actions/fallback.py lists the yes-or-no questions by hand: this keeps the list true to the questions."""
    from actions.fallback import YES_NO_QUESTIONS

    answered_yes = set()
    for slot in FORM_SLOTS:
        # With needs heard, so that the needs question has something to confirm.
        request = tracker_request("fresh_conversation", f"action_ask_{slot}", needs=["housing"])
        body = webhook.post("/webhook", json=request).json()
        payloads = {button["payload"] for reply in body["responses"] for button in reply.get("buttons", [])}
        if "/affirm" in payloads:
            answered_yes.add(slot)
    assert answered_yes == YES_NO_QUESTIONS
