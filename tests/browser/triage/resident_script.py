"""A resident who refers themselves through the real conversation, typing script and markup as they go."""

import re

from tests.chat import RestConversation
from tests.integration.conversation.journeys import consent_to_everything, start_with_support, tell_and_confirm_needs

REFERENCE = re.compile(r"LW-[0-9A-Z]{4,}")


def refer_with_untrusted_text(rasa_url: str, situation: str, what_matters: str, preferred_times: str) -> str:
    """Walk the referral journey; returns the reference the assistant gives."""
    chat = RestConversation(rasa_url)
    start_with_support(chat)
    tell_and_confirm_needs(chat, situation)
    chat.say(what_matters)
    chat.say("near Banbury")
    chat.say("72")
    consent_to_everything(chat)
    chat.say("Margaret")
    chat.say("07911 123456")
    chat.say(preferred_times)
    chat.say("no")
    chat.say("no thanks")
    confirmation = chat.text_of(chat.say("/affirm"))
    reference = REFERENCE.search(confirmation)
    transcript = "\n".join(f"> {said}\n{RestConversation.text_of(got)}" for said, got in chat.transcript)
    assert reference, transcript
    return reference.group(0)
