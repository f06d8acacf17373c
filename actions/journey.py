"""Where the conversation goes next: `action_next_step` reads the slots and sets `stage`.

Rules turn each stage into its form or action, so after any interruption (a question, chit-chat,
a crisis) the conversation returns to the first thing still missing, never to the start.
"""

from typing import Any

from actions.contact import ONS_SLOTS, UNAVAILABLE
from actions.needs import TOLD, merged_needs, read_needs
from actions.protocol import Dispatcher, Tracker, button, restarted
from actions.registry import ActionContext, action
from actions.understanding import intent_believed, read_as_unclear
from actions.wording import (
    ANONYMOUS_OK,
    ANYTHING_ELSE,
    END_ANONYMOUS,
    END_NO_REFERRAL,
    END_PHONE_ROUTE,
    END_YOUNG_PERSON,
    RESTART,
)

ABOUT_SLOTS = ("what_matters", "area", "age_band")
CONTACT_SLOTS = ("contact_name", "contact_detail", "preferred_times", "voicemail_safe")
START_BUTTONS = [
    button("Help me find support", "/choose_support"),
    button("Just look, anonymously", "/choose_anonymous"),
]
OPENING_INTENTS = {"greet", "choose_support", "choose_anonymous", "go_anonymous", "affirm", "deny", "thanks"}


def next_stage(slots: dict[str, Any]) -> str:
    """The first part of the journey not yet done."""
    if slots.get("needs_confirmed") is not True:
        return "situation"
    if any(slots.get(slot) is None for slot in ABOUT_SLOTS):
        return "about"
    if slots.get("services_shown") is None:
        return "services"
    if slots.get("anonymous"):
        return "done"
    if slots.get("wants_link_worker") is None or (
        slots.get("wants_link_worker") and (slots.get("consent_store") is None or slots.get("consent_share") is None)
    ):
        return "consent"
    if not (slots.get("wants_link_worker") and slots.get("consent_store") and slots.get("consent_share")):
        return "done"
    if slots.get("contact_detail") == UNAVAILABLE:
        return "done"
    if any(slots.get(slot) is None for slot in CONTACT_SLOTS):
        return "contact"
    if slots.get("wellbeing_opt_in") is None or any(slots.get(slot) is None for slot in ONS_SLOTS):
        return "wellbeing"
    if slots.get("summary_confirmed") is not True:
        return "confirm"
    if not slots.get("referral_reference"):
        return "submit"
    return "done"


def ending(slots: dict[str, Any], phone_route: str) -> str:
    """The closing words for a conversation that ends without (another) referral."""
    if slots.get("referral_reference"):
        return ANYTHING_ELSE
    if slots.get("age_band") == "under_16":
        return END_YOUNG_PERSON
    if slots.get("anonymous"):
        return END_ANONYMOUS
    if slots.get("contact_detail") == UNAVAILABLE:
        return END_PHONE_ROUTE.format(phone_route=phone_route)
    return END_NO_REFERRAL


@action("action_next_step")
def next_step(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    slots = tracker.slots
    dispatcher.set("phone_route", context.settings.phone_route)
    if slots.get("situation") is None and tracker.latest_intent not in OPENING_INTENTS and tracker.latest_text:
        reading = read_needs(tracker.latest_text)
        if reading.needs:
            heard = {"situation": TOLD, **merged_needs(tracker, reading)}
            dispatcher.events.extend({"event": "slot", "name": k, "value": v} for k, v in heard.items())
            slots.update(heard)
    stage = next_stage(slots)
    if stage == "done" and slots.get("stage") != "done":
        dispatcher.say(ending(slots, context.settings.phone_route))
    dispatcher.set("stage", stage)


@action("action_go_anonymous")
def go_anonymous(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """From now on nothing identifying is kept: contact details and consent are cleared, and Rasa's
    tracker store redacts this conversation's messages."""
    dispatcher.set("anonymous", True)
    for slot in (*CONTACT_SLOTS, "phone", "email", "wants_link_worker", "consent_store", "consent_share"):
        dispatcher.set(slot, None)
    dispatcher.say(ANONYMOUS_OK)


@action("action_restart")
def start_again(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """ "Start again": forget this conversation's answers and offer the two ways in again.

    Rasa's own rule runs this straight after the intent, so a message only half-heard as "start again"
    is handed to the two-stage fallback here."""
    if not intent_believed(tracker):
        dispatcher.events.extend(read_as_unclear(tracker))
        return
    dispatcher.say(RESTART, buttons=START_BUTTONS)
    dispatcher.events.append(restarted())
