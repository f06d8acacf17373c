"""Crisis: everyday complaints the learned crisis layer scored near its threshold once more training
messages moved it (tenth session) are read as figures of speech, while the crises they resemble stay
crises."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "I wish I didn't wake up so groggy every morning, is there a sleep group?",
        "honestly I hope I don't wake up feeling this knackered tomorrow",
        "that hill up to the surgery will be the end of me",
        "these night shifts are going to be the death of me",
        "my little boy almost choked on a grape at tea but he coughed it up straight away",
        "gonna strangle my flatmate, she used all the hot water again",
        "I'll murder my brother when he's back, he scoffed all my crisps",
        "losing my nan is hitting me harder this year than when it happened",
        "the divorce is hitting me all over again now the house is sold",
    ],
)
def test_everyday_complaints_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("I wish I didn't wake up at all, I've had enough of everything", "suicide_self_harm"),
        ("I hope I don't wake up tomorrow", "suicide_self_harm"),
        ("my dad is choking on his dinner and he can't cough it up, he's going blue", "medical_emergency"),
        ("he says he's going to kill my sister when she gets home and he's got a knife", "danger_abuse"),
        ("my partner keeps hitting me harder every time he drinks", "danger_abuse"),
    ],
)
def test_the_crises_they_resemble_are_still_crises(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


@pytest.mark.parametrize(
    "message",
    [
        "we're three months behind on the rent and the landlord is threatening to kick us out",
        "got a section 21 today, he says he'll put us out by March",
        "gave my old laptop to my niece, won't be needing it since I got a new one",
    ],
)
def test_an_eviction_threat_and_a_gift_with_an_ordinary_reason_are_not_crises(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("behind on rent and he's threatening to kick us out, he's got a knife", "danger_abuse"),
        ("gave my laptop and my guitar to my niece, I won't be needing them after this weekend", "suicide_self_harm"),
    ],
)
def test_the_same_words_with_a_weapon_or_no_future_are_still_crises(
    detector: NeedDetector, message: str, crisis: str
) -> None:
    assert detector.detect(message).crisis == crisis
