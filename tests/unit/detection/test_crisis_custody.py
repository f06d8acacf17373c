"""An ex keeping the children from a parent is a custody matter, not danger, even when the ex is named
first and then called he or she; control of the writer's own life by an ex or partner stays danger."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "me and my ex broke up in the summer and now he won't let me see our little girl",
        "my ex wife moved to Swindon and she still won't let me see the kids at weekends",
        "since my ex husband and I separated he doesn't let me see my son at all",
    ],
)
def test_an_ex_keeping_the_children_away_is_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my ex moved back in and he won't let me see my mum or my friends",
        "my ex turns up every night and he won't let me see the kids, he says he'll stab me",
    ],
)
def test_an_ex_controlling_or_threatening_the_writer_is_still_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"
