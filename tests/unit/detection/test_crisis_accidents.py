"""Everyday injuries, a skin condition and a seizure told as past are not crises; self-harm and a seizure
going on now still are. The calm ones had been read as crises since before the seventh session."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "nicked my legs shaving this morning, the usual",
        "burnt my arms on the grill at work again, occupational hazard",
        "I scratched my legs falling off my bike, nothing serious",
        "my psoriasis is so itchy I scratch my skin until it bleeds, is there a support group?",
        "my grandson had a fit that lasted four minutes a couple of years ago and he's been fine since",
    ],
)
def test_everyday_injuries_and_seizures_told_as_past_are_no_crisis(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("I cut my arms after I fell out with my girlfriend", "suicide_self_harm"),
        ("I've started burning my arms again to feel something", "suicide_self_harm"),
        ("I pick my skin until it bleeds when the panic gets bad", "suicide_self_harm"),
        ("his fit has been going on for six minutes and he isn't waking", "medical_emergency"),
    ],
)
def test_self_harm_and_a_seizure_going_on_now_are_still_crises(
    detector: NeedDetector, message: str, crisis: str
) -> None:
    assert detector.detect(message).crisis == crisis
