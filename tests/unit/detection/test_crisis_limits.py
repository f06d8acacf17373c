"""A parent's ordinary limits on the resident going out, and a will done with nothing left to do.

A young person writing that their own parent won't let them go out is no crisis: who is named decides, and a
word of control, fear or harm anywhere in the message (or being kept in a room or from school) makes it danger
again. A partner, or anyone but a parent, not letting the resident out stays danger. A will sorted, done or
written with nothing left to do or live for is a suicide signal in any wording; with a solicitor, an executor
or probate named it stays calm.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "me mam wont let me go out with my mates on a friday",
        "Dad just won't let me out tonight, it's so unfair",
        "my stepmum won't let me go to the skatepark with everyone",
        "Mum is dead strict and won't let me go out in the week",
    ],
)
def test_a_parents_limit_on_the_resident_going_out_is_no_crisis(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my fiance won't let me out on my own",
        "my mum thinks he's lovely but he won't let me go out",
        "my mum's partner won't let me go out at all",
        "won't let me go out unless he drives me there and back",
        "my mum won't let me leave the house at all",
    ],
)
def test_a_partner_or_anyone_but_a_parent_keeping_the_resident_in_is_still_danger(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my dad won't let me go out and I'm terrified of him",
        "My stepdad won't let me go out. He's so controlling.",
        "my mum won't let me out of my bedroom for days",
        "my stepmum won't let me go to school and keeps my phone",
    ],
)
def test_a_parents_limit_with_control_fear_or_harm_is_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my will's all done now and there's nothing left for me to do",
        "Will is finally written. Nothing more left to sort.",
        "nothing left to live for now the will is signed",
    ],
)
def test_a_will_done_with_nothing_left_to_do_is_suicide_risk(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "the executor has my will all sorted now, nothing left to do till probate",
        "nothing left to do now, the solicitor has my will signed",
    ],
)
def test_a_will_done_with_a_solicitor_or_executor_stays_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
