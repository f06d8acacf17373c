"""The rule layer: reads crisis_rules.yml and need_cues.yml and finds their wording clause by clause.

The vocabulary is data; this module only follows the reading steps documented at the top of
crisis_rules.yml, so the conversation's offline fallback can follow the same steps.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import yaml

from index.detection.patterns import Patterns
from index.detection.text import Clause, normalise_words, rule_clauses

# Step 5b of crisis_rules.yml: a message's clauses, read and blanked, joined for `message_patterns`.
CLAUSE_JOIN = " | "
CRISIS_RULES_FILE = Path(__file__).resolve().parent / "crisis_rules.yml"
NEED_CUES_FILE = Path(__file__).resolve().parent / "need_cues.yml"


def _clauses_spanned(match: re.Match[str], starts: list[int]) -> tuple[int, int]:
    """First and last clause a message pattern's match covers, not counting the joins at its ends."""
    words = match.group(0)
    start = match.start() + len(words) - len(words.lstrip(" |"))
    end = max(match.end() - (len(words) - len(words.rstrip(" |"))), start + 1)
    return bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1


def _clause_starts(texts: list[str]) -> list[int]:
    """Where each clause starts in the clauses joined by CLAUSE_JOIN."""
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + len(CLAUSE_JOIN))
    return starts


@dataclass(frozen=True)
class CrisisHit:
    """One clause of the message that matched a crisis type's vocabulary."""

    crisis_type: str
    clause: Clause


def _compile_all(patterns: list[str], terms: dict[str, str]) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        for name, value in terms.items():
            pattern = pattern.replace("{" + name + "}", value)
        compiled.append(re.compile(pattern))
    return compiled


def _patterns(patterns: list[str], terms: dict[str, str]) -> Patterns:
    return Patterns(_compile_all(patterns, terms))


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted({phrase.strip().lower() for phrase in phrases if phrase.strip()}, key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in alternatives) + r")\b")


@dataclass(frozen=True)
class Vocabulary:
    """Whole-word phrases and regex patterns, matched against normalised text."""

    phrases: re.Pattern[str]
    patterns: Patterns

    @classmethod
    def from_spec(cls, spec: dict[str, Any], spellings: dict[str, str], terms: dict[str, str]) -> "Vocabulary":
        phrases = [normalise_words(str(phrase), spellings) for phrase in spec.get("phrases") or []]
        return cls(_phrase_pattern(phrases), _patterns(spec.get("patterns") or [], terms))

    def matches(self, clause: str) -> bool:
        return bool(self.phrases.search(clause)) or self.patterns.search(clause)


