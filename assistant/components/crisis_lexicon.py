"""The offline fallback: a small reader of the detector's crisis vocabulary (index/detection/crisis_rules.yml).

Used only when the app cannot be reached. It follows the steps the YAML file documents (normalise,
respell, split into clauses, blank figures of speech and denials, match phrases and patterns, honour
past markers, read across clauses before and after blanking, and honour attempts told as long over across
clauses) and tolerates missing sections, so a change to the file never stops Rasa starting.
"""

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

logger = logging.getLogger(__name__)

RULES_FILE = Path(__file__).resolve().parents[2] / "index" / "detection" / "crisis_rules.yml"
# Step 5b of the vocabulary: `message_patterns` read the message's clauses joined by this.
CLAUSE_JOIN = " | "
# A decimal point ("sugar is 1.9") does not end a clause.
CLAUSE_BREAKS = re.compile(r"[!?;:\n,]|(?<!\d)\.|\.(?!\d)|\b(?:but|although|though|however|whereas)\b", re.IGNORECASE)
# Used when the vocabulary file is missing or unreadable: the plainest wordings of each type.
MINIMAL_PHRASES = {
    "suicide_self_harm": ["kill myself", "suicide", "suicidal", "end my life", "want to die", "self harm", "overdose"],
    "danger_abuse": ["going to kill me", "hurt me", "hit me", "not safe at home", "scared for my life"],
    "medical_emergency": ["cant breathe", "chest pain", "taken an overdose", "unconscious"],
}


def _compile(patterns: Any) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns or []:
        try:
            compiled.append(re.compile(str(pattern)))
        except re.error:
            logger.warning("crisis vocabulary: skipping a pattern that does not compile: %s", pattern)
    return compiled


def _with_terms(patterns: Any, terms: dict[str, str]) -> list[str]:
    """Fill the file's {name} placeholders (its `terms` section) before compiling."""
    filled = []
    for pattern in patterns or []:
        pattern = str(pattern)
        for name, value in terms.items():
            pattern = pattern.replace("{" + name + "}", value)
        filled.append(pattern)
    return filled


def _respelled(text: str, spellings: dict[str, str]) -> str:
    return " ".join(spellings.get(word, word) for word in text.split())


def _clauses_spanned(match: "re.Match[str]", starts: list[int]) -> "tuple[int, int]":
    """First and last clause a message pattern's match covers, not counting the joins at its ends."""
    words = match.group(0)
    start = match.start() + len(words) - len(words.lstrip(" |"))
    end = max(match.end() - (len(words) - len(words.rstrip(" |"))), start + 1)
    return bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1


def _clause_starts(clauses: list[str]) -> list[int]:
    """Where each clause starts in the clauses joined by CLAUSE_JOIN."""
    starts = [0]
    for clause in clauses[:-1]:
        starts.append(starts[-1] + len(clause) + len(CLAUSE_JOIN))
    return starts


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(str(phrase).strip()) + r"\b")


