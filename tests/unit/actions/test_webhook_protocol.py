"""The webhook speaks Rasa's action-server protocol: events and responses, 404 for unknown actions."""

from fastapi.testclient import TestClient

from tests.unit.actions.conftest import tracker_request


def test_unknown_action_is_404_naming_the_action(webhook: TestClient) -> None:
    response = webhook.post("/webhook", json=tracker_request("fresh_conversation", "action_does_not_exist"))
    assert response.status_code == 404
    assert response.json()["action_name"] == "action_does_not_exist"
    assert "action_does_not_exist" in response.json()["error"]


def test_request_without_next_action_is_422(webhook: TestClient) -> None:
    assert webhook.post("/webhook", json={"sender_id": "x"}).status_code == 422


def test_fresh_conversation_starts_with_the_situation(webhook: TestClient) -> None:
    response = webhook.post("/webhook", json=tracker_request("fresh_conversation", "action_next_step"))
    assert response.status_code == 200
    assert response.json() == {
        "events": [
            {"event": "slot", "name": "phone_route", "value": "01632 960000"},
            {"event": "slot", "name": "stage", "value": "situation"},
        ],
        "responses": [],
    }


def test_after_services_an_anonymous_resident_gets_a_warm_ending(webhook: TestClient) -> None:
    slots = {"needs_confirmed": True, "what_matters": "company", "area": "Oxford", "age_band": "25_49"}
    request = tracker_request(
        "fresh_conversation", "action_next_step", **slots, services_shown=["svc-1"], anonymous=True
    )
    body = webhook.post("/webhook", json=request).json()
    assert body["events"][-1] == {"event": "slot", "name": "stage", "value": "done"}
    [ending] = body["responses"]
    assert "Nothing you typed has been kept" in ending["text"]
