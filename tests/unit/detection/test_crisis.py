"""Crisis: never miss someone who may not be safe, and do not raise the alarm over an idiom or a denial."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "I want to kill myself",
        "i dont want to wake up tomorrow",
        "I've been stockpiling my sleeping tablets for a fortnight",
        "looked up how many co-codamol it would take",
        "my family would be better off if I wasn't around",
        "I keep cutting my arms when it gets bad",
        "I've written letters for each of my children and sorted out who gets the cat",
        "im gona end it all 2nite",
    ],
)
def test_suicide_and_self_harm_are_detected_including_indirect_wording(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "my boyfriend says he'll kill me if I try to leave",
        "he grabbed me by the throat last night and he's due back at six",
        "my stepmum locks me in my room and hits me",
        "I'm too frightened to go home because of what he'll do",
        "my son takes my pension every week and shoves me if I say no",
    ],
)
def test_danger_and_abuse_are_detected(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "I've got a crushing pain in my chest and my left arm is numb",
        "my dad has collapsed in the kitchen and isn't responding",
        "I swallowed about thirty paracetamol an hour ago",
        "my husband can't breathe and his lips are going blue",
        "her face has dropped on one side and she's slurring her words",
    ],
)
def test_medical_emergencies_are_detected(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


def test_a_crisis_inside_an_ordinary_message_is_detected(detector: NeedDetector) -> None:
    detection = detector.detect(
        "Hello, I'm after some help with my universal credit claim, it's been stopped again. "
        "Honestly I've got the rope in the shed ready. Also do you know any food banks in Banbury?"
    )

    assert detection.crisis == "suicide_self_harm"
    assert "debt_money" in detection.needs


def test_suicidal_crisis_also_reports_the_mental_wellbeing_need(detector: NeedDetector) -> None:
    detection = detector.detect("I don't want to be alive anymore")

    assert detection.crisis == "suicide_self_harm"
    assert "mental_wellbeing" in detection.needs


def test_danger_from_a_partner_also_reports_the_domestic_abuse_need(detector: NeedDetector) -> None:
    detection = detector.detect("my husband beats me when he's had a drink")

    assert detection.crisis == "danger_abuse"
    assert "domestic_abuse" in detection.needs


@pytest.mark.parametrize(
    "message",
    [
        "I'm not suicidal, just worn out and fed up",
        "I would never hurt myself but I do feel really low",
        "no thoughts of suicide, I'm just stressed about money",
        "this benefits form is killing me",
        "I could murder a bacon butty and a chat",
        "the kids will be the death of me",
        "I nearly died laughing at the quiz night",
        "I'm bored to death stuck in the flat",
        "I'm at the end of my tether with the housing association",
        "my mum will kill me when she sees what I spent at the shops",
    ],
)
def test_denials_and_figures_of_speech_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "I used to self harm when I was a teenager but I've been fine for years",
        "my grandad died of a heart attack years ago",
        "since my stroke in 2019 I struggle with the stairs",
        "my sister died of an overdose and I still miss her",
    ],
)
def test_past_events_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


def test_a_denial_does_not_hide_a_crisis_in_the_next_clause(detector: NeedDetector) -> None:
    detection = detector.detect("I'm not suicidal, but I took all of my tablets about twenty minutes ago")

    assert detection.crisis == "medical_emergency"
