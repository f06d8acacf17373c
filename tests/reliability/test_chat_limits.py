"""The chat refuses what it cannot read kindly, and one conversation cannot flood the assistant.

Messages go through Rasa's guarded channels (assistant/guarded_channels.py) on the real Rasa server.
"""

import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.chat import RestConversation

MESSAGES_PER_MINUTE = 30  # the default of LINKWAY_CHAT_MESSAGES_PER_MINUTE, which the test servers keep


def test_an_oversized_message_is_refused_with_a_kind_explanation(rasa_server: str) -> None:
    chat = RestConversation(rasa_server)
    chat.say("hello")
    reply = chat.text_of(chat.say("I need help with " + "so many things " * 200))
    assert "too long" in reply and "2,000" in reply
    users = [event for event in chat.tracker()["events"] if event["event"] == "user"]
    assert len(users) == 1, "the oversized message never reached the assistant"


def test_control_characters_are_removed_before_the_assistant_reads_the_message(rasa_server: str) -> None:
    chat = RestConversation(rasa_server)
    replies = chat.say("hel\x00lo\x07\x1b[31m there\x7f")
    assert chat.text_of(replies)
    [user] = [event for event in chat.tracker()["events"] if event["event"] == "user"]
    assert not any(character in user["text"] for character in "\x00\x07\x1b\x7f")


def test_empty_and_binary_looking_messages_get_an_answer_not_an_error(rasa_server: str) -> None:
    chat = RestConversation(rasa_server)
    for message in ("", "   ", "\ufffd\ufffd\x01\x02", "\U0001f600" * 50):
        assert chat.text_of(chat.say(message)), repr(message)


def test_one_conversation_sending_a_burst_is_slowed_down_politely(rasa_server: str) -> None:
    sender = f"burst-{time.time_ns()}"
    burst = MESSAGES_PER_MINUTE + 6
    if time.time() % 60 > 50:  # keep the whole burst inside one counting minute
        time.sleep(61 - time.time() % 60)

    def send(number: int) -> str:
        response = httpx.post(
            f"{rasa_server}/webhooks/rest/webhook", json={"sender": sender, "message": f"hi {number}"}, timeout=600
        )
        response.raise_for_status()
        return RestConversation.text_of(response.json())

    with ThreadPoolExecutor(max_workers=burst) as pool:
        replies = list(pool.map(send, range(burst)))
    refused = [reply for reply in replies if "faster than I can read" in reply]
    assert len(refused) == burst - MESSAGES_PER_MINUTE
    assert all("999" in reply and "111" in reply for reply in refused), "a refusal still gives the urgent routes"
