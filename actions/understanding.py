"""When to believe what the classifier heard.

The classifier gives every message some intent, so gibberish can come back as a yes ("asdf") or as
"stop" ("qwop zorb"). Where acting on a wrong reading would harm the resident (consent, ending or
erasing the conversation, carrying on after a crisis), the intent is believed only from a button,
from words that say it, or when the classifier is very sure; anything else is not understood.
"""

import re

from actions.protocol import Event, Tracker

UNCLEAR_INTENT = "nlu_fallback"
FALLBACK_LOOP = "action_two_stage_fallback"
# Trained wordings ("go on then", "spot on", "cancel") come back above this; gibberish the classifier
# takes for a yes or a stop ("asdf", "qwop zorb") well below it.
SURE = 0.9

# Words that say a destructive intent; the rest of its trained wordings must come back above SURE.
INTENT_WORDS = {
    "stop": re.compile(r"\b(stop|quit|cancel|enough|leave it|forget it|end|finish(ed)?|no more)\b", re.IGNORECASE),
    "restart": re.compile(r"\b(start|restart|again|over|reset|begin(ning)?)\b", re.IGNORECASE),
    "delete_data": re.compile(r"\b(delete|forget|erase|remove|wipe|clear)\b", re.IGNORECASE),
}


def classifier_sure(tracker: Tracker) -> bool:
    """The classifier's own confidence in the intent, read from its ranking: when a message ends Rasa's
    two-stage fallback loop, Rasa replays it with the intent's confidence set to 1.0."""
    message = tracker.latest_message
    intent = message.get("intent") or {}
    ranked = {candidate.get("name"): candidate.get("confidence") for candidate in message.get("intent_ranking") or []}
    return float(ranked.get(intent.get("name"), intent.get("confidence")) or 0.0) >= SURE


def believed(tracker: Tracker, words_say_it: bool) -> bool:
    """The latest intent came from a button, the resident's words say it, or the classifier is very sure."""
    return tracker.latest_text.startswith("/") or words_say_it or classifier_sure(tracker)


def intent_believed(tracker: Tracker) -> bool:
    """The gate for the destructive intents in `INTENT_WORDS`; other intents are taken as heard."""
    words = INTENT_WORDS.get(str(tracker.latest_intent))
    return words is None or believed(tracker, bool(words.search(tracker.latest_text)))


def read_as_unclear(tracker: Tracker) -> list[Event]:
    """Take back the latest message and hear it again as not understood, then start the fallback loop."""
    said = next(event for event in reversed(tracker.applied_events) if event.get("event") == "user")
    parse_data = dict(said.get("parse_data") or {})
    confidence = float((parse_data.get("intent") or {}).get("confidence") or 0.0)
    parse_data["intent"] = {"name": UNCLEAR_INTENT, "confidence": confidence}
    # No timestamp: Rasa stamps it now, after the rewind.
    heard_again = {key: value for key, value in said.items() if key != "timestamp"} | {"parse_data": parse_data}
    listen = {"event": "action", "name": "action_listen"}
    return [{"event": "rewind"}, listen, heard_again, {"event": "followup", "name": FALLBACK_LOOP}]
