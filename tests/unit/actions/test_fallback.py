"""An unclear message is met in plain words: likely meanings as buttons, never an intent name."""

import pytest
from fastapi.testclient import TestClient

from tests.unit.actions.conftest import tracker_request


def test_likely_meanings_are_offered_in_plain_words_with_a_way_out(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("unclear_at_start", "action_default_ask_affirmation")).json()
    [reply] = body["responses"]
    assert [b["title"] for b in reply["buttons"]] == [
        "What is Linkway?",
        "Help me find support",
        "What happens to what I tell you?",
        "Something else",
    ]
    assert reply["buttons"][-1]["payload"] == "/out_of_scope"
    assert "_" not in reply["text"] and body["events"] == []


def test_while_a_yes_or_no_question_is_open_yes_and_no_are_offered_first(webhook: TestClient) -> None:
    request = tracker_request(
        "unclear_at_start", "action_default_ask_affirmation", stage="consent", requested_slot="consent_store"
    )
    body = webhook.post("/webhook", json=request).json()
    [reply] = body["responses"]
    assert [(b["title"], b["payload"]) for b in reply["buttons"]] == [
        ("Yes", "/affirm"),
        ("No", "/deny"),
        ("What is Linkway?", "/ask_what_is_this"),
        ("Something else", "/out_of_scope"),
    ]


def unclear_messages(count: int, next_action: str) -> dict:
    """The start of a conversation with `count` unclear messages in a row, each met by the fallback loop."""
    request = tracker_request("unclear_at_start", next_action)
    events = [{"event": "action", "name": "utter_greet"}]
    for number in range(count):
        if number:
            events.append({"event": "action", "name": "action_two_stage_fallback"})
        events += [{"event": "action", "name": "action_listen"}, {"event": "user", "text": f"blorp {number}"}]
    request["tracker"]["events"] = events
    return request


def test_a_second_unclear_message_asks_to_put_it_another_way_and_keeps_the_loop_open(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=unclear_messages(2, "action_default_fallback")).json()
    assert "put it another way" in body["responses"][0]["text"]
    assert body["events"] == [{"event": "active_loop", "name": "action_two_stage_fallback"}]


def test_a_third_unclear_message_says_what_linkway_does_and_goes_back_to_where_we_were(webhook: TestClient) -> None:
    for rasa_choice in ("action_default_ask_affirmation", "action_default_fallback"):
        request = unclear_messages(3, rasa_choice)
        request["tracker"]["slots"]["stage"] = "situation"
        body = webhook.post("/webhook", json=request).json()
        assert "find local support" in body["responses"][0]["text"]
        assert body["events"] == [
            {"event": "rewind"},
            {"event": "active_loop", "name": None},
            {"event": "followup", "name": "action_next_step"},
        ]


def test_a_third_unclear_message_before_a_way_in_was_chosen_offers_the_two_ways_in_again(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=unclear_messages(3, "action_default_fallback")).json()
    [reply] = body["responses"]
    assert "find local support" in reply["text"] and "carry on from where we were" not in reply["text"]
    assert [b["payload"] for b in reply["buttons"]] == ["/choose_support", "/choose_anonymous"]
    assert body["events"] == [
        {"event": "rewind"},
        {"event": "active_loop", "name": None},
        {"event": "followup", "name": "action_listen"},
    ]


def test_unclear_messages_are_counted_afresh_once_the_conversation_moved_on(webhook: TestClient) -> None:
    request = unclear_messages(2, "action_default_ask_affirmation")
    request["tracker"]["events"][3] = {"event": "action", "name": "action_next_step"}
    body = webhook.post("/webhook", json=request).json()
    assert body["responses"][0]["text"].startswith("Sorry, I'm not sure I understood")


