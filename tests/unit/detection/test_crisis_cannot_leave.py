"""Being unable to leave the house is danger when someone keeps the resident in, not when anxiety, illness or
a baby does: "I can't leave the house" alone is a long-term condition or low mood, and was read as danger."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "my anxiety is that bad some weeks I cannot leave the house",
        "since the stroke I can't leave the house without someone with me",
        "cant leave the house with twins under two, by the time we're ready it's dark",
        "I can't leave the house till the gas man has been",
    ],
)
def test_being_unable_to_leave_the_house_for_oneself_is_no_crisis(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "he takes my keys and I can't leave the house",
        "I can't get away from her, she reads every message on my phone",
        "he won't let me leave the house on my own",
        "I'm not allowed to leave the house unless he's with me",
    ],
)
def test_being_kept_in_by_someone_is_still_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"
