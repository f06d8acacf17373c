"""Offer of a link worker, consent, contact details and the optional wellbeing baseline.

Phone numbers are parsed by `phonenumbers` (UK formats, stored as E.164) and emails checked by
`email-validator`. An invalid value is asked again with the reason, at most twice; after that the
resident is offered the phone route instead.
"""

import re
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from actions.forms import validates, yes_or_no
from actions.protocol import Dispatcher, Tracker, yes_no_buttons
from actions.registry import ActionContext, action
from actions.wording import consent_questions

MAX_DETAIL_ATTEMPTS = 2
UNAVAILABLE = "unavailable"
MAX_NAME_CHARS = 100
MAX_TIMES_CHARS = 200
EMAIL_LIKE = re.compile(r"[^\s,;]+@[^\s,;]+")
PHONE_LIKE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
NAME_PREFIX = re.compile(
    r"^\s*(?:(?:my name is|my name's|i'm|im|i am|it's|its|call me|just|you can call me)\s+)+", re.I
)
# "Skip these", "I'd rather not", "pass": the wellbeing questions are skipped (the classifier may take
# "skip these" for a yes, so these words are read before the yes or no).
SKIP_WORDS = re.compile(r"\b(skip|rather not|pass)\b", re.I)
ONS_SLOTS = ("ons_life_satisfaction", "ons_worthwhile", "ons_happiness", "ons_anxiety")
SKIPPED = -1


def yes_no_slot(slot: str, tracker: Tracker, dispatcher: Dispatcher) -> dict[str, Any]:
    answer = yes_or_no(tracker)
    if answer is None:
        dispatcher.say("Sorry, I need a yes or a no for this one.")
    return {slot: answer}


@validates("consent_form", "wants_link_worker")
def validate_wants_link_worker(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    answer = yes_no_slot("wants_link_worker", tracker, dispatcher)
    if answer["wants_link_worker"] is False:
        return {**answer, "requested_slot": None}
    return answer


@validates("consent_form", "consent_store")
def validate_consent_store(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    answer = yes_no_slot("consent_store", tracker, dispatcher)
    if answer["consent_store"] is False:
        return {**answer, "consent_share": False, "requested_slot": None}
    return answer


@validates("consent_form", "consent_share")
def validate_consent_share(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    return yes_no_slot("consent_share", tracker, dispatcher)


@action("action_ask_consent_store")
def ask_consent_store(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    question = consent_questions(context.settings.consent_version)["store"]
    dispatcher.say(question, buttons=yes_no_buttons())
    dispatcher.set("consent_version", context.settings.consent_version)


@action("action_ask_consent_share")
def ask_consent_share(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    question = consent_questions(context.settings.consent_version)["share"]
    dispatcher.say(question, buttons=yes_no_buttons())


@validates("contact_form", "contact_name")
def validate_contact_name(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    name = NAME_PREFIX.sub("", tracker.latest_text).strip(" .!")[:MAX_NAME_CHARS]
    if not name or name.startswith("/"):
        dispatcher.say("What would you like us to call you? A first name is fine.")
        return {"contact_name": None}
    return {"contact_name": name}


def parse_phone(text: str) -> str | None:
    """A UK (or international, with +) number in E.164, or None if it is not a possible number."""
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_email(text: str) -> str | None:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


@validates("contact_form", "contact_detail")
def validate_contact_detail(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    text = tracker.latest_text
    emails = EMAIL_LIKE.findall(text)
    phones = PHONE_LIKE.findall(EMAIL_LIKE.sub(" ", text))
    email = parse_email(emails[0]) if emails else None
    phone = parse_phone(phones[0]) if phones else None
    if email or phone:
        method = "phone" if phone else "email"
        return {"contact_detail": "given", "phone": phone, "email": email, "preferred_method": method}
    attempts = int(tracker.slot("contact_attempts") or 0) + 1
    reason = (
        "That email address doesn't look complete: it needs a name, an @ and a domain, like sam@example.com."
        if emails or "@" in text
        else "That doesn't look like a UK phone number: it should have 11 digits and start with 0 (a mobile starts 07)."
        if phones or re.search(r"\d", text)
        else "I need a phone number or an email address so a link worker can reach you."
    )
    if attempts >= MAX_DETAIL_ATTEMPTS + 1:
        # The closing words (actions.journey.ending) give the phone route, so it is said once.
        dispatcher.say("That's OK, we can do this another way.")
        return {"contact_detail": UNAVAILABLE, "contact_attempts": attempts, "requested_slot": None}
    dispatcher.say(f"{reason} Could you try again?")
    return {"contact_detail": None, "contact_attempts": attempts}


@validates("contact_form", "preferred_times")
def validate_preferred_times(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    text = tracker.latest_text.strip()
    if text.startswith("/") or yes_or_no(tracker) is not None and len(text.split()) <= 2:
        return {"preferred_times": "any time"}
    return {"preferred_times": text[:MAX_TIMES_CHARS] or "any time"}


@validates("contact_form", "voicemail_safe")
def validate_voicemail_safe(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    return yes_no_slot("voicemail_safe", tracker, dispatcher)


@validates("wellbeing_form", "wellbeing_opt_in")
def validate_wellbeing_opt_in(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    answer = False if SKIP_WORDS.search(tracker.latest_text) else yes_or_no(tracker)
    if answer is None:
        dispatcher.say("Sorry, I need a yes or a no: would you like to answer four quick questions?")
        return {"wellbeing_opt_in": None}
    if not answer:
        return {"wellbeing_opt_in": False, **{slot: SKIPPED for slot in ONS_SLOTS}}
    return {"wellbeing_opt_in": True}


def score_from(text: str) -> int | None:
    match = re.search(r"\b(10|[0-9])\b", text)
    return int(match.group(1)) if match else None


def _ons_validator(slot: str) -> None:
    def validate(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
        if SKIP_WORDS.search(tracker.latest_text):
            return {other: SKIPPED for other in ONS_SLOTS if tracker.slot(other) is None}
        score = score_from(tracker.latest_text)
        if score is None:
            dispatcher.say("Please answer with a number from 0 to 10 (or say 'skip').")
        return {slot: score}

    validates("wellbeing_form", slot)(validate)


for _slot in ONS_SLOTS:
    _ons_validator(_slot)
