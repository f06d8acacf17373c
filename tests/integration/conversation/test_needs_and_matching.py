"""Correcting the needs heard, and an honest answer when nothing local fits."""

from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    give_about,
    rows,
    service_cards,
    start_with_support,
    tell_and_confirm_needs,
)


def test_a_need_can_be_removed_with_a_button_and_another_added_in_words(rasa_server: str, app_server: str) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    first = chat.text_of(chat.say("I'm lonely and the bills are piling up"))
    assert "money" in first
    removal = chat.say('/remove_need{"need":"debt_money"}')
    assert "taken off money" in chat.text_of(removal)
    reflection = removal[-1]
    assert "money" not in reflection["text"] and "lonely" in reflection["text"]
    assert [b["title"] for b in reflection["buttons"]] == ["Yes, that's right", "Remove: loneliness"]
    after_adding = chat.text_of(chat.say("and the flat has damp and mould everywhere"))
    assert "housing" in after_adding and "lonely" in after_adding


def test_no_local_match_is_said_honestly_and_recorded_as_unmet_need(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    chat.say("my grandad died last month and I can't stop thinking about him")
    chat.say("/affirm")
    chat.say("someone who understands")
    chat.say("Carterton")
    replies = chat.say("17")
    assert "couldn't find a local service" in chat.text_of(replies)
    assert service_cards(replies)
    records = rows(database_url, "SELECT unmet_needs FROM conversation_records WHERE area = 'Carterton'")
    assert any("bereavement" in str(record["unmet_needs"]) for record in records)


def test_rather_not_say_age_is_not_shown_services_only_for_children_and_young_people(
    rasa_server: str, app_server: str, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I'd like to learn something new and get out of the house, maybe music or gardening")
    replies = give_about(
        chat, "Oxford", '/inform_age{"age_band":"not_said"}', "something creative to do with other people"
    )
    cards = service_cards(replies)
    assert cards
    ids = [card["id"] for card in cards]
    youth_only = rows(database_url, "SELECT id FROM services WHERE max_age < 18")
    assert youth_only, "the directory has services only for under-18s"
    assert not {row["id"] for row in youth_only} & set(ids)
