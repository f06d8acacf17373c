import pytest

from index.detection.text import need_clauses


@pytest.mark.parametrize(
    ("message", "clauses"),
    [
        ("the days are so long", ["the days are so long"]),
        ("I feel so alone", ["I feel so alone"]),
        ("it's so quiet since he went", ["it's so quiet since he went"]),
        ("I'm skint so I can't heat the flat", ["I'm skint", "I can't heat the flat"]),
        ("he was poorly so I stayed in", ["he was poorly", "I stayed in"]),
        ("I've been so low so I rang the GP", ["I've been so low", "I rang the GP"]),
        ("we had so much debt so we sold the car", ["we had so much debt", "we sold the car"]),
    ],
)
def test_so_after_a_linking_verb_intensifies_and_elsewhere_splits(message: str, clauses: list[str]) -> None:
    assert [clause.text for clause in need_clauses(message)] == clauses


@pytest.mark.parametrize(
    ("message", "clauses"),
    [
        ("behind on the gas and electric", ["behind on the gas and electric"]),
        ("I'm skint and I'm lonely", ["I'm skint", "I'm lonely"]),
        ("I owe £2,400, and I'm scared", ["I owe £2,400", "and I'm scared"]),
        ("rehab's finished and I want to keep going", ["rehab's finished", "I want to keep going"]),
        ("he's been drinking and smoking weed", ["he's been drinking and smoking weed"]),
    ],
)
def test_fragments_stay_with_their_clause_and_thousands_are_one_number(message: str, clauses: list[str]) -> None:
    assert [clause.text for clause in need_clauses(message)] == clauses


@pytest.mark.parametrize(
    ("message", "clauses"),
    [
        ("I struggle to get in and out of the car", ["I struggle to get in and out of the car"]),
        ("my mood goes up and down all week", ["my mood goes up and down all week"]),
        ("is there a knit and natter in Wantage", ["is there a knit and natter in Wantage"]),
        ("me and my dad don't talk and it hurts", ["me and my dad don't talk", "it hurts"]),
    ],
)
def test_and_inside_a_fixed_pair_or_after_a_leading_me_joins_words(message: str, clauses: list[str]) -> None:
    assert [clause.text for clause in need_clauses(message)] == clauses


@pytest.mark.parametrize(
    ("message", "clauses"),
    [
        ("I go in and I sit on my own", ["I go in", "I sit on my own"]),
        ("it upset me and I cried all night", ["it upset me", "I cried all night"]),
        ("we're up and the kids are fed", ["we're up", "the kids are fed"]),
    ],
)
def test_and_between_clauses_still_splits_them(message: str, clauses: list[str]) -> None:
    assert [clause.text for clause in need_clauses(message)] == clauses