class CrisisLexicon:
    """Crisis phrases and patterns, with idioms, denials and past events blanked out first."""

    def __init__(self, rules: dict[str, Any]) -> None:
        terms = {name: str(value) for name, value in (rules.get("terms") or {}).items()}
        self.spellings: dict[str, str] = {str(k): str(v) for k, v in (rules.get("spellings") or {}).items()}
        figures_of_speech = _compile_all(rules.get("figures_of_speech") or [], terms)
        denials = _compile_all(rules.get("denials") or [], terms)
        past_markers = _compile_all(rules.get("past_markers") or [], terms)
        self.figures_and_denials = Patterns([*figures_of_speech, *denials])
        # What explains a learned guess away: an idiom, a denial or a past event.
        self.explanations = Patterns([*figures_of_speech, *denials, *past_markers])
        self.past_markers = Patterns(past_markers)
        self.current_markers = _patterns(rules.get("current_markers") or [], terms)
        self.past_message_markers = _patterns(rules.get("past_message_markers") or [], terms)
        self.priority: list[str] = list(rules["priority"])
        self.types = {
            name: Vocabulary.from_spec(spec, self.spellings, terms) for name, spec in rules["crisis_types"].items()
        }
        self.message_patterns = {
            name: _patterns(spec.get("message_patterns") or [], terms) for name, spec in rules["crisis_types"].items()
        }
        self.unblanked_message_patterns = {
            name: _patterns(spec.get("unblanked_message_patterns") or [], terms)
            for name, spec in rules["crisis_types"].items()
        }
        self._implied_needs = {
            name: list(spec.get("implied_needs") or []) for name, spec in rules["crisis_types"].items()
        }

    @classmethod
    def from_file(cls, path: Path = CRISIS_RULES_FILE) -> "CrisisLexicon":
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def _without_figures_and_denials(self, clause: str) -> str:
        return self.figures_and_denials.blanked(clause)

    def explains_away(self, text: str, before: str = "", after: str = "") -> bool:
        """True when the text holds an idiom, a denial or a past event, or overlaps one that runs on from
        `before` or into `after`, the rest of its clause ("I wish I didn't wake up" + " so tired"): no
        learned guess should override it."""
        normalised = normalise_words(text, self.spellings)
        if self.explanations.search(normalised):
            return True
        if not (before.strip() or after.strip()):
            return False
        start = len(normalise_words(before, self.spellings))
        end = len(normalise_words(before + text, self.spellings))
        whole = normalise_words(before + text + after, self.spellings)
        return any(match.start() < end and match.end() > start for match in self.explanations.matches(whole))

    def _is_over(self, clause: str) -> bool:
        """A crisis told as past ("years ago", "used to") with nothing saying it is back."""
        return self.past_markers.search(clause) and not self.current_markers.search(clause)

    def hits(self, message: str) -> list[CrisisHit]:
        """Every (crisis type, clause) pair the vocabulary finds, in priority order."""
        found: list[CrisisHit] = []
        clauses = rule_clauses(message)
        normalised = [normalise_words(clause.text, self.spellings) for clause in clauses]
        readable = [self._without_figures_and_denials(text) for text in normalised]
        told_as_past = self._told_as_past(normalised)
        for index, (clause, words, text) in enumerate(zip(clauses, normalised, readable, strict=True)):
            for name in self.priority:
                crisis_type = self.types[name]
                if not crisis_type.matches(text):
                    continue
                if name != "medical_emergency" and (self._is_over(words) or index in told_as_past):
                    continue
                found.append(CrisisHit(name, clause))
        known = {hit.crisis_type for hit in found}
        found += self._message_hits(message, clauses, normalised, readable, known, told_as_past)
        return sorted(found, key=lambda hit: self.priority.index(hit.crisis_type))

    def clauses_told_as_past(self, clauses: list[Clause]) -> set[int]:
        """Indexes of the rule clauses a past attempt spans ("back in 2009, | I tried to ...")."""
        return self._told_as_past([normalise_words(clause.text, self.spellings) for clause in clauses])

    def _told_as_past(self, normalised: list[str]) -> set[int]:
        """Step 5d: clauses a `past_message_markers` match spans ("many years ago, in my twenties, I tried to ...")."""
        joined = CLAUSE_JOIN.join(normalised)
        starts = _clause_starts(normalised)
        spanned: set[int] = set()
        for match in self.past_message_markers.matches(joined):
            first, last = _clauses_spanned(match, starts)
            spanned.update(range(first, last + 1))
        return spanned

    def _message_hits(
        self,
        message: str,
        clauses: list[Clause],
        normalised: list[str],
        readable: list[str],
        known: set[str],
        told_as_past: set[int],
    ) -> list[CrisisHit]:
        """Wording read across clauses (steps 5b and 5c); the evidence is the run of clauses the match spans."""
        if not clauses:
            return []
        # Blanking keeps every clause's length, so both joins share the clause starts.
        joined, unblanked = CLAUSE_JOIN.join(readable), CLAUSE_JOIN.join(normalised)
        starts = _clause_starts(readable)
        found = []
        for name in self.priority:
            if name in known:
                continue
            matches = chain(
                self.message_patterns[name].first_matches(joined),
                self.unblanked_message_patterns[name].first_matches(unblanked),
            )
            for match in matches:
                first, last = _clauses_spanned(match, starts)
                spanned = range(first, last + 1)
                if name != "medical_emergency" and (
                    self._is_over(CLAUSE_JOIN.join(normalised[first : last + 1]))
                    or all(index in told_as_past for index in spanned)
                ):
                    continue
                start, end = clauses[first].start, clauses[last].end
                found.append(CrisisHit(name, Clause(message[start:end], start, end)))
                break
        return found

    def implied_needs(self, crisis_type: str) -> list[str]:
        return self._implied_needs[crisis_type]


