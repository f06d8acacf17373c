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
