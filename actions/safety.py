"""The answer to "Are you safe right now?": only a plain yes is taken as safe.

The classifier hears hedged or unclear replies ("im nt sure", "idk", "sort of", "maybe") as a yes,
so a yes is believed only from the button or from yes words with no doubt in them; anything else
gets the help for their crisis again and the offer to stay and talk, as a "no" does.
"""

import re

from actions.forms import words_say_yes_or_no
from actions.protocol import Dispatcher, Tracker
from actions.registry import ActionContext, action

DOUBT = re.compile(
    r"\b(not? sure|unsure|nt sure|dunno|idk|dont know|don't know|maybe|perhaps|guess|think so|sort of|kind of|"
    r"kinda|sorta|i suppose|not really|not exactly|probably|hope so|ish)\b",
    re.IGNORECASE,
)


def says_safe(tracker: Tracker) -> bool:
    text = tracker.latest_text
    if text.startswith("/"):
        return tracker.latest_intent == "affirm"
    return words_say_yes_or_no(text) is True and not DOUBT.search(text)


@action("action_answer_safe_now")
def answer_safe_now(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """Sets `safe_now`; rules then say they're glad or give the help again (assistant/data/rules/safety.yml)."""
    dispatcher.set("safe_now", says_safe(tracker))
