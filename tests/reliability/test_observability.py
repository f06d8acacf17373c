"""Operations can see what the service is doing: Prometheus metrics, and JSON logs keyed by request id."""

import re
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import delete
from sqlalchemy.orm import Session

from api.referrals.models import Referral
from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    start_with_support,
    tell_and_confirm_needs,
)
from tests.reliability.conftest import json_log_entries, log_lines
from tests.servers import ServerProcess

OPERATIONAL_METRICS = {
    "linkway_http_requests",
    "linkway_http_request_duration_seconds",
    "linkway_conversations_started",
    "linkway_referrals_created",
    "linkway_crisis_detections",
    "linkway_queue_unclaimed_referrals",
    "linkway_queue_oldest_unclaimed_age_seconds",
    "linkway_search_duration_seconds",
}


def scrape(app_server: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    """The app's metrics as {family or sample name: [(labels, value), ...]}."""
    response = httpx.get(f"{app_server}/metrics", timeout=30)
    response.raise_for_status()
    found: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(response.text):
        found[family.name] = [(sample.labels, sample.value) for sample in family.samples]
        for sample in family.samples:
            if sample.name != family.name:
                found.setdefault(sample.name, []).append((sample.labels, sample.value))
    return found


def value_of(families: dict[str, list[tuple[dict[str, str], float]]], family: str, **labels: str) -> float:
    return sum(value for sample_labels, value in families.get(family, []) if labels.items() <= sample_labels.items())


def test_metrics_expose_every_operational_family(app_server: str) -> None:
    assert set(scrape(app_server)) >= OPERATIONAL_METRICS


def test_requests_are_counted_by_route_template_not_by_raw_path(app_server: str) -> None:
    for _ in range(3):
        httpx.get(f"{app_server}/health")
    httpx.get(f"{app_server}/no-such-page/{uuid.uuid4().hex}")
    families = scrape(app_server)
    assert value_of(families, "linkway_http_requests", route="/health", status="200") >= 3
    routes = {labels["route"] for labels, _ in families["linkway_http_requests"]}
    assert "unmatched" in routes
    assert not any("no-such-page" in route for route in routes)


def test_the_queue_metrics_show_the_unclaimed_referrals_and_the_oldest_ones_age(
    app_server: str, db_session: Session
) -> None:
    key = f"metrics-{uuid.uuid4().hex}"
    db_session.add(
        Referral(reference="LW-" + uuid.uuid4().hex[:6].upper(), conversation_key=key,
                 created_at=datetime.now(UTC) - timedelta(hours=3))
    )  # fmt: skip
    db_session.commit()
    try:
        families = scrape(app_server)
        assert value_of(families, "linkway_queue_unclaimed_referrals") >= 1
        assert value_of(families, "linkway_queue_oldest_unclaimed_age_seconds") >= 3 * 3600
    finally:
        db_session.execute(delete(Referral).where(Referral.conversation_key == key))
        db_session.commit()


def test_a_request_id_sent_by_the_caller_is_echoed(app_server: str) -> None:
    response = httpx.get(f"{app_server}/health", headers={"X-Request-ID": "probe-42.a"})
    assert response.headers["X-Request-ID"] == "probe-42.a"


@pytest.mark.parametrize("sent", [None, "", "has spaces", "x" * 500, "<script>"])
def test_a_missing_or_unusable_request_id_is_replaced_by_a_generated_one(app_server: str, sent: str | None) -> None:
    headers = {} if sent is None else {"X-Request-ID": sent}
    response = httpx.get(f"{app_server}/health", headers=headers)
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])


def test_refused_requests_also_carry_a_request_id(app_server: str) -> None:
    response = httpx.post(f"{app_server}/health", content=b"x", headers={"Content-Type": "text/plain"})
    assert response.status_code in {405, 415}
    assert response.headers["X-Request-ID"]


def test_every_app_log_line_is_json_with_a_request_id(app_server: str, app_process_handle: ServerProcess) -> None:
    start = len(log_lines(app_process_handle))
    request_id = f"trace-{uuid.uuid4().hex}"
    ready = httpx.get(f"{app_server}/ready", headers={"X-Request-ID": request_id})
    httpx.get(f"{app_server}/health")
    new_lines = [line for line in log_lines(app_process_handle, start) if line.strip()]
    entries = json_log_entries(app_process_handle, start)
    assert new_lines and len(entries) == len(new_lines), "every log line is one JSON object"
    assert all(entry["request_id"] for entry in entries)
    access = [entry for entry in entries if entry["logger"] == "api.access" and entry["request_id"] == request_id]
    assert access and access[0]["route"] == "/ready" and access[0]["status"] == ready.status_code


def test_the_access_log_never_holds_the_query_string(app_server: str, app_process_handle: ServerProcess) -> None:
    start = len(log_lines(app_process_handle))
    secret = f"private-words-{uuid.uuid4().hex}"
    httpx.get(f"{app_server}/health", params={"q": secret})
    httpx.get(f"{app_server}/{secret}")
    assert not any(secret in line for line in log_lines(app_process_handle, start))


def test_one_request_id_follows_a_residents_message_from_rasa_to_the_app(
    rasa_server: str, app_process_handle: ServerProcess
) -> None:
    start = len(log_lines(app_process_handle))
    chat = RestConversation(rasa_server)
    chat.say("hello")
    chat.say("/choose_support")
    chat.say("I've been lonely since my friend moved away")
    user_messages = [event for event in chat.tracker()["events"] if event["event"] == "user"]
    message_id = user_messages[-1]["message_id"]
    entries = [e for e in json_log_entries(app_process_handle, start) if e["request_id"] == message_id]
    assert entries, "the app's log lines for the resident's message carry Rasa's message id"
    assert {entry["route"] for entry in entries if entry["logger"] == "api.access"} >= {"/webhook"}
    assert len({entry.get("conversation") for entry in entries if entry.get("route") == "/webhook"}) == 1
    assert chat.sender not in "\n".join(log_lines(app_process_handle, start)), "the sender id itself is not logged"


def test_a_referral_and_its_conversation_are_counted_once_each(rasa_server: str, app_server: str) -> None:
    before = scrape(app_server)
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat)
    give_about(chat, "Abingdon", "39")
    consent_to_everything(chat)
    for answer in ("Jo", f"metrics-{uuid.uuid4().hex[:8]}@example.com", "any time", "no", "no"):
        chat.say(answer)
    assert "LW-" in chat.text_of(chat.say("/affirm"))
    after = scrape(app_server)
    assert value_of(after, "linkway_referrals_created") - value_of(before, "linkway_referrals_created") == 1
    assert value_of(after, "linkway_conversations_started") - value_of(before, "linkway_conversations_started") == 1
    assert value_of(after, "linkway_search_duration_seconds_count") > value_of(
        before, "linkway_search_duration_seconds_count"
    )
