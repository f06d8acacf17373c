"""If the app is down when the resident confirms, Rasa still answers kindly with the phone route."""

from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    rows,
    start_with_support,
    tell_and_confirm_needs,
)
from tests.servers import ServerProcess


def test_app_down_at_confirmation_gives_the_phone_route_and_writes_nothing(
    rasa_server: str, app_server: str, app_process_handle: ServerProcess, database_url: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I can't afford to heat the house")
    give_about(chat, "Wantage", "58")
    consent_to_everything(chat)
    for answer in ("Pat", "pat@example.com", "mornings", "yes"):
        chat.say(answer)
    assert "Shall I send it?" in chat.text_of(chat.say("no thanks"))
    app_process_handle.stop()
    try:
        reply = chat.text_of(chat.say("yes"))
    finally:
        app_process_handle.start()
    assert "01632 960000" in reply
    assert rows(database_url, "SELECT id FROM referrals WHERE email = 'pat@example.com'") == []
