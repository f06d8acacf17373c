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
    assert "Did you mean" in chat.text_of(chat.say("asdf")), "gibberish after the result is not taken as a yes"


def test_changing_one_detail_from_the_summary_asks_only_for_that_and_keeps_the_rest(
    rasa_server: str, app_server: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I look after my husband and I'm worn out")
    give_about(chat, "Thame", "61")
    consent_to_everything(chat)
    for answer in ("Brenda", "brenda@example.net", "any time", "yes"):
        chat.say(answer)
    assert "Shall I send it?" in chat.text_of(chat.say("Skip these"))
    change = chat.text_of(chat.say('/change_detail{"detail":"preferred_times"}'))
    assert "good time to contact you" in change
    assert "yes or a no" not in change and "phone number or an email" not in change
    summary = chat.text_of(chat.say("evenings after work"))
    assert "Best times: evenings after work" in summary
    assert "Name: Brenda" in summary and "brenda@example.net" in summary and "Area: Thame" in summary
