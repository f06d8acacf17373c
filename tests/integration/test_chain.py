"""The foundation's chain, end to end: a resident refers themselves over Rasa's REST channel and a
signed-in link worker sees the referral at /triage — real Rasa model, real action webhook over HTTP,
real index, real database, real command line."""

import json
import os
import re
import subprocess
import uuid
from collections.abc import Iterator

import httpx

from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    rows,
    service_cards,
    start_with_support,
    tell_and_confirm_needs,
)
from tests.servers import APP_PYTHON, ROOT

CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def create_link_worker(database_url: str) -> tuple[str, str]:
    """Create an account the way the README says: `python -m api users create ... --password-stdin`."""
    username, password = f"worker-{uuid.uuid4().hex[:8]}", "a long and memorable passphrase"
    subprocess.run(
        [
            str(APP_PYTHON),
            "-m",
            "api",
            "users",
            "create",
            "--username",
            username,
            "--role",
            "link_worker",
            "--password-stdin",
        ],
        input=password,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        check=True,
        capture_output=True,
    )
    return username, password


def sign_in(app_server: str, username: str, password: str) -> httpx.Client:
    browser = httpx.Client(base_url=app_server, timeout=30)
    login_form = browser.get("/triage/login")
    token = CSRF_INPUT.search(login_form.text)
    assert token, "the sign-in form carries a CSRF token"
    signed_in = browser.post(
        "/triage/login", data={"username": username, "password": password, "csrf_token": token.group(1)}
    )
    assert signed_in.status_code == 303
    return browser


def test_a_self_referral_made_in_conversation_reaches_the_triage_queue(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    reflection = tell_and_confirm_needs(chat)
    assert "lonely" in reflection and "money" in reflection, "the assistant reflects back both needs it heard"

    cards = service_cards(give_about(chat, area="Oxford", age="70"))
    assert len(cards) >= 3, "three matched services come from the index through the action server"
    shown_ids = [card["id"] for card in cards]
    assert all(service_id.startswith("svc-") for service_id in shown_ids)

    consent_to_everything(chat)
    chat.say("Pat")
    chat.say("pat.chain@example.org")
    chat.say("afternoons")
    chat.say("yes")
    chat.say("no thanks")
    confirmation = chat.text_of(chat.say("/affirm"))
    found = re.search(r"LW-[0-9A-Z]{4}", confirmation)
    assert found, confirmation
    reference = found.group(0)

    [referral] = rows(database_url, "SELECT * FROM referrals WHERE reference = :r", r=reference)
    assert referral["email"] == "pat.chain@example.org"
    assert {"debt_money", "loneliness_isolation"} <= set(as_list(referral["needs"]))
    assert set(shown_ids) <= set(as_list(referral["services_shown"])), "the services shown travel with the referral"

    browser = sign_in(app_server, *create_link_worker(database_url))
    assert any(reference in page for page in queue_pages(browser)), "the new referral is in the link worker's queue"


def queue_pages(browser: httpx.Client) -> Iterator[str]:
    """Each page of the triage queue in turn (other tests' referrals may fill the first)."""
    number = 1
    while True:
        page = browser.get("/triage/queue", params={"page": number})
        assert page.status_code == 200
        yield page.text
        if 'rel="next"' not in page.text:
            return
        number += 1


def as_list(column: object) -> list[str]:
    """JSON columns come back as lists on PostgreSQL and as text on SQLite."""
    values = json.loads(column) if isinstance(column, str) else column
    assert isinstance(values, list)
    return [str(value) for value in values]