@dataclass
class CrisisLexicon:
    priority: list[str]
    spellings: dict[str, str] = field(default_factory=dict)
    blanks: list[re.Pattern[str]] = field(default_factory=list)
    past_markers: list[re.Pattern[str]] = field(default_factory=list)
    current_markers: list[re.Pattern[str]] = field(default_factory=list)
    matchers: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    message_matchers: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    # Step 5c: read in the clauses before blanking.
    unblanked_matchers: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    # Step 5d: an attempt told as long over, across clauses.
    past_message_markers: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path = RULES_FILE) -> "CrisisLexicon":
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            logger.warning("crisis vocabulary %s unreadable; using the minimal built-in phrases", path)
            raw = {}
        terms = {str(k): str(v) for k, v in (raw.get("terms") or {}).items()}
        spellings = {str(k): str(v) for k, v in (raw.get("spellings") or {}).items()}
        types = raw.get("crisis_types") or {name: {"phrases": phrases} for name, phrases in MINIMAL_PHRASES.items()}
        # Phrases are respelled like messages are, so "get my breath" meets a message respelled "get my breathe".
        matchers = {
            name: [_phrase_pattern(_respelled(str(p), spellings)) for p in (spec or {}).get("phrases") or []]
            + _compile(_with_terms((spec or {}).get("patterns"), terms))
            for name, spec in types.items()
        }
        message_matchers = {
            name: _compile(_with_terms((spec or {}).get("message_patterns"), terms)) for name, spec in types.items()
        }
        unblanked_matchers = {
            name: _compile(_with_terms((spec or {}).get("unblanked_message_patterns"), terms))
            for name, spec in types.items()
        }
        markers = [(m if isinstance(m, str) else str(m)) for m in raw.get("past_markers") or []]
        current = [(m if isinstance(m, str) else str(m)) for m in raw.get("current_markers") or []]
        return cls(
            priority=list(raw.get("priority") or list(types)),
            spellings=spellings,
            blanks=_compile(_with_terms(raw.get("figures_of_speech"), terms))
            + _compile(_with_terms(raw.get("denials"), terms)),
            past_markers=_compile(markers),
            current_markers=_compile(current),
            matchers=matchers,
            message_matchers=message_matchers,
            unblanked_matchers=unblanked_matchers,
            past_message_markers=_compile(_with_terms(raw.get("past_message_markers"), terms)),
        )

    def normalise(self, text: str) -> str:
        text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("'", "")
        text = re.sub(r"[^a-z0-9\s-]|(?<![a-z0-9])-|-(?![a-z0-9])", " ", text)
        return _respelled(text, self.spellings)

    def _is_over(self, clause: str) -> bool:
        return any(p.search(clause) for p in self.past_markers) and not any(
            p.search(clause) for p in self.current_markers
        )

    def _blanked(self, clause: str) -> str:
        for blank in self.blanks:
            clause = blank.sub(lambda match: " " * len(match.group(0)), clause)
        return clause

    def detect(self, text: str) -> Optional[tuple[str, str]]:
        """The crisis type and the words that triggered it, or None."""
        found: dict[str, str] = {}
        # Split before normalising: normalising removes the punctuation that ends a clause.
        normalised = [clause for clause in (self.normalise(part) for part in CLAUSE_BREAKS.split(text)) if clause]
        readable = [self._blanked(clause) for clause in normalised]
        told_as_past = self._told_as_past(normalised)
        for index, clause in enumerate(readable):
            over = self._is_over(clause) or index in told_as_past
            for crisis_type, patterns in self.matchers.items():
                if over and crisis_type != "medical_emergency":
                    continue
                for pattern in patterns:
                    match = pattern.search(clause)
                    if match and crisis_type not in found:
                        found[crisis_type] = match.group(0).strip()
        self._read_across_clauses(normalised, readable, found, told_as_past)
        for crisis_type in [*self.priority, *found]:
            if crisis_type in found:
                return crisis_type, found[crisis_type]
        return None

    def _told_as_past(self, normalised: list[str]) -> set[int]:
        """Step 5d: the clauses a `past_message_markers` match spans."""
        joined, starts = CLAUSE_JOIN.join(normalised), _clause_starts(normalised)
        spanned: set[int] = set()
        for pattern in self.past_message_markers:
            for match in pattern.finditer(joined):
                first, last = _clauses_spanned(match, starts)
                spanned.update(range(first, last + 1))
        return spanned

    def _read_across_clauses(
        self, normalised: list[str], readable: list[str], found: dict[str, str], told_as_past: set[int]
    ) -> None:
        """Steps 5b and 5c: each type's message patterns, in the blanked clauses and then in the unblanked ones."""
        # Blanking keeps every clause's length, so both joins share the clause starts.
        joined, unblanked, starts = CLAUSE_JOIN.join(readable), CLAUSE_JOIN.join(normalised), _clause_starts(readable)
        for crisis_type, patterns in self.message_matchers.items():
            searches = [(pattern, joined) for pattern in patterns]
            searches += [(pattern, unblanked) for pattern in self.unblanked_matchers.get(crisis_type, [])]
            for pattern, text in searches:
                match = pattern.search(text) if crisis_type not in found else None
                if not match:
                    continue
                first, last = _clauses_spanned(match, starts)
                over = self._is_over(CLAUSE_JOIN.join(normalised[first : last + 1])) or all(
                    index in told_as_past for index in range(first, last + 1)
                )
                if crisis_type == "medical_emergency" or not over:
                    found[crisis_type] = match.group(0).strip(" |")
