"""Hearing the resident's situation: detect needs in each message, reflect them back, let them correct.

The detector is the same one `POST /api/needs/detect` serves, called in-process.
"""

import re
from dataclasses import dataclass
from typing import Any

from actions.forms import validates, yes_or_no
from actions.protocol import Dispatcher, Tracker, button
from actions.registry import ActionContext, action
from actions.wording import NEED_BUTTON_LABELS, need_phrase
from index.taxonomy import load_taxonomy

MAX_CORRECTION_ROUNDS = 6
TOLD = "told"
# A negation up to three words before the need's word: "not money", "isn't really about loneliness".
NEGATION = r"\b(?:not|isn'?t|aren'?t|remove|drop|forget|wrong about)\b(?:\s+\w+){0,3}?\s+"
# Words a resident uses for a need when taking it back ("it's not the money").
NEED_WORDS_SAID = {
    "loneliness_isolation": ("lonely", "loneliness", "alone", "isolated"),
    "debt_money": ("money", "debt", "debts", "bills", "council tax", "rent arrears"),
    "housing": ("housing", "flat", "house", "home", "damp", "landlord"),
    "mental_wellbeing": ("wellbeing", "stress", "anxiety", "anxious", "low", "mental health"),
    "physical_activity": ("active", "exercise", "fitness", "walking"),
    "food_fuel": ("food", "heating", "energy"),
    "carer_support": ("caring", "carer", "looking after"),
    "employment_skills": ("work", "job", "volunteering"),
    "bereavement": ("bereavement", "grief", "grieving", "loss"),
    "long_term_condition": ("health", "condition", "illness", "pain"),
    "activities_learning": ("activities", "hobbies", "learning", "arts"),
    "substance_use": ("drink", "drinking", "drugs", "gambling"),
    "family_parenting": ("family", "parenting", "kids", "children"),
    "domestic_abuse": ("abuse", "safety at home"),
}


@dataclass
class NeedReading:
    needs: list[str]
    evidence: dict[str, str]
    crisis: str | None


def read_needs(text: str) -> NeedReading:
    from index.detection import get_detector

    result = get_detector().detect(text)
    evidence = {key: str(value) for key, value in (result.evidence or {}).items()}
    return NeedReading(needs=list(result.needs), evidence=evidence, crisis=result.crisis)


def merged_needs(tracker: Tracker, reading: NeedReading) -> dict[str, Any]:
    """The slots after adding what this message said to what was heard before."""
    needs = list(tracker.slot("needs") or [])
    stored = tracker.slot("need_evidence")
    evidence = dict(stored) if isinstance(stored, dict) else {}
    for need in reading.needs:
        if need not in needs:
            needs.append(need)
        if need in reading.evidence:
            evidence[need] = reading.evidence[need]
    return {"needs": needs, "need_evidence": {k: v for k, v in evidence.items() if k in needs}}


@validates("situation_form", "situation")
def validate_situation(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict[str, Any]:
    reading = read_needs(tracker.latest_text)
    return {"situation": TOLD, **merged_needs(tracker, reading)}


@validates("situation_form", "needs_confirmed")
def validate_needs_confirmed(
    value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext
) -> dict[str, Any]:
    needs = list(tracker.slot("needs") or [])
    rounds = int(tracker.slot("correction_rounds") or 0) + 1
    if (
        tracker.latest_intent == "remove_need"
        or tracker.entity_values("need")
        or taken_back(tracker.latest_text, needs)
    ):
        return _corrected(tracker, needs, rounds)
    if yes_or_no(tracker) is True and needs:
        return {"needs_confirmed": True}
    reading = read_needs(tracker.latest_text)
    added = merged_needs(tracker, reading)
    if rounds >= MAX_CORRECTION_ROUNDS and added["needs"]:
        return {"needs_confirmed": True, **added}
    return {"needs_confirmed": None, "correction_rounds": rounds, **added}


def taken_back(text: str, needs: list[str]) -> list[str]:
    """Needs the resident names in a negated message ("it's not about loneliness")."""
    lowered = text.lower()
    return [
        need
        for need in needs
        if any(re.search(rf"{NEGATION}{re.escape(word)}\b", lowered) for word in NEED_WORDS_SAID.get(need, ()))
    ]


def _corrected(tracker: Tracker, needs: list[str], rounds: int) -> dict[str, Any]:
    """'Remove: money' or 'it's not money, it's housing': drop the needs named, add any others the words assert."""
    named = [need for need in tracker.entity_values("need") if need in load_taxonomy().needs]
    named += taken_back(tracker.latest_text, needs)
    reading = (
        read_needs(tracker.latest_text) if tracker.latest_text and not tracker.latest_text.startswith("/") else None
    )
    kept = [need for need in needs if need not in named]
    stored = tracker.slot("need_evidence")
    evidence = {k: v for k, v in (stored if isinstance(stored, dict) else {}).items() if k in kept}
    slots: dict[str, Any] = {"needs": kept, "need_evidence": evidence}
    if reading:
        reading.needs = [need for need in reading.needs if need not in named]
        merged = merged_needs(Tracker(tracker.sender_id, {"slots": {**tracker.slots, **slots}}), reading)
        slots.update(merged)
    return {"needs_confirmed": None, "correction_rounds": rounds, **slots}


@action("action_ask_needs_confirmed")
def ask_needs_confirmed(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """Reflect the needs heard in plain words, with buttons to confirm or remove one."""
    needs = list(tracker.slot("needs") or [])
    if not needs:
        dispatcher.say(
            "Thank you for telling me. I want to be sure I point you to the right help: could you tell me "
            "a little more about what you'd like support with? For example money, housing, feeling lonely, "
            "or looking after someone."
        )
        return
    buttons = [button("Yes, that's right", "/affirm")]
    buttons += [
        button(f"Remove: {NEED_BUTTON_LABELS.get(need, need)}", f'/remove_need{{"need":"{need}"}}') for need in needs
    ]
    dispatcher.say(
        f"Thank you for sharing that. It sounds like things are hard with {need_phrase(needs)}. "
        "Have I got that right? If there's anything else going on, just tell me and I'll add it.",
        buttons=buttons,
    )
