"""Rule patterns that skip their regex search when the text lacks a string every match must contain.

The crisis and need vocabularies hold well over a thousand patterns, and each clause of a message is
read against most of them; nearly all fail. Python's `re` has no multi-pattern matcher (one alternation
of them all searched ten times slower here), so each pattern keeps a few strings one of which any match
must contain (a run of plain characters, or one per alternative), found from its parsed form. One
Aho-Corasick pass finds which of those strings a text holds, and only their patterns are searched.
The answer is the same; only the time changes.
"""

import re
from collections.abc import Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

# Zero-width items: the characters either side of them are consecutive in any match.
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT}


def _close(found: list[frozenset[str]], current: list[str]) -> None:
    if current:
        found.append(frozenset({"".join(current)}))
        current.clear()


def _requirements(items: Any, found: list[frozenset[str]], current: list[str]) -> None:
    """Add to `found` sets of strings such that every match of `items` contains one string of each set;
    `current` is the run of literal characters still open at the start of `items`, left open at its end."""
    for op, argument in items:
        if op is sre_constants.LITERAL:
            current.append(chr(argument))
        elif op in _ZERO_WIDTH:
            continue
        elif op is sre_constants.SUBPATTERN and not argument[1] and not argument[2]:
            _requirements(argument[3], found, current)
        else:
            _close(found, current)
            if op is sre_constants.BRANCH:
                options = [_best(branch) for branch in argument[1]]
                if all(options):
                    found.append(frozenset().union(*options))
            elif op in _REPEATS and argument[0] >= 1:
                found.append(_best(argument[2]))


def _best(items: Any) -> frozenset[str]:
    """The most telling requirement of `items`: the set whose shortest string is longest (empty if none)."""
    found: list[frozenset[str]] = []
    current: list[str] = []
    _requirements(items, found, current)
    _close(found, current)
    found = [strings for strings in found if strings]
    return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)), default=frozenset())


def required_strings(pattern: re.Pattern[str]) -> frozenset[str]:
    """Strings one of which every match of `pattern` contains (empty when none is certain)."""
    if pattern.flags & re.IGNORECASE:
        return frozenset()
    return _best(sre_parser.parse(pattern.pattern, pattern.flags))


class Patterns:
    """An ordered list of compiled patterns; a text is searched only by the patterns whose required
    strings it holds."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        requirements = [required_strings(pattern) for pattern in patterns]
        self._always = frozenset(index for index, required in enumerate(requirements) if not required)
        needing: dict[str, list[int]] = {}
        for index, required in enumerate(requirements):
            for string in required:
                needing.setdefault(string, []).append(index)
        self._automaton: ahocorasick.Automaton | None = None
        if needing:
            self._automaton = ahocorasick.Automaton()
            for string, indexes in needing.items():
                self._automaton.add_word(string, tuple(indexes))
            self._automaton.make_automaton()

    def _candidates(self, text: str, after: int = -1) -> list[int]:
        """Indexes, in list order and above `after`, of the patterns that may match `text`."""
        found = set(self._always)
        if self._automaton is not None:
            for _, indexes in self._automaton.iter(text):
                found.update(indexes)
        return sorted(index for index in found if index > after)

    def search(self, text: str) -> bool:
        """Whether any pattern matches somewhere in `text`."""
        return any(self.patterns[index].search(text) for index in self._candidates(text))

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """Every match of every pattern, pattern by pattern, in list order."""
        for index in self._candidates(text):
            yield from self.patterns[index].finditer(text)

    def first_matches(self, text: str) -> Iterator[re.Match[str]]:
        """Each pattern's first match, in list order."""
        for index in self._candidates(text):
            match = self.patterns[index].search(text)
            if match:
                yield match

    def blanked(self, text: str) -> str:
        """`text` with every match replaced by spaces, pattern by pattern, so later matches keep their
        positions. Spaces put in can complete a later pattern's string, so the rest are found again."""
        candidates = self._candidates(text)
        while candidates:
            index = candidates.pop(0)
            blanked = self.patterns[index].sub(lambda match: " " * len(match.group(0)), text)
            if blanked != text:
                text = blanked
                candidates = self._candidates(text, after=index)
        return text
