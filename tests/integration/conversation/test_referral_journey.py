"""A resident refers themselves over Rasa's REST channel, against the real Rasa server, app and database."""

import re

from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    rows,
    service_cards,
    start_with_support,
    tell_and_confirm_needs,
)


def test_two_needs_end_in_a_referral_row_with_a_reference(rasa_server: str, app_server: str, database_url: str) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    reflection = tell_and_confirm_needs(chat)
    assert "lonely" in reflection and "money" in reflection

    cards = service_cards(give_about(chat))
    assert 3 <= len(cards) <= 5
    assert all(card["name"] and card["why"] for card in cards)

    consent_to_everything(chat)
    chat.say("Margaret")
    chat.say("07911 123456")
    chat.say("weekday mornings")
    chat.say("yes")
    summary = chat.text_of(chat.say("no thanks"))
    assert "Margaret" in summary and "+447911123456" in summary
    confirmation = chat.text_of(chat.say("/affirm"))

    reference = re.search(r"LW-[0-9A-Z]{4}", confirmation)
    assert reference, confirmation
    [referral] = rows(database_url, "SELECT * FROM referrals WHERE reference = :r", r=reference.group(0))
    assert referral["name"] == "Margaret"
    assert referral["phone"] == "+447911123456"
    assert referral["area"] == "Banbury"
    assert referral["age_band"] == "65_plus"
    assert referral["consent_version"] and referral["consent_text"]
    assert referral["status"] == "new" and not referral["urgent"]