class NeedCues:
    """Plain wording that names a need outright (need_cues.yml), read with the crisis file's spellings
    and the cue file's own.

    A need's `blanks` (wording about someone else, or a condition said to be under control) are
    blanked out of the clause before that need's own phrases and patterns are read.
    """

    def __init__(self, cues: dict[str, Any], spellings: dict[str, str]) -> None:
        terms = {name: str(value) for name, value in (cues.get("terms") or {}).items()}
        own_spellings = {str(k): str(v) for k, v in (cues.get("spellings") or {}).items()}
        self.spellings = {**spellings, **own_spellings}
        specs = cues["needs"]
        self.needs = {name: Vocabulary.from_spec(spec, self.spellings, terms) for name, spec in specs.items()}
        self.blanks = {name: _patterns(spec.get("blanks") or [], terms) for name, spec in specs.items()}
        self.settled = {name: _patterns(spec.get("settled") or [], terms) for name, spec in specs.items()}
        self.denials = {
            name: _patterns(cues.get("denials") or [], {**terms, "topic": str(spec["topic"])})
            for name, spec in specs.items()
            if spec.get("topic")
        }
        over = cues.get("over") or {}
        self.past = _patterns(over.get("past") or [], terms)
        self.still = _patterns(over.get("still") or [], terms)
        self.resolved = _patterns(over.get("resolved") or [], terms)
        self.returned = _patterns(over.get("returned") or [], terms)
        self.struggles = frozenset(cues.get("struggles") or [])
        self.about_the_service = _patterns(cues.get("about_the_service") or [], terms)

    @classmethod
    def from_file(cls, spellings: dict[str, str], path: Path = NEED_CUES_FILE) -> "NeedCues":
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")), spellings)

    def needs_named(self, normalised_clause: str) -> list[str]:
        return [
            need
            for need, vocabulary in self.needs.items()
            if vocabulary.matches(self.blanks[need].blanked(normalised_clause))
        ]

    def needs_blanked(self, normalised_clause: str) -> set[str]:
        """Needs whose `blanks` speak for part of the clause (someone else's illness, a pet's death)."""
        return {need for need, patterns in self.blanks.items() if patterns.search(normalised_clause)}

    def needs_settled(self, normalised_clause: str) -> set[str]:
        """Needs the whole clause says are no trouble now ("my asthma's well controlled")."""
        return {need for need, patterns in self.settled.items() if patterns.search(normalised_clause)}

    def needs_denied(self, normalised_clause: str) -> set[str]:
        """Needs the clause turns down by name ("I don't need a food bank", "fine for housing")."""
        return {need for need, patterns in self.denials.items() if patterns.search(normalised_clause)}

    def is_past(self, normalised_clause: str, next_clause: str = "") -> bool:
        """A problem told as past ("years ago", "I used to drink"), with nothing there saying it is
        still there and nothing in the next clause saying it came back."""
        return (
            self.past.search(normalised_clause)
            and not self.is_current(normalised_clause)
            and not self.came_back(next_clause)
        )

    def came_back(self, next_clause: str) -> bool:
        """The clause after one telling a problem as past or over says it returned or never went."""
        return self.returned.search(next_clause)

    def is_current(self, normalised_clause: str) -> bool:
        return self.still.search(normalised_clause)

    def is_resolved(self, normalised_clause: str) -> bool:
        """The whole clause says a problem is over ("all sorted now", "sober since", "I'm fine now")."""
        return self.resolved.search(normalised_clause)

    def is_about_the_service(self, normalised_clause: str) -> bool:
        """A question about the service itself ("how long until someone calls me back?"): no need."""
        return self.about_the_service.search(normalised_clause)

    def is_struggle(self, words_after_not: str) -> bool:
        """'not coping', 'not in work': words after "not" that describe a struggle, not a denial."""
        return any(words_after_not == s or words_after_not.startswith(s + " ") for s in self.struggles)


@lru_cache
def load_need_cues(path: Path = NEED_CUES_FILE) -> NeedCues:
    return NeedCues.from_file(load_crisis_lexicon().spellings, path)


@lru_cache
def load_crisis_lexicon(path: Path = CRISIS_RULES_FILE) -> CrisisLexicon:
    return CrisisLexicon.from_file(path)
