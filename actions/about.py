"""What matters to the resident, where they live and their age band (the `about_form`)."""

import re
from typing import Any

from actions.forms import validates
from actions.protocol import Dispatcher, Tracker, button
from actions.registry import ActionContext, action
from actions.wording import AGE_BANDS, UNDER_16
from index.areas import NATIONAL, known_areas, normalise_area

MAX_WHAT_MATTERS_CHARS = 1000
OUTSIDE_AREA = "outside"
OUTSIDE_WORDS = re.compile(
    r"\b(not in|outside|don'?t live in|nowhere near)\b.*\b(oxfordshire|oxon|area)\b|^other$", re.I
)
SKIP_WORDS = re.compile(r"^\s*(skip|pass|not sure|don'?t know|dunno|no idea|nothing)\s*\.?\s*$", re.I)
AGE_NUMBER = re.compile(r"\b(\d{1,3})\b")
BAND_WORDS = [
    (re.compile(r"rather not|prefer not|not say|none of your|private|skip", re.I), "not_said"),
    (re.compile(r"under ?16|under sixteen|i'?m a (kid|child)|at school", re.I), "under_16"),
    (re.compile(r"16\s*(-|to|or)\s*17", re.I), "16_17"),
    (re.compile(r"18\s*(-|to)\s*24", re.I), "18_24"),
    (re.compile(r"25\s*(-|to)\s*49", re.I), "25_49"),
    (re.compile(r"50\s*(-|to)\s*64", re.I), "50_64"),
    (re.compile(r"65\s*(\+|plus|or over|and over)|over 65|pension(er)?|retired", re.I), "65_plus"),
]
AREA_BUTTONS = ["Oxford", "Cherwell", "West Oxfordshire", "South Oxfordshire", "Vale of White Horse"]


def band_for_age(age: int) -> str:
    for limit, band in ((16, "under_16"), (18, "16_17"), (25, "18_24"), (50, "25_49"), (65, "50_64")):
        if age < limit:
            return band
    return "65_plus"


def age_band_from(text: str, band_entity: list[str]) -> str | None:
    for value in band_entity:
        if value in AGE_BANDS:
            return value
    for pattern, band in BAND_WORDS:
        if pattern.search(text):
            return band
    number = AGE_NUMBER.search(text)
    if number and 0 < int(number.group(1)) < 120:
        return band_for_age(int(number.group(1)))
    return None


def area_from(text: str, area_entities: list[str]) -> str | None:
    if OUTSIDE_WORDS.search(text):
        return OUTSIDE_AREA
    for candidate in [*area_entities, text]:
        area = normalise_area(candidate)
        if area and area != NATIONAL:
            return area
        if area == NATIONAL:
            return OUTSIDE_AREA
    return None


@validates("about_form", "what_matters")
def validate_what_matters(
    value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext
) -> dict[str, Any]:
    text = tracker.latest_text.strip()
    if not text or SKIP_WORDS.match(text) or text.startswith("/"):
        return {"what_matters": "(not said)"}
    return {"what_matters": text[:MAX_WHAT_MATTERS_CHARS]}


@validates("about_form", "area")
def validate_area(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict[str, Any]:
    area = area_from(tracker.latest_text, tracker.entity_values("area"))
    if area is None:
        dispatcher.say("Sorry, I don't know that place. If it's a village, the nearest town is fine.")
        return {"area": None}
    if area == OUTSIDE_AREA:
        dispatcher.say(
            "Thanks. This directory only covers Oxfordshire, so I'll show you national services "
            "you can use from anywhere in the UK."
        )
    return {"area": area}


@validates("about_form", "age_band")
def validate_age_band(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict[str, Any]:
    band = age_band_from(tracker.latest_text, tracker.entity_values("age_band"))
    if band is None:
        dispatcher.say("Sorry, I didn't catch that. You can type your age, choose a range, or say 'rather not say'.")
        return {"age_band": None}
    if band == "under_16":
        dispatcher.say(UNDER_16)
        return {"age_band": band, "anonymous": True}
    return {"age_band": band}


@action("action_ask_area")
def ask_area(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    buttons = [button(name, name) for name in AREA_BUTTONS if name in known_areas()]
    buttons.append(button("Not in Oxfordshire", "not in Oxfordshire"))
    dispatcher.say("Which area do you live in? Choose one, or type your town or village.", buttons=buttons)
