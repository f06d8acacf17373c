"""The literal prefilter in front of the rule patterns changes how long a reading takes, never its answer."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.detection.lexicon import load_crisis_lexicon, load_need_cues
from index.detection.patterns import Patterns, required_strings


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"\bkill (myself|me)\b", {"kill m"}),
        (r"\b(hits|beats|punches) me\b", {"hits", "beats", "punches"}),
        (r"\b(took|swallowed) (all|the whole) (box|packet)", {"took", "swallowed"}),
        (r"(?!not )\bwent out\b", {"went out"}),
        (r"(?:very )?poorly", {"poorly"}),
        (r"\b(a|)b\b", {"b"}),
        (r"\b(a|)\b", set()),
        (r"[a-z]+ing", {"ing"}),
        (r"(ha)+ funny", {" funny"}),
        (r"(?i)overdose", set()),
    ],
)
def test_each_pattern_keeps_strings_one_of_which_every_match_holds(pattern: str, required: set[str]) -> None:
    assert required_strings(re.compile(pattern)) == required


def test_spaces_put_in_by_blanking_can_complete_a_later_pattern() -> None:
    patterns = [re.compile("x"), re.compile(" me")]
    assert Patterns(patterns).blanked("xme and you") == "    and you"


def test_no_match_and_no_patterns_leave_the_text_alone() -> None:
    assert Patterns([re.compile("rope")]).blanked("a walk in the park") == "a walk in the park"
    assert not Patterns([]).search("anything")
    assert Patterns([]).blanked("anything") == "anything"


def _vocabularies() -> list[list[re.Pattern[str]]]:
    lexicon, cues = load_crisis_lexicon(), load_need_cues()
    lists = [lexicon.explanations, *(vocabulary.patterns for vocabulary in lexicon.types.values())]
    lists += [*lexicon.message_patterns.values(), *(vocabulary.patterns for vocabulary in cues.needs.values())]
    lists += [*cues.blanks.values(), *cues.settled.values()]
    return [list(patterns.patterns) for patterns in lists]


VOCABULARIES = _vocabularies()
# Words the vocabularies are written around, and ordinary ones, so generated clauses hit some patterns.
_WORD_LINES = (
    "i im ive my me he she they it not no never just to the a of and | took whole box tablets pills",
    "kill killing myself end it all rope bridge jump hit hits me locked in cant breathe chest pain",
    "collapsed blue lips overdose years ago used to when i was younger dying for a brew laughing",
    "lonely skint rent arrears debt letters food bank carer mum dad dementia drinking gambling job",
    "course walk garden grief died funeral anxious low sober since sorted now fine again still",
)
WORDS = [word for line in _WORD_LINES for word in line.split()]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.sampled_from(range(len(VOCABULARIES))))
def test_the_prefilter_reads_every_text_as_the_plain_patterns_do(words: list[str], which: int) -> None:
    text = " ".join(words)
    plain = VOCABULARIES[which]
    filtered = Patterns(plain)
    assert filtered.search(text) == any(pattern.search(text) for pattern in plain)
    assert [m.span() for m in filtered.matches(text)] == [m.span() for p in plain for m in p.finditer(text)]
    firsts = [match.span() for match in (pattern.search(text) for pattern in plain) if match]
    assert [match.span() for match in filtered.first_matches(text)] == firsts
    blanked = text
    for pattern in plain:
        blanked = pattern.sub(lambda match: " " * len(match.group(0)), blanked)
    assert filtered.blanked(text) == blanked
