"""Crisis wording the seventh check set found unread (bench/crisis_probe_seventh.yml), and its look-alikes.

Written with new wording: faints told as before, animals that kick or bite, someone else's things given
away, memorials planned for 'when I'm gone' and ropes put up for swings, which share crisis words.
"""

import pytest

from index.detection import NeedDetector
from index.detection.lexicon import load_crisis_lexicon


def rule_types(message: str) -> set[str]:
    return {hit.crisis_type for hit in load_crisis_lexicon().hits(message)}


@pytest.mark.parametrize(
    "message",
    [
        "I fainted in assembly once before, is that normal?",
        "the vet says the horse kicked him but he's grand",
        "I'm sorting my late aunt's things and giving her books away",
        "I've chosen the hymns for when I'm gone, my daughter has the list",
        "we tied a rope to the tree for the kids' swing",
    ],
)
def test_faints_animals_clear_outs_memorials_and_swings_stay_calm(message: str) -> None:
    assert rule_types(message) == set()


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("he's passed out on the sofa and I can't wake him", "medical_emergency"),
        ("my stepdad kicked her down the stairs", "danger_abuse"),
        ("I'm giving my things away, I won't need them soon", "suicide_self_harm"),
    ],
)
def test_the_new_figures_of_speech_leave_real_crises_alone(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis
