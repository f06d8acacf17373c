"""Form validators return exactly the slot events Rasa applies, with the reason when a value is refused."""

import pytest
from fastapi.testclient import TestClient

from tests.unit.actions.conftest import tracker_request


def test_uk_mobile_is_stored_in_e164_and_chosen_as_the_contact_method(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("contact_form_phone", "validate_contact_form")).json()
    assert body["events"] == [
        {"event": "slot", "name": "contact_detail", "value": "given"},
        {"event": "slot", "name": "phone", "value": "+447911123456"},
        {"event": "slot", "name": "email", "value": None},
        {"event": "slot", "name": "preferred_method", "value": "phone"},
    ]


def test_invalid_number_is_asked_again_with_the_reason(webhook: TestClient) -> None:
    request = tracker_request("contact_form_phone", "validate_contact_form")
    request["tracker"]["latest_message"]["text"] = "0791 12"
    body = webhook.post("/webhook", json=request).json()
    assert body["events"] == [
        {"event": "slot", "name": "contact_detail", "value": None},
        {"event": "slot", "name": "contact_attempts", "value": 1},
    ]
    assert "UK phone number" in body["responses"][0]["text"]


def test_third_invalid_number_ends_the_form_and_the_phone_route_is_offered_once(webhook: TestClient) -> None:
    request = tracker_request("contact_form_phone", "validate_contact_form", contact_attempts=2)
    request["tracker"]["latest_message"]["text"] = "not telling"
    body = webhook.post("/webhook", json=request).json()
    assert body["events"] == [
        {"event": "slot", "name": "contact_detail", "value": "unavailable"},
        {"event": "slot", "name": "contact_attempts", "value": 3},
        {"event": "slot", "name": "requested_slot", "value": None},
    ]
    answered = {"situation": "told", "needs_confirmed": True, "what_matters": "company", "area": "Oxford"}
    answered |= {"age_band": "25_49", "services_shown": ["svc-1"], "wants_link_worker": True}
    answered |= {"consent_store": True, "consent_share": True, "contact_detail": "unavailable"}
    next_step = tracker_request("contact_form_phone", "action_next_step", **answered)
    ending = webhook.post("/webhook", json=next_step).json()
    spoken = [reply["text"] for reply in body["responses"] + ending["responses"]]
    assert sum("01632 960000" in text for text in spoken) == 1


def test_under_16_becomes_anonymous_and_hears_about_childline(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("about_form_age", "validate_about_form")).json()
    assert body["events"] == [
        {"event": "slot", "name": "age_band", "value": "under_16"},
        {"event": "slot", "name": "anonymous", "value": True},
    ]
    [reply] = body["responses"]
    assert "0800 1111" in reply["text"]


def test_declining_a_link_worker_ends_the_consent_form(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("consent_form_declined", "validate_consent_form")).json()
    assert body["events"] == [
        {"event": "slot", "name": "wants_link_worker", "value": False},
        {"event": "slot", "name": "requested_slot", "value": None},
    ]


def test_reopening_a_form_keeps_the_answers_already_given(webhook: TestClient) -> None:
    """The "yes" that carried on after a crisis is not a name, and a cleared answer is asked again, not filled."""
    body = webhook.post("/webhook", json=tracker_request("contact_form_reopened", "validate_contact_form")).json()
    assert body == {"events": [], "responses": []}


def test_typing_skip_skips_the_wellbeing_questions_even_if_taken_for_a_yes(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("wellbeing_opt_in", "validate_wellbeing_form")).json()
    assert body["events"] == [
        {"event": "slot", "name": "wellbeing_opt_in", "value": False},
        {"event": "slot", "name": "ons_life_satisfaction", "value": -1},
        {"event": "slot", "name": "ons_worthwhile", "value": -1},
        {"event": "slot", "name": "ons_happiness", "value": -1},
        {"event": "slot", "name": "ons_anxiety", "value": -1},
    ]


@pytest.mark.parametrize(
    ("text", "intent", "ranking"),
    [
        pytest.param("asdf", {"name": "affirm", "confidence": 0.72}, None, id="gibberish-half-heard-as-yes"),
        pytest.param("not now thanks", {"name": "affirm", "confidence": 0.7}, None, id="a-no-in-words"),
        pytest.param(
            "blorp fizz",
            {"name": "affirm", "confidence": 1.0},
            [{"name": "affirm", "confidence": 0.61}, {"name": "stop", "confidence": 0.2}],
            id="replayed-by-rasas-fallback-loop-with-full-confidence",
        ),
    ],
)
def test_an_answer_only_half_heard_as_a_yes_is_asked_again_not_taken_as_consent(
    webhook: TestClient, text: str, intent: dict, ranking: list[dict] | None
) -> None:
    request = tracker_request("consent_form_declined", "validate_consent_form")
    request["tracker"]["latest_message"].update(text=text, intent=intent)
    if ranking is not None:
        request["tracker"]["latest_message"]["intent_ranking"] = ranking
    request["tracker"]["events"][-1]["value"] = text
    body = webhook.post("/webhook", json=request).json()
    assert body["events"] == [{"event": "slot", "name": "wants_link_worker", "value": None}]
    assert "yes or a no" in body["responses"][0]["text"]


def test_a_sure_yes_in_words_the_classifier_knows_is_still_a_yes(webhook: TestClient) -> None:
    request = tracker_request("consent_form_declined", "validate_consent_form")
    request["tracker"]["latest_message"].update(text="go on then", intent={"name": "affirm", "confidence": 0.98})
    request["tracker"]["events"][-1]["value"] = "go on then"
    body = webhook.post("/webhook", json=request).json()
    assert {"event": "slot", "name": "wants_link_worker", "value": True} in body["events"]