def test_a_bare_no_at_the_start_offers_the_two_ways_in_and_waits(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_answer_yes_no")
    request["tracker"]["latest_message"].update(text="no", intent={"name": "deny", "confidence": 0.99})
    body = webhook.post("/webhook", json=request).json()
    assert [b["payload"] for b in body["responses"][0]["buttons"]] == ["/choose_support", "/choose_anonymous"]
    assert body["events"] == []


def test_a_bare_yes_midway_carries_on_from_the_open_question(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_answer_yes_no", stage="contact")
    request["tracker"]["latest_message"].update(text="yes", intent={"name": "affirm", "confidence": 0.99})
    body = webhook.post("/webhook", json=request).json()
    assert "carry on" in body["responses"][0]["text"]
    assert body["events"] == [{"event": "followup", "name": "action_next_step"}]


def test_gibberish_taken_for_a_yes_is_heard_again_as_unclear_and_handed_to_the_loop(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_answer_yes_no")
    ranking = [
        {"name": "affirm", "confidence": 0.6},
        {"name": "deny", "confidence": 0.2},
        {"name": "ask_what_is_this", "confidence": 0.1},
    ]
    request["tracker"]["latest_message"].update(
        text="blorp fizz", intent={"name": "affirm", "confidence": 0.6}, intent_ranking=ranking
    )
    said = {"text": "blorp fizz", "parse_data": request["tracker"]["latest_message"], "message_id": "m1"}
    request["tracker"]["events"][-1].update(said)
    body = webhook.post("/webhook", json=request).json()
    assert body["responses"] == []
    rewind, listen, heard_again, followup = body["events"]
    assert rewind == {"event": "rewind"} and listen == {"event": "action", "name": "action_listen"}
    assert heard_again["text"] == "blorp fizz" and heard_again["message_id"] == "m1" and "timestamp" not in heard_again
    assert heard_again["parse_data"]["intent"] == {"name": "nlu_fallback", "confidence": 0.6}
    assert heard_again["parse_data"]["intent_ranking"] == ranking
    assert followup == {"event": "followup", "name": "action_two_stage_fallback"}


def test_before_the_resident_has_started_nothing_is_offered_to_start_again_or_delete(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_default_ask_affirmation")
    request["tracker"]["latest_message"]["intent_ranking"] = [
        {"name": "restart", "confidence": 0.4},
        {"name": "delete_data", "confidence": 0.3},
        {"name": "stop", "confidence": 0.2},
    ]
    body = webhook.post("/webhook", json=request).json()
    assert [b["title"] for b in body["responses"][0]["buttons"]] == ["Stop for now", "Something else"]


def check_understood(webhook: TestClient, text: str, intent: str, confidence: float) -> list[dict]:
    request = tracker_request("unclear_at_start", "action_check_understood", stage="situation")
    request["tracker"]["latest_message"].update(text=text, intent={"name": intent, "confidence": confidence})
    request["tracker"]["events"][-1].update(text=text, parse_data=request["tracker"]["latest_message"])
    return webhook.post("/webhook", json=request).json()["events"]


@pytest.mark.parametrize(
    ("text", "intent", "confidence"),
    [
        ("/stop", "stop", 1.0),
        ("cancel", "stop", 0.5),
        ("I don't want to do this any more", "stop", 0.95),
        ("can we start over", "restart", 0.6),
        ("wipe what I told you", "delete_data", 0.6),
        ("/affirm", "affirm", 1.0),
        ("yes please", "affirm", 0.7),
        ("go on then", "affirm", 0.97),
    ],
)
def test_a_stop_restart_delete_or_carry_on_that_was_said_is_believed(
    webhook: TestClient, text: str, intent: str, confidence: float
) -> None:
    assert check_understood(webhook, text, intent, confidence) == []


@pytest.mark.parametrize(
    ("text", "intent"), [("qwop zorb", "stop"), ("blorp", "restart"), ("zzxq vvb", "delete_data"), ("asdf", "affirm")]
)
def test_gibberish_half_heard_as_stop_restart_delete_or_carry_on_goes_to_the_fallback(
    webhook: TestClient, text: str, intent: str
) -> None:
    rewind, _, heard_again, followup = check_understood(webhook, text, intent, 0.6)
    assert rewind == {"event": "rewind"} and heard_again["parse_data"]["intent"]["name"] == "nlu_fallback"
    assert followup == {"event": "followup", "name": "action_two_stage_fallback"}


def test_start_again_half_heard_goes_to_the_fallback_and_the_button_still_starts_again(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_restart", stage="situation")
    request["tracker"]["latest_message"].update(text="blorp", intent={"name": "restart", "confidence": 0.6})
    request["tracker"]["events"][-1].update(text="blorp", parse_data=request["tracker"]["latest_message"])
    body = webhook.post("/webhook", json=request).json()
    assert body["responses"] == [] and body["events"][-1] == {"event": "followup", "name": "action_two_stage_fallback"}
    request["tracker"]["latest_message"].update(text="/restart", intent={"name": "restart", "confidence": 1.0})
    body = webhook.post("/webhook", json=request).json()
    assert body["events"] == [{"event": "restart"}]
