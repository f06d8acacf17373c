"""Crisis wording the sixth check set found unread (bench/crisis_probe_sixth.yml), and its look-alikes.

Written with new wording: bare replies to a form question, a second language, someone else's goodbye,
food kept back, a drunk driver with the children, stroke, diabetic, sepsis, head-injury and poisoning
signs; and the idioms, games, hugs and small flats that share their words.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "We're sorting our affairs in order, my son has lasting power of attorney",
        "I'm putting my affairs in order, the solicitor is drawing up power of attorney",
        "my mum would kill me if she found out about the party we're planning",
        "my manager locks me in the shop to cash up at night",
        "my grandson thrashed me at scrabble",
        "the toddler kicked me in his sleep",
        "my little one pinched my nose and laughed",
        "the puppy is smothering me with kisses",
        "I can barely breathe in this cramped bedsit, we need a bigger place",
    ],
)
def test_surprises_work_tasks_hugs_games_and_small_flats_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("my dad would kill me if he knew I was talking to you", "danger_abuse"),
        ("my boss locks me in the storeroom overnight and won't let me leave", "danger_abuse"),
        ("my son beat me again last night", "danger_abuse"),
        ("the baby is choking", "medical_emergency"),
    ],
)
def test_the_new_figures_of_speech_leave_real_danger_alone(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


def test_affairs_put_in_order_with_nothing_about_a_solicitor_or_a_will_is_still_suicidal(
    detector: NeedDetector,
) -> None:
    assert detector.detect("I'm getting my affairs in order. Nobody will have to sort anything out after").crisis == (
        "suicide_self_harm"
    )
