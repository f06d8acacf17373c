"""Crisis signs told without the usual words, found by the fifth check set (crisis_messages/fifth_crisis_check_set.yml):
text-speak, fear of oneself, wishing not to wake, someone else's overdose, collapse, one-sided numbness, labour,
slow breathing and choking; each with the near miss that stays calm (past overdoses, routine tablets, old
symptoms, a joke about food)."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "wot is the point of me bein alive, every1 wud be happier",
        "I'm frightened of what I'd do if I'm left alone tonight",
        "I keep wishing I wouldn't wake up",
    ],
)
def test_text_speak_fear_of_oneself_and_wishing_not_to_wake_are_suicidal(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "I hope I don't wake up the baby",
        "I wish I wouldn't wake up so tired",
        "I'm worried about what I'll do for work after the factory shuts",
    ],
)
def test_waking_the_baby_tiredness_and_work_worries_are_not_suicidal(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my brother has overdosed on his meds, he's very sleepy",
        "we found dad on the bathroom floor, he's not moving",
        "i can't feel my right arm and my face feels funny",
        "took a month's supply of my antidepressants",
        "her waters have broken and the ambulance isn't here",
        "my nan is breathing really slowly and she feels cold",
        "my little girl is choking on a sweet",
        "he had chest pains yesterday and they're back now, worse",
    ],
)
def test_overdoses_by_others_collapse_stroke_labour_and_choking_are_medical(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "she overdosed in 2015 and is now a peer mentor",
        "my daughter overdosed on paracetamol at 15, she's 20 now and doing well",
        "I overdosed on sugar at the party lol",
        "found my mum on the kitchen floor last week after a fall, she's fine now",
        "breathing slowly and deeply helps me when I panic",
        "my GP gave me a month's supply of my tablets",
        "my waters went at 38 weeks with my daughter, is there a postnatal group",
        "I can't feel my left hand since the accident, need physio",
        "dad took his tablets this morning as usual, can someone pop in at lunch",
        "she was having chest pains last week but the ECG was normal",
        "my sister says she'll murder me if I eat the last doughnut haha",
    ],
)
def test_past_overdoses_routine_tablets_and_old_symptoms_are_not_emergencies(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis is None
