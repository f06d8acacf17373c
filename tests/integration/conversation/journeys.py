"""Steps of the resident's journey over the REST channel, shared by the conversation tests."""

from typing import Any

from sqlalchemy import create_engine, text

from tests.chat import RestConversation

LONELY_AND_BEHIND_ON_TAX = "Since my wife died I've been so lonely, and I can't keep up with the council tax"


def start_with_support(chat: RestConversation) -> None:
    chat.say("hello")
    chat.say("/choose_support")


def tell_and_confirm_needs(chat: RestConversation, situation: str = LONELY_AND_BEHIND_ON_TAX) -> str:
    reflection = chat.text_of(chat.say(situation))
    chat.say("/affirm")
    return reflection


def give_about(
    chat: RestConversation,
    area: str = "near Banbury",
    age: str = "72",
    what_matters: str = "Someone to talk to, and getting the council sorted",
) -> list[dict[str, Any]]:
    chat.say(what_matters)
    chat.say(area)
    return chat.say(age)


def consent_to_everything(chat: RestConversation) -> None:
    chat.say("yes please")
    chat.say("yes")
    chat.say("yes")


def service_cards(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cards = [c for c in RestConversation.custom_of(replies) if c.get("type") == "service_cards"]
    return cards[0]["services"] if cards else []


def rows(database_url: str, sql: str, **params: Any) -> list[dict[str, Any]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()
