"""Repairs a resident would try: taking back a need in words, chit-chat mid-form, a stray yes or no, unclear text."""

import pytest

from tests.chat import RestConversation
from tests.integration.conversation.journeys import give_about, start_with_support, tell_and_confirm_needs

GIBBERISH = "qwop zorb"
STOPPED = "I'll stop here"


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


@pytest.mark.parametrize(
    "misses",
    [
        pytest.param(("asdf", "xyz abc", "lkjh"), id="gibberish-the-classifier-takes-for-yes"),
        pytest.param(("blorp fizz wibble", "/out_of_scope", "hmm jkl"), id="something-else-then-unclear-again"),
    ],
)
def test_unclear_messages_escalate_to_rephrase_then_what_linkway_does_and_back_to_the_question(
    rasa_server: str, app_server: str, misses: tuple[str, str, str]
) -> None:
    chat = RestConversation(rasa_server)
    chat.say("hello")
    first, second, third = (chat.text_of(chat.say(message)) for message in misses)
    assert "Did you mean" in first
    assert "put it another way" in second and "Did you mean" not in second
    assert "still not sure" in third and "help you find support, or would you rather just look" in third
    tracker = chat.tracker()
    assert tracker["active_loop"].get("name") != "action_two_stage_fallback"
    assert tracker["slots"]["stage"] is None, "before a way in was chosen, giving up does not start the journey"
    assert [b["payload"] for b in chat.transcript[-1][1][-1]["buttons"]] == ["/choose_support", "/choose_anonymous"]
    chat.say("/choose_support")
    reflection = chat.text_of(chat.say("I'm lonely since I moved here"))
    assert "lonel" in reflection, "after giving up, the journey starts when the resident chooses"


def test_gibberish_the_classifier_takes_for_stop_does_not_end_the_conversation(
    rasa_server: str, app_server: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat)
    reply = chat.text_of(chat.say(GIBBERISH))
    assert STOPPED not in reply and "Did you mean" in reply
    assert chat.text_of(chat.say("/stop")).count(STOPPED) == 1, "the stop button is still believed"


def test_stop_start_again_and_delete_in_words_are_still_believed(rasa_server: str, app_server: str) -> None:
    believed = (("stop please", STOPPED), ("start again", "Help me find support"), ("erase my details", "deleted"))
    for words, expected in believed:
        chat = RestConversation(rasa_server)
        start_with_support(chat)
        replies = chat.say(words)
        shown = chat.text_of(replies) + " ".join(b["title"] for r in replies for b in r.get("buttons") or [])
        assert expected in shown


@pytest.mark.parametrize("safe_answer", ["/affirm", "/deny"], ids=["carry-on-offered", "ready-to-carry-on"])
def test_gibberish_after_a_crisis_is_not_taken_as_ready_to_carry_on(
    rasa_server: str, app_server: str, safe_answer: str
) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    chat.say("I keep thinking about killing myself")
    chat.say(safe_answer)
    reply = chat.text_of(chat.say("asdf"))
    assert "Did you mean" in reply and "tell me over several messages" not in reply
    assert "tell me over several messages" in chat.text_of(chat.say("/affirm")), "a plain yes still carries on"


def test_unclear_answers_to_a_consent_question_are_never_taken_as_consent(rasa_server: str, app_server: str) -> None:
    chat = RestConversation(rasa_server)
    start_with_support(chat)
    tell_and_confirm_needs(chat, "I look after my dad and I'm exhausted")
    give_about(chat, "Witney", "44")
    assert "May I keep the details" in chat.text_of(chat.say("yes please"))
    unclear = chat.say(GIBBERISH)
    assert "Did you mean" in chat.text_of(unclear)
    assert [b["title"] for b in unclear[-1]["buttons"]][:2] == ["Yes", "No"]
    # Whatever the classifier makes of a second unclear message, it does not answer the question.
    assert "May I share them" not in chat.text_of(chat.say("blorp fizz"))
    assert chat.tracker()["slots"]["consent_store"] is not True
    assert "May I share them" in chat.text_of(chat.say("/affirm"))
    assert chat.tracker()["slots"]["consent_store"] is True
