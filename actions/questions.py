"""The form questions with fixed wording, each asked by the action server as `action_ask_<slot>`.

Why not domain responses: Rasa 3.6's `rasa data validate` counts a response as used only when a
story or rule names it, and a form asks its questions at run time, so every `utter_ask_<slot>` was
reported as unused. Asked from here, they sit beside the questions built from the conversation
(`action_ask_needs_confirmed`, `action_ask_area`, the consent questions) and validation is clean.
"""

from dataclasses import dataclass, field

from actions.protocol import Dispatcher, Tracker, button, yes_no_buttons
from actions.referral import ONS_KEYS
from actions.registry import ActionContext, ActionFunction, action
from actions.wording import AGE_BANDS
from api.referrals.workflow import ONS4_QUESTIONS


@dataclass(frozen=True)
class Question:
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)


def ons_question(slot: str, scale: str) -> Question:
    """The ONS4 question in its standard wording (the one the follow-up asks), after how to answer it."""
    standard = ONS4_QUESTIONS[ONS_KEYS[slot]]
    return Question(f"{scale}, {standard[0].lower()}{standard[1:]}")


def age_buttons() -> list[dict[str, str]]:
    return [
        button(label[0].upper() + label[1:], f'/inform_age{{"age_band":"{band}"}}') for band, label in AGE_BANDS.items()
    ]


QUESTIONS = {
    "situation": Question(
        "In your own words, what's been going on for you? Take your time; you can tell me over several messages."
    ),
    "what_matters": Question("What would make the biggest difference for you right now?"),
    "age_band": Question("How old are you? You can type a number or choose a range.", age_buttons()),
    "wants_link_worker": Question(
        "Would you like a link worker to get in touch with you? They can talk things through and help you "
        "connect with these services.",
        yes_no_buttons("Yes please", "No thanks"),
    ),
    "contact_name": Question("What would you like the link worker to call you?"),
    "contact_detail": Question("What's the best phone number or email address to reach you on?"),
    "preferred_times": Question('When is a good time to contact you? For example "weekday mornings" or "any time".'),
    "voicemail_safe": Question(
        "If we can't reach you, is it safe to leave a voicemail or a message? Please say no if someone else "
        "might see or hear it and that would not be safe for you.",
        yes_no_buttons("Yes, that's safe", "No, please don't"),
    ),
    "wellbeing_opt_in": Question(
        "Would you answer four quick questions about how you've been feeling? It helps us see later whether "
        "the support made a difference. It's optional.",
        yes_no_buttons("Yes, OK", "Skip these"),
    ),
    "ons_life_satisfaction": ons_question(
        "ons_life_satisfaction", 'On a scale of 0 to 10, where 0 is "not at all" and 10 is "completely"'
    ),
    "ons_worthwhile": ons_question("ons_worthwhile", "From 0 to 10"),
    "ons_happiness": ons_question("ons_happiness", "From 0 to 10"),
    "ons_anxiety": ons_question("ons_anxiety", "From 0 to 10"),
}


def asker(question: Question) -> ActionFunction:
    def ask(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
        dispatcher.say(question.text, buttons=list(question.buttons))

    return ask


for slot, question in QUESTIONS.items():
    action(f"action_ask_{slot}")(asker(question))
