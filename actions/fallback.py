"""The two-stage fallback in plain words, and a kind answer to a yes or no that answers no question.

Rasa's `action_two_stage_fallback` loop calls our `action_default_ask_affirmation`,
`action_default_ask_rephrase` and `action_default_fallback`, but its own choice between them lets a
second unclear message end the loop at once, and one that had been taken for "Something else" ask
again. So each of the three answers by how many messages in a row were not understood: the first gets
the likely meanings as buttons in the resident's words (never an intent name), the second a request to
put it another way, and the third what Linkway can do and the question that was open (the follow-up
`action_next_step` re-asks it, or before the resident has chosen a way in, the two ways in), so nothing
repeats in a loop. A message the classifier took for yes or no with no yes or no in it ("asdf"), or
only half-heard as stop, start again, delete or carry on (actions/understanding.py), is read again as
not understood and handed to that loop.
"""

from typing import Any

from actions.forms import words_say_yes_or_no, yes_or_no
from actions.journey import START_BUTTONS
from actions.protocol import Dispatcher, Tracker, active_loop, button, yes_no_buttons
from actions.registry import ActionContext, action
from actions.understanding import FALLBACK_LOOP, intent_believed, read_as_unclear
from actions.wording import (
    BARE_NO_AT_START,
    BARE_NO_DONE,
    BARE_NO_MIDWAY,
    BARE_YES_AT_START,
    BARE_YES_DONE,
    BARE_YES_MIDWAY,
    CLARIFY_QUESTION,
    FALLBACK_EXPLANATION,
    FALLBACK_EXPLANATION_AT_START,
    INTENT_CHOICES,
    REPHRASE_QUESTION,
    SOMETHING_ELSE,
)

MAX_CHOICES = 3
MIN_CHOICE_CONFIDENCE = 0.05
# Before the resident has started there is nothing to start again or to delete.
NOT_YET_MEANINGFUL = {"restart", "delete_data"}
# Form questions answered with a yes or a no: while one is open, "Yes" and "No" are the likeliest meanings.
YES_NO_QUESTIONS = {
    "needs_confirmed", "wants_link_worker", "consent_store", "consent_share", "voicemail_safe",
    "wellbeing_opt_in", "summary_confirmed",
}  # fmt: skip


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
    if tracker.slot("requested_slot") in YES_NO_QUESTIONS:
        buttons = [*yes_no_buttons(), *buttons[: MAX_CHOICES - 2]]
    if not buttons:
        buttons = [button(*INTENT_CHOICES["choose_support"]), button(*INTENT_CHOICES["ask_what_is_this"])]
    dispatcher.say(CLARIFY_QUESTION, buttons=[*buttons, button(SOMETHING_ELSE, "/out_of_scope")])


# Actions that run while the resident is being asked what they meant; any other ends a run of unclear messages.
REPAIR_ACTIONS = {"action_listen", FALLBACK_LOOP}


def unclear_in_a_row(tracker: Tracker) -> int:
    """How many messages the resident has sent since the conversation last moved on, this one included."""
    count = 0
    for event in reversed(tracker.applied_events):
        if event.get("event") == "user":
            count += 1
        elif event.get("event") == "action" and event.get("name") not in REPAIR_ACTIONS:
            break
    return count


def repair(tracker: Tracker, dispatcher: Dispatcher) -> None:
    """The likely meanings, then a request to put it another way, then what Linkway can do and back."""
    misses = unclear_in_a_row(tracker)
    if misses <= 1:
        clarify(tracker, dispatcher)
    elif misses == 2:
        dispatcher.say(REPHRASE_QUESTION)
        # Rasa ends its loop after two unclear messages in a row; keep it open for the answer.
        dispatcher.events.append(active_loop(FALLBACK_LOOP))
    else:
        give_up_kindly(tracker, dispatcher)


def give_up_kindly(tracker: Tracker, dispatcher: Dispatcher) -> None:
    """Say what Linkway can do, forget the unclear message, close the loop and go back to the open question.

    Before the resident has chosen a way in there is no open question (`action_next_step` would start
    the support journey unasked), so the two ways in are offered again.
    """
    dispatcher.events.extend([{"event": "rewind"}, active_loop(None)])
    if tracker.slot("stage") is None:
        dispatcher.say(FALLBACK_EXPLANATION_AT_START, buttons=START_BUTTONS)
        dispatcher.events.append({"event": "followup", "name": "action_listen"})
        return
    dispatcher.say(FALLBACK_EXPLANATION)
    carry_on(dispatcher)


@action("action_default_ask_affirmation")
def ask_affirmation(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    repair(tracker, dispatcher)


@action("action_default_ask_rephrase")
def ask_rephrase(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    repair(tracker, dispatcher)


@action("action_default_fallback")
def default_fallback(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    repair(tracker, dispatcher)


def carry_on(dispatcher: Dispatcher) -> None:
    """Rasa runs `action_next_step` next, whose rules re-open the question that was open."""
    dispatcher.events.append({"event": "followup", "name": "action_next_step"})


@action("action_check_understood")
def check_understood(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """Before stopping, starting again, deleting, or carrying on after a crisis or the submission: a message
    only half-heard as that goes to the two-stage fallback instead (its follow-up skips the rule's next step)."""
    heard = yes_or_no(tracker) is True if tracker.latest_intent == "affirm" else intent_believed(tracker)
    if not heard:
        dispatcher.events.extend(read_as_unclear(tracker))


@action("action_answer_yes_no")
def answer_yes_no(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """A yes or no when no question was open: a short helpful reply; a yes then carries on.

    A message the classifier took for yes or no but that has no yes or no in it was not understood,
    so it goes through the two-stage fallback like any other unclear message.
    """
    text = tracker.latest_text
    answer = yes_or_no(tracker) if text.startswith("/") else words_say_yes_or_no(text)
    if answer is None:
        dispatcher.events.extend(read_as_unclear(tracker))
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
