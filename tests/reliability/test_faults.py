"""Faults mid-conversation: the app or Rasa restarts, the database goes away at submission, a retry
arrives twice. The resident is told kindly, nothing is half-written, and no referral is lost or doubled.

These tests restart the shared servers; each leaves them running as it found them.
"""

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from api.settings import get_settings
from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    rows,
    service_cards,
    start_with_support,
    tell_and_confirm_needs,
)
from tests.reliability.outage import DatabaseOutage
from tests.servers import ServerProcess

SUBMIT = "/affirm"


def unique_email() -> str:
    return f"fault-{uuid.uuid4().hex[:12]}@example.com"


def give_contact_details(chat: RestConversation, email: str) -> str:
    """Name, email, times, no voicemail question for email, no wellbeing questions: returns the summary."""
    replies: list[dict[str, Any]] = []
    for answer in ("Robin", email, "evenings", "no", "no"):
        replies = chat.say(answer)
    return chat.text_of(replies)


def referrals_for(database_url: str, email: str) -> list[dict[str, Any]]:
    return rows(database_url, "SELECT * FROM referrals WHERE email = :email", email=email)


def reach_summary(chat: RestConversation, email: str) -> str:
    start_with_support(chat)
    tell_and_confirm_needs(chat)
    give_about(chat)
    consent_to_everything(chat)
    return give_contact_details(chat, email)


@pytest.fixture
def database_outage(app_process_handle: ServerProcess, database_url: str) -> Iterator[DatabaseOutage]:
    """An outage the test switches on and off; on PostgreSQL the app is restarted to go through the proxy."""
    outage = DatabaseOutage(database_url)
    rerouted = outage.app_database_url != database_url
    if rerouted:
        app_process_handle.stop()
        app_process_handle.env["DATABASE_URL"] = outage.app_database_url
        app_process_handle.start()
    try:
        yield outage
    finally:
        outage.close()
        if rerouted:
            app_process_handle.stop()
            app_process_handle.env["DATABASE_URL"] = database_url
            app_process_handle.start()


def test_the_conversation_continues_where_it_was_after_the_app_restarts(
    rasa_server: str, app_process_handle: ServerProcess, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    email = unique_email()
    start_with_support(chat)
    tell_and_confirm_needs(chat)

    app_process_handle.stop()
    try:
        while_down = chat.text_of(chat.say("Someone to talk to, and getting the council sorted"))
    finally:
        app_process_handle.start()
    assert while_down, "the resident is not left without an answer while the app is down"
    assert "Traceback" not in while_down and "error" not in while_down.lower()

    cards = service_cards(give_about(chat))
    assert cards, "after the restart the conversation goes on to the services"
    consent_to_everything(chat)
    give_contact_details(chat, email)
    chat.say(SUBMIT)
    assert len(referrals_for(database_url, email)) == 1


def test_the_conversation_continues_where_it_was_after_rasa_restarts(
    rasa_server: str, rasa_process_handle: ServerProcess, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    email = unique_email()
    start_with_support(chat)
    tell_and_confirm_needs(chat)
    give_about(chat, "Witney", "58")

    rasa_process_handle.stop()
    with pytest.raises(httpx.TransportError):
        chat.say("yes please")  # the widget tells the resident it cannot reach the assistant (browser tests)
    rasa_process_handle.start()

    consent_to_everything(chat)
    summary = give_contact_details(chat, email)
    assert "Robin" in summary, "the details given before the restart are still there"
    chat.say(SUBMIT)
    [referral] = referrals_for(database_url, email)
    assert referral["area"] == "Witney" and referral["age_band"]


def test_a_database_outage_at_submission_is_told_plainly_and_a_retry_stores_exactly_one(
    rasa_server: str, database_outage: DatabaseOutage, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    email = unique_email()
    reach_summary(chat, email)

    database_outage.begin()
    try:
        told = chat.text_of(chat.say(SUBMIT))
    finally:
        database_outage.end()
    assert get_settings().phone_route in told, told
    assert "LW-" not in told
    assert referrals_for(database_url, email) == [], "nothing half-written"

    retried = chat.text_of(chat.say(SUBMIT))
    assert "LW-" in retried, retried
    assert len(referrals_for(database_url, email)) == 1


def test_a_submission_retried_by_the_network_stores_one_referral(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    email = unique_email()
    reach_summary(chat, email)
    confirmation = chat.text_of(chat.say(SUBMIT))
    [stored] = referrals_for(database_url, email)
    assert stored["reference"] in confirmation

    # Rasa's action request repeated, as a proxy or Rasa itself resends it when a reply is lost.
    request = {
        "next_action": "action_submit_referral",
        "sender_id": chat.sender,
        "tracker": chat.tracker(),
        "domain": {},
    }
    with ThreadPoolExecutor(max_workers=3) as pool:
        replies = list(pool.map(lambda _: httpx.post(f"{app_server}/webhook", json=request, timeout=60), range(3)))
    assert all(reply.status_code == 200 for reply in replies)
    references = {
        event["value"]
        for reply in replies
        for event in reply.json()["events"]
        if event.get("event") == "slot" and event.get("name") == "referral_reference"
    }
    assert references == {stored["reference"]}
    assert len(referrals_for(database_url, email)) == 1
