"""News or a loss that 'hit me hard' is a figure of speech; a person who hit the resident is still danger."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "my grandad brought me up and he died in the spring, it's hit me hard",
        "being made redundant has really hit me hard",
        "the break up hit me like a truck",
        "Dad's diagnosis hit me for six",
        "losing the baby has hit me badly",
        "losing my nan has hit me hard",
        "that's hit me hard, I won't lie",
    ],
)
def test_a_loss_or_news_that_hit_me_hard_is_no_crisis(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "he hit me hard across the face this morning",
        "my girlfriend hits me hard when she's angry",
        "my stepdad hit me like a punchbag again",
        "it was her that's hit me hard, not the kids",
    ],
)
def test_a_person_who_hit_the_resident_is_still_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my husband keeps getting drunk and hit me hard last week",
        "he was losing the plot and hit me hard",
    ],
)
def test_someone_doing_something_and_then_hitting_the_resident_is_still_danger(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "danger_abuse"
