"""Resident text made safe to read, normalised for the rule vocabulary, and split into clauses.

Clauses keep their character spans in the cleaned text, so evidence is always the resident's
own words, never the normalised form.
"""

import re
import unicodedata
from dataclasses import dataclass

_KEPT_CONTROLS = {"\n", "\t"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
)
# Rule clauses end at sentence punctuation, commas, new lines and contrast words: a denial in one
# clause must not hide a crisis in the next ("not suicidal, but ..."). A decimal point ("sugar is 1.9") is no end.
_RULE_BOUNDARY = re.compile(
    r"(?:[!?;:,\n]|(?<!\d)\.|\.(?!\d))+|\s(?:but|although|though|however|whereas)\s", re.IGNORECASE
)
# Need clauses are finer still, so each need in "skint and lonely, cos the kids moved" gets a clause.
# "so" after a linking verb intensifies ("the days are so long", "I feel so alone"): not a boundary.
_LINKING_VERBS = (
    "is are am m s re was were been be feel feels felt feeling get gets got getting seem seems look looks ever"
)
_INTENSIFYING_SO = "".join(rf"(?<!\b{verb})" for verb in _LINKING_VERBS.split())
_NEED_BOUNDARY = re.compile(
    rf"(?:\s(?:and|cos|coz|because|plus|also|as well as|and also|then)|{_INTENSIFYING_SO}\sso)\s", re.IGNORECASE
)
_WORD_CHARACTERS = re.compile(r"[^a-z0-9\s-]+")
_LONE_HYPHENS = re.compile(r"(?<![a-z0-9])-|-(?![a-z0-9])")


@dataclass(frozen=True)
class Clause:
    """A stretch of the cleaned message: `text` is exactly `message[start:end]`."""

    text: str
    start: int
    end: int


def clean_text(text: str) -> str:
    """Drop control and format characters, fold Unicode look-alikes, collapse spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    kept = "".join(
        character for character in folded if character in _KEPT_CONTROLS or unicodedata.category(character)[0] != "C"
    )
    lines = (_SPACES.sub(" ", line).strip() for line in kept.replace("\t", " ").split("\n"))
    return "\n".join(line for line in lines if line)


def normalise_words(text: str, spellings: dict[str, str]) -> str:
    """The form the rule vocabulary is written in: lower case, no apostrophes, standard spellings."""
    lowered = text.lower().translate(_QUOTES).replace("'", "")
    plain = _LONE_HYPHENS.sub(" ", _WORD_CHARACTERS.sub(" ", lowered))
    return " ".join(spellings.get(word, word) for word in plain.split())


def _split(text: str, start: int, boundary: re.Pattern[str]) -> list[Clause]:
    clauses: list[Clause] = []
    position = 0
    for match in [*boundary.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[position:end]
        stripped = piece.strip()
        if any(character.isalnum() for character in stripped):
            offset = position + piece.index(stripped)
            clauses.append(Clause(stripped, start + offset, start + offset + len(stripped)))
        position = match.end() if match else len(text)
    return clauses


def rule_clauses(message: str) -> list[Clause]:
    """Clauses for the rule layer: sentences and comma-separated parts."""
    return _split(message, 0, _RULE_BOUNDARY)


def need_clauses(message: str) -> list[Clause]:
    """Finer clauses for need detection: rule clauses further split at 'and', 'so', 'because'."""
    return [piece for clause in rule_clauses(message) for piece in _split(clause.text, clause.start, _NEED_BOUNDARY)]
