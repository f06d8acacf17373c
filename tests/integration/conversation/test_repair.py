"""Repairs a resident would try: taking back a need in words, chit-chat mid-form, a stray yes or no, unclear text."""

from tests.chat import RestConversation
from tests.integration.conversation.journeys import give_about, start_with_support, tell_and_confirm_needs


def test_a_need_taken_back_in_words_is_dropped_and_the_other_kept(rasa_server: str, app_server: str) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    chat.say("I'm lonely and the bills are piling up")
    corrected = chat.say("actually it's not money, it's just the loneliness")
    text = chat.text_of(corrected)
    assert "taken off money" in text and "lonely" in text.split("taken off")[1]
    assert [b["title"] for b in corrected[-1]["buttons"]] == ["Yes, that's right", "Remove: loneliness"]


def test_chit_chat_inside_the_contact_form_is_answered_and_the_question_asked_again(
    rasa_server: str, app_server: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I look after my dad and I'm exhausted")
    give_about(chat, "Witney", "44")
    for answer in ("yes please", "yes", "yes", "Sam"):
        chat.say(answer)
    reply = chat.text_of(chat.say("tell me a joke"))
    assert "can't help with that" in reply and "phone number or email" in reply
    chat.say("07911 123456")
    assert chat.tracker()["slots"]["phone"] == "+447911123456"


def test_a_free_text_answer_is_kept_even_when_it_reads_like_thanks_or_chit_chat(
    rasa_server: str, app_server: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I look after my husband and I'm worn out")
    assert "Which area" in chat.text_of(chat.say("a break now and then"))
    assert "How old" in chat.text_of(chat.say("Thame"))
    assert chat.tracker()["slots"]["what_matters"] == "a break now and then"


def test_a_stray_no_and_yes_at_the_start_get_a_reply_and_a_way_on(rasa_server: str, app_server: str) -> None:
    chat = RestConversation(rasa_server)
    chat.say("hello")
    no = chat.say("no")
    assert [b["title"] for b in no[-1]["buttons"]] == ["Help me find support", "Just look, anonymously"]
    assert "In your own words" in chat.text_of(chat.say("yes"))


def test_an_unclear_message_is_met_in_plain_words_never_an_intent_name(rasa_server: str, app_server: str) -> None:
    chat = RestConversation(rasa_server)
    chat.say("hello")
    first = chat.say("blorp fizz wibble")
    buttons = [button["title"] for button in first[-1].get("buttons", [])]
    assert "Something else" in buttons and "Yes" not in buttons and "No" not in buttons
    assert all("_" not in title for title in buttons) and "_" not in chat.text_of(first)
    chat.say("/out_of_scope")
    assert "_" not in chat.text_of(chat.transcript[-1][1])
