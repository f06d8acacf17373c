"""The two-stage fallback in plain words, and a kind answer to a yes or no that answers no question.

Rasa's `action_two_stage_fallback` loop calls these in turn: `action_default_ask_affirmation` offers
the likely meanings as buttons in the resident's words (never an intent name), then
`action_default_ask_rephrase` asks them to put it another way, and if that is still unclear
`action_default_fallback` says what Linkway can do and goes back to where the conversation was
(the follow-up `action_next_step` re-asks the question that was open), so nothing repeats in a loop.
"""

from typing import Any

from actions.forms import words_say_yes_or_no, yes_or_no
from actions.journey import START_BUTTONS
from actions.protocol import Dispatcher, Tracker, button
from actions.registry import ActionContext, action
from actions.wording import (
    BARE_NO_AT_START,
    BARE_NO_DONE,
    BARE_NO_MIDWAY,
    BARE_YES_AT_START,
    BARE_YES_DONE,
    BARE_YES_MIDWAY,
    CLARIFY_QUESTION,
    FALLBACK_EXPLANATION,
    INTENT_CHOICES,
    REPHRASE_QUESTION,
    SOMETHING_ELSE,
)

MAX_CHOICES = 3
MIN_CHOICE_CONFIDENCE = 0.05
# Before the resident has started there is nothing to start again or to delete.
NOT_YET_MEANINGFUL = {"restart", "delete_data"}


def likely_choices(ranking: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Buttons for the most likely meanings, best first, each worded for a resident and offered once."""
    choices: list[dict[str, str]] = []
    for candidate in ranking:
        choice = INTENT_CHOICES.get(str(candidate.get("name")))
        if choice is None or float(candidate.get("confidence") or 0.0) < MIN_CHOICE_CONFIDENCE:
            continue
        if all(existing["payload"] != choice[1] for existing in choices):
            choices.append(button(*choice))
        if len(choices) == MAX_CHOICES:
            break
    return choices


def clarify(tracker: Tracker, dispatcher: Dispatcher) -> None:
    """Ask which of the likely meanings the resident had in mind, with a way to say none of them."""
    ranking = list(tracker.latest_message.get("intent_ranking") or [])
    if tracker.slot("stage") is None:
        ranking = [candidate for candidate in ranking if candidate.get("name") not in NOT_YET_MEANINGFUL]
    buttons = likely_choices(ranking)
    if not buttons:
        buttons = [button(*INTENT_CHOICES["choose_support"]), button(*INTENT_CHOICES["ask_what_is_this"])]
    dispatcher.say(CLARIFY_QUESTION, buttons=[*buttons, button(SOMETHING_ELSE, "/out_of_scope")])


@action("action_default_ask_affirmation")
def ask_affirmation(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    clarify(tracker, dispatcher)


@action("action_default_ask_rephrase")
def ask_rephrase(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    dispatcher.say(REPHRASE_QUESTION)


def carry_on(dispatcher: Dispatcher) -> None:
    """Rasa runs `action_next_step` next, whose rules re-open the question that was open."""
    dispatcher.events.append({"event": "followup", "name": "action_next_step"})


@action("action_default_fallback")
def give_up_kindly(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """Say what Linkway can do, forget the unclear message, and go back to the open question."""
    dispatcher.say(FALLBACK_EXPLANATION)
    dispatcher.events.append({"event": "rewind"})
    carry_on(dispatcher)


@action("action_answer_yes_no")
def answer_yes_no(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """A yes or no when no question was open: a short helpful reply; a yes then carries on.

    A short message the classifier took for yes or no but that has no yes or no in it is unclear,
    so the resident is offered the likely meanings instead.
    """
    text = tracker.latest_text
    answer = yes_or_no(tracker) if text.startswith("/") else words_say_yes_or_no(text)
    if answer is None:
        clarify(tracker, dispatcher)
        return
    stage = tracker.slot("stage")
    if stage is None:
        if answer:
            dispatcher.say(BARE_YES_AT_START)
            carry_on(dispatcher)
        else:
            dispatcher.say(BARE_NO_AT_START, buttons=START_BUTTONS)
    elif stage == "done":
        dispatcher.say(BARE_YES_DONE if answer else BARE_NO_DONE)
    elif answer:
        dispatcher.say(BARE_YES_MIDWAY)
        carry_on(dispatcher)
    else:
        dispatcher.say(BARE_NO_MIDWAY)
