"""An unclear message is met in plain words: likely meanings as buttons, never an intent name."""

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


def test_giving_up_says_what_linkway_does_and_goes_back_to_where_we_were(webhook: TestClient) -> None:
    body = webhook.post("/webhook", json=tracker_request("unclear_at_start", "action_default_fallback")).json()
    assert "find local support" in body["responses"][0]["text"]
    assert body["events"] == [{"event": "rewind"}, {"event": "followup", "name": "action_next_step"}]


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


def test_gibberish_taken_for_a_yes_is_treated_as_unclear_with_meaningful_choices_only(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_answer_yes_no")
    ranking = [
        {"name": "affirm", "confidence": 0.6},
        {"name": "deny", "confidence": 0.2},
        {"name": "ask_what_is_this", "confidence": 0.1},
    ]
    request["tracker"]["latest_message"].update(
        text="blorp fizz", intent={"name": "affirm", "confidence": 0.6}, intent_ranking=ranking
    )
    body = webhook.post("/webhook", json=request).json()
    assert [b["title"] for b in body["responses"][0]["buttons"]] == ["What is Linkway?", "Something else"]
    assert body["events"] == []


def test_before_the_resident_has_started_nothing_is_offered_to_start_again_or_delete(webhook: TestClient) -> None:
    request = tracker_request("unclear_at_start", "action_default_ask_affirmation")
    request["tracker"]["latest_message"]["intent_ranking"] = [
        {"name": "restart", "confidence": 0.4},
        {"name": "delete_data", "confidence": 0.3},
        {"name": "stop", "confidence": 0.2},
    ]
    body = webhook.post("/webhook", json=request).json()
    assert [b["title"] for b in body["responses"][0]["buttons"]] == ["Stop for now", "Something else"]
