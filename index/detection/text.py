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
# Need clauses are finer still, so each need in "I'm skint and I'm lonely, cos the kids moved" gets a clause.
# "so" after a linking verb intensifies ("the days are so long", "I feel so alone"), and so does "so"
# before a quantity ("I used to have so many friends"): neither is a boundary.
_LINKING_VERBS = (
    "is are am m s re was were been be feel feels felt feeling get gets got getting seem seems look looks ever"
)
_INTENSIFYING_SO = "".join(rf"(?<!\b{verb})" for verb in _LINKING_VERBS.split())
_QUANTITY_AFTER_SO = r"(?!(?:many|much|few|little|often|far)\b)"
# "and" inside a fixed pair ("in and out of the bath", "up and down") or after a leading "me" ("me and
# my sister haven't spoken") joins words, not clauses.
_PAIRS = (
    "in/out up/down on/off out/about back/forth to/from now/again over/over more/more on/on bits/pieces "
    "knit/natter stay/play arts/crafts"
)
_NOT_A_PAIR = "".join(rf"(?!(?<=\b{pair.split('/')[0]} and ){pair.split('/')[1]}\b)" for pair in _PAIRS.split())
_NOT_AFTER_LEADING_ME = r"(?<!^me)"
_NEED_BOUNDARY = re.compile(
    rf"(?:{_NOT_AFTER_LEADING_ME}\s(?:and|cos|coz|because|plus|also|as well as|and also|then)\s{_NOT_A_PAIR}"
    rf"|{_INTENSIFYING_SO}\sso\s{_QUANTITY_AFTER_SO})",
    re.IGNORECASE,
)
# A need piece this short with none of these subjects is a fragment, read with its neighbour.
_FRAGMENT_WORDS = 2
_SUBJECT = re.compile(
    r"\b(?:i|im|ive|id|ill|we|were|weve|wed|he|hes|she|shes|they|theyre|theyve|it|its|there|theres|you|youre)\b"
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


def _is_fragment(clause: Clause) -> bool:
    """A piece too short to be read alone: at most two words, no subject and no past participle
    ("electric", "can't work", but not "I'm skint" or "rehab's finished")."""
    words = clause.text.lower().replace("'", "")
    return (
        len(words.split()) <= _FRAGMENT_WORDS
        and not _SUBJECT.search(words)
        and not any(len(word) > 4 and word.endswith("ed") and not word.endswith("eed") for word in words.split())
    )


def _joined(message: str, first: Clause, second: Clause) -> Clause:
    return Clause(message[first.start : second.end], first.start, second.end)


def _with_fragments_joined(message: str, pieces: list[Clause]) -> list[Clause]:
    """Each fragment after the first piece joined to the piece before it."""
    joined: list[Clause] = []
    for piece in pieces:
        if joined and _is_fragment(piece):
            joined[-1] = _joined(message, joined[-1], piece)
        else:
            joined.append(piece)
    return joined


def _sentences_and_parts(message: str) -> list[Clause]:
    """Rule clauses, except that a comma between digits ("£1,200") ends nothing."""
    parts: list[Clause] = []
    for clause in rule_clauses(message):
        if (
            parts
            and message[parts[-1].end : clause.start] == ","
            and parts[-1].text[-1:].isdigit()
            and clause.text[:1].isdigit()
        ):
            parts[-1] = _joined(message, parts[-1], clause)
        else:
            parts.append(clause)
    return parts


def need_clauses(message: str) -> list[Clause]:
    """Finer clauses for need detection: rule clauses further split at 'and', 'so', 'because', with
    fragments left joined ("gas and electric" stays one clause: "electric" alone reads as a fuel need)."""
    return [
        piece
        for clause in _sentences_and_parts(message)
        for piece in _with_fragments_joined(message, _split(clause.text, clause.start, _NEED_BOUNDARY))
    ]
