"""Form validation in Rasa's `validate_<form>` convention.

Each form's validator module registers one function per slot with `@validates(form, slot)`. The
function gets the extracted value and returns the slot events to apply: `{slot: value}` accepts,
`{slot: None}` asks again. Returning `{"requested_slot": None}` ends the form early.
"""

from collections.abc import Callable
from typing import Any

from actions.protocol import Dispatcher, Tracker, slot_set
from actions.registry import ActionContext, action
from actions.understanding import believed

SlotValidator = Callable[[Any, Tracker, Dispatcher, ActionContext], dict[str, Any]]
VALIDATORS: dict[str, dict[str, SlotValidator]] = {}
AFFIRM_WORDS = {
    "yes", "yeah", "yep", "yup", "ok", "okay", "sure", "please", "y", "fine", "alright", "correct",
    "aye", "definitely", "right", "agree", "course", "good", "carry", "continue", "absolutely", "certainly",
    "perfect", "great", "lovely", "brilliant", "ahead",
}  # fmt: skip
DENY_WORDS = {"no", "nope", "nah", "n", "not", "dont", "don't", "never"}


def validates(form: str, slot: str) -> Callable[[SlotValidator], SlotValidator]:
    def register(function: SlotValidator) -> SlotValidator:
        if form not in VALIDATORS:
            VALIDATORS[form] = {}
            action(f"validate_{form}")(_form_validation(form))
        VALIDATORS[form][slot] = function
        return function

    return register


def _form_validation(form: str) -> Callable[[Tracker, Dispatcher, ActionContext], None]:
    def validate(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
        # When Rasa reopens a form (carrying on after a crisis, changing one item from the summary) it
        # sends the answers already given, validated when given, and the ones just cleared to be asked
        # again; the latest message ("yes", a summary button) answers none of them, so they are left be.
        given = tracker.slots_before_latest_message()
        for slot, value in tracker.slots_to_validate().items():
            if value is None or given.get(slot) == value:
                continue
            validator = VALIDATORS[form].get(slot)
            results = validator(value, tracker, dispatcher, context) if validator else {slot: value}
            dispatcher.events.extend(slot_set(name, result) for name, result in results.items())

    return validate


def yes_or_no(tracker: Tracker) -> bool | None:
    """The resident's yes or no, from the intent or plainly worded text; None if neither.

    Typed text the classifier only half-heard as a yes or no is no answer unless its words say the
    same: "asdf" (no yes or no in it) or "not now" (a no) half-heard as a yes is asked again, so consent
    and confirmations are never taken from gibberish or from words that say the opposite.
    """
    intent = tracker.latest_intent
    words = words_say_yes_or_no(tracker.latest_text)
    if intent in ("affirm", "deny"):
        heard_yes = intent == "affirm"
        return heard_yes if believed(tracker, words is heard_yes) else None
    return words


def words_say_yes_or_no(text: str) -> bool | None:
    """Yes or no from the words alone ("no" wins: "not right" is a no); None if neither is there."""
    words = set(text.lower().replace(",", " ").replace(".", " ").replace("!", " ").split())
    if words & DENY_WORDS:
        return False
    if words & AFFIRM_WORDS:
        return True
    return None
