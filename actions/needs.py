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
# Words that take something back; what follows them to the end of the clause is what is taken back:
# "it's not [money]", "forget [the housing bit]", "isn't really about [being lonely]". ("never" is
# left out: "I never see anyone" tells of a need.)
NEGATION = re.compile(
    r"\b(?:not|isn'?t|aren'?t|wasn'?t|remove|drop|forget|leave out|take off|scrap|"
    r"wrong about|didn'?t (?:say|mean))\b",
    re.I,
)
# "it's just the loneliness", "only the housing": in a correction, the resident means only these.
ONLY = re.compile(r"\b(?:just|only)\b", re.I)
CLAUSE_BREAKS = re.compile(r"[.!?;:,\n]+|\s(?:but|although|though|however|whereas)\s", re.I)
SCOPE_BREAKS = re.compile(r"\s(?:or|and|nor)\s|/", re.I)
# A need the resident was told they have scores lower on its own word ("money") than in a sentence;
# among the needs already heard, one scoring this much in the words taken back is the one they mean.
NAMED_SCORE = 0.3
DETECTED_SCORE = 0.5  # the detector's own threshold for a need


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


def read_scores(text: str) -> dict[str, float]:
    from index.detection import get_detector

    return dict(get_detector().detect(text).scores)


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
    if tracker.latest_intent == "remove_need" or taken_back(tracker.latest_text, needs):
        return _corrected(tracker, needs, rounds, dispatcher)
    if yes_or_no(tracker) is True and needs:
        return {"needs_confirmed": True}
    reading = read_needs(tracker.latest_text)
    added = merged_needs(tracker, reading)
    if rounds >= MAX_CORRECTION_ROUNDS and added["needs"]:
        return {"needs_confirmed": True, **added}
    return {"needs_confirmed": None, "correction_rounds": rounds, **added}


def clauses(text: str) -> list[str]:
    return [piece.strip() for piece in CLAUSE_BREAKS.split(text) if piece and piece.strip()]


def needs_named(words: str, candidates: list[str]) -> list[str]:
    """Which of `candidates` the detector hears in `words` (a short stretch such as "the money side")."""
    named: list[str] = []
    for piece in SCOPE_BREAKS.split(words):
        if not piece.strip():
            continue
        scores = read_scores(piece)
        clear = [need for need in candidates if scores.get(need, 0.0) >= DETECTED_SCORE]
        if not clear:
            best = max(candidates, key=lambda need: scores.get(need, 0.0), default=None)
            clear = [best] if best and scores.get(best, 0.0) >= NAMED_SCORE else []
        named += [need for need in clear if need not in named]
    return named


def taken_back(text: str, needs: list[str]) -> list[str]:
    """Needs the resident takes back in words ("actually it's not the money"), read by the need detector."""
    if not needs or text.startswith("/"):
        return []
    denied: list[str] = []
    for clause in clauses(text):
        negation = NEGATION.search(clause)
        if negation:
            denied += [need for need in needs_named(clause[negation.end() :], needs) if need not in denied]
    return denied


def only_these(text: str, needs: list[str]) -> list[str]:
    """Needs said to be the only ones ("it's just the loneliness"); empty when nothing is said to be only."""
    kept: list[str] = []
    for clause in clauses(text):
        only = ONLY.search(clause)
        if only and not NEGATION.search(clause):
            kept += [need for need in needs_named(clause[only.end() :], needs) if need not in kept]
    return kept


def _corrected(tracker: Tracker, needs: list[str], rounds: int, dispatcher: Dispatcher) -> dict[str, Any]:
    """'Remove: money' or 'it's not money, it's just the loneliness': drop the needs taken back, add new ones."""
    typed = not tracker.latest_text.startswith("/")
    if typed:
        named = taken_back(tracker.latest_text, needs)
        kept_only = only_these(tracker.latest_text, needs) if named else []
        named += [need for need in needs if kept_only and need not in kept_only and need not in named]
    else:
        named = [need for need in tracker.entity_values("need") if need in load_taxonomy().needs]
    if not named:
        dispatcher.say(
            "Sorry, I want to get this right. Which of these isn't right? Or tell me in your own words.",
            buttons=removal_buttons(needs),
        )
        return {"needs_confirmed": None, "correction_rounds": rounds}
    kept = [need for need in needs if need not in named]
    stored = tracker.slot("need_evidence")
    evidence = {k: v for k, v in (stored if isinstance(stored, dict) else {}).items() if k in kept}
    slots: dict[str, Any] = {"needs": kept, "need_evidence": evidence}
    if typed:
        reading = read_needs(tracker.latest_text)
        reading.needs = [need for need in reading.needs if need not in named]
        slots.update(merged_needs(Tracker(tracker.sender_id, {"slots": {**tracker.slots, **slots}}), reading))
    dispatcher.say(f"OK, I've taken off {need_phrase(named)}.")
    return {"needs_confirmed": None, "correction_rounds": rounds, **slots}


def removal_buttons(needs: list[str]) -> list[dict[str, str]]:
    return [
        button(f"Remove: {NEED_BUTTON_LABELS.get(need, need)}", f'/remove_need{{"need":"{need}"}}') for need in needs
    ]


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
    buttons = [button("Yes, that's right", "/affirm"), *removal_buttons(needs)]
    opening = "So, to check" if tracker.slot("correction_rounds") else "Thank you for sharing that"
    dispatcher.say(
        f"{opening}: it sounds like things are hard with {need_phrase(needs)}. "
        "Have I got that right? If there's anything else going on, just tell me and I'll add it.",
        buttons=buttons,
    )
