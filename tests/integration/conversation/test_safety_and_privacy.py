"""Crisis, under-16s, anonymity and erasure, over the REST channel against the real servers."""

import sqlite3
import uuid
from pathlib import Path

from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    rows,
    service_cards,
    start_with_support,
    tell_and_confirm_needs,
)

TYPED_NAME = "Zebedee Quartermaine"
TYPED_NUMBER = "07911 654321"
TYPED_ADDRESS = "14 Larkspur Close"


def tracker_store_text(database_url: str) -> str:
    """Every event Rasa's tracker store holds, as one string to search."""
    if database_url.startswith("postgresql"):
        return "\n".join(str(row["data"]) for row in rows(database_url, "SELECT data FROM events"))
    tracker_db = Path(database_url.removeprefix("sqlite:///")).parent / "rasa-tracker.db"
    with sqlite3.connect(tracker_db) as connection:
        return "\n".join(row[0] for row in connection.execute("SELECT data FROM events"))


def all_referral_text(database_url: str) -> str:
    tables = ("referrals", "conversation_records", "audit_events")
    return "\n".join(str(row) for table in tables for row in rows(database_url, f"SELECT * FROM {table}"))  # noqa: S608


def test_crisis_inside_the_contact_form_gets_help_then_carries_on_and_marks_the_referral_urgent(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I'm drowning in debt and I can't sleep")
    give_about(chat, "Oxford", "38")
    consent_to_everything(chat)
    chat.say("Alex")
    help_text = chat.text_of(chat.say("what's the point, I want to die"))
    assert "116 123" in help_text and "85258" in help_text and "999" in help_text
    assert "safe right now" in help_text
    chat.say("yes")
    resumed = chat.text_of(chat.say("yes"))
    assert "phone number or email" in resumed
    for answer in ("07911 222333", "afternoons", "no", "no"):
        chat.say(answer)
    confirmation = chat.text_of(chat.say("/affirm"))
    assert "LW-" in confirmation
    [referral] = rows(database_url, "SELECT * FROM referrals WHERE phone = '+447911222333'")
    assert referral["urgent"] and referral["crisis_type"] == "suicide_self_harm"
    assert referral["name"] == "Alex", "the yes that carried on after the crisis is not taken as the name"
    assert "die" in (referral["crisis_evidence"] or "")


def test_invalid_phone_is_asked_again_with_the_reason_then_the_phone_route_is_offered(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I need help with my housing, the damp is awful")
    give_about(chat, "Didcot", "29")
    consent_to_everything(chat)
    chat.say("Jo")
    first = chat.text_of(chat.say("0791 12"))
    assert "UK phone number" in first
    second = chat.text_of(chat.say("12345"))
    assert "UK phone number" in second
    third = chat.text_of(chat.say("I don't have one"))
    assert "01632 960000" in third
    assert rows(database_url, "SELECT id FROM referrals WHERE name = 'Jo'") == []


def test_under_16_is_signposted_anonymously_with_childline(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "my mum and dad argue all the time and I feel really down")
    chat.say("someone to talk to")
    chat.say("Bicester")
    replies = chat.say("I'm 14")
    text = chat.text_of(replies)
    assert "0800 1111" in text
    assert service_cards(replies)
    assert "phone number" not in text and "link worker to get in touch" not in text


def test_anonymous_conversation_leaves_no_typed_name_number_or_address(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    chat.say("hello")
    chat.say("/choose_anonymous")
    chat.say(f"I'm {TYPED_NAME} from {TYPED_ADDRESS}, ring me on {TYPED_NUMBER}, I'm so lonely")
    chat.say("/affirm")
    chat.say(f"call {TYPED_NAME} please")
    chat.say("Abingdon")
    replies = chat.say("52")
    assert service_cards(replies)
    stored = tracker_store_text(database_url) + all_referral_text(database_url)
    for typed in (TYPED_NAME, "Quartermaine", TYPED_NUMBER, "654321", TYPED_ADDRESS, "Larkspur"):
        assert typed not in stored
    [record] = rows(
        database_url, "SELECT * FROM conversation_records WHERE anonymous = :yes AND area = 'Abingdon'", yes=True
    )
    assert "loneliness_isolation" in str(record["needs"])


def test_delete_what_i_told_you_erases_the_conversation_and_the_unclaimed_referral(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I look after my husband and I'm worn out")
    give_about(chat, "Thame", "61")
    consent_to_everything(chat)
    email = f"brenda-{uuid.uuid4().hex[:8]}@example.net"  # another test's conversation keeps its own address
    for answer in ("Brenda", email, "any time", "yes", "no"):
        chat.say(answer)
    assert "LW-" in chat.text_of(chat.say("/affirm"))
    assert rows(database_url, "SELECT id FROM referrals WHERE email = :e", e=email)
    reply = chat.text_of(chat.say("delete what I told you"))
    assert "deleted" in reply
    assert rows(database_url, "SELECT id FROM referrals WHERE email = :e", e=email) == []
    assert email not in tracker_store_text(database_url)


def test_not_safe_after_a_crisis_gets_the_help_again_warmly_and_no_rush_to_carry_on(
    rasa_server: str, app_server: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    chat.say("I can't go on, I want to end my life")
    replies = chat.say("/deny")
    reply = chat.text_of(replies)
    assert all(number in reply for number in ("999", "116 123", "85258", "NHS 111 option 2"))
    assert "stay and talk" in reply and "whenever you're ready" in reply
    assert "would you like to carry on" not in reply
    assert [b["title"] for b in replies[-1]["buttons"]] == ["I'm ready to carry on"]
    assert "In your own words" in chat.text_of(chat.say("/affirm"))


def test_not_safe_from_someone_at_home_repeats_the_silent_call_and_the_helpline(
    rasa_server: str, app_server: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    chat.say("my partner hits me and I'm scared he'll kill me")
    reply = chat.text_of(chat.say("/deny"))
    assert "press 55" in reply and "0808 2000 247" in reply and "stay and talk" in reply


def test_a_hedged_answer_to_the_safety_question_is_not_taken_as_safe(rasa_server: str, app_server: str) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    chat.say("I keep thinking about killing myself")
    reply = chat.text_of(chat.say("im nt sure"))
    assert "glad you're safe" not in reply
    assert "116 123" in reply and "stay and talk" in reply
