"""Needs: the detector reads what residents mean, not only the words the taxonomy uses."""

import pytest

from index.detection import NeedDetector
from index.taxonomy import load_taxonomy


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("the gas and electric letters keep coming and I can't pay any of them", "debt_money"),
        ("nobody has phoned me in about a month and I don't go out", "loneliness_isolation"),
        ("we've been told to leave the flat by the end of next month and have nowhere lined up", "housing"),
        ("there's only a tin of beans left and payday isn't till next week", "food_fuel"),
        ("my mum can't be left on her own now and I do all her washing and meals", "carer_support"),
        ("I've had a knot in my stomach for weeks and I can't switch my brain off at night", "mental_wellbeing"),
    ],
)
def test_indirect_wording_is_understood(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("im so lonley n dont no any1 round here", "loneliness_isolation"),
        ("cant aford food 4 the kids this week", "food_fuel"),
        ("landlord sayin hes evictin us", "housing"),
        ("drinkin every nite now, need 2 stop", "substance_use"),
        ("lookin 4 a job, got no qualifcations", "employment_skills"),
    ],
)
def test_misspellings_and_text_speak_are_understood(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


def test_several_needs_in_one_message_are_all_found(detector: NeedDetector) -> None:
    detection = detector.detect(
        "Since my husband died I've been on my own in the house, and now the council tax "
        "arrears letters have started and I can't face opening them."
    )

    assert {"bereavement", "debt_money"} <= set(detection.needs)


def test_a_need_mentioned_in_passing_in_a_long_message_is_found(detector: NeedDetector) -> None:
    detection = detector.detect(
        "Hi, my GP said to get in touch. I'm 58, I live in Witney and I used to work on the buses. "
        "I've got COPD now and get breathless walking to the shop. My daughter visits on Sundays."
    )

    assert "long_term_condition" in detection.needs


def test_a_denied_need_is_left_out_and_the_real_one_kept(detector: NeedDetector) -> None:
    detection = detector.detect("not lonely at all, just skint")

    assert "loneliness_isolation" not in detection.needs
    assert "debt_money" in detection.needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("I'm not coping with the gas bills any more", "debt_money"),
        ("we are not managing with the rent on this flat", "housing"),
    ],
)
def test_not_coping_is_a_struggle_not_a_denial(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


def test_a_denied_debt_is_not_reported(detector: NeedDetector) -> None:
    detection = detector.detect("I'm not in debt, I'd just like to join a walking group")

    assert "debt_money" not in detection.needs
    assert "physical_activity" in detection.needs


@pytest.mark.parametrize(
    "message",
    [
        "hello",
        "hiya, good morning",
        "thank you, that's really helpful",
        "what is this?",
        "is this service free and who will see what I write?",
        "ok",
    ],
)
def test_messages_without_a_need_report_none(detector: NeedDetector, message: str) -> None:
    detection = detector.detect(message)

    assert detection.needs == []
    assert detection.crisis is None


def test_needs_are_taxonomy_keys_ordered_by_score(detector: NeedDetector) -> None:
    detection = detector.detect("behind on the rent, the flat is full of mould and I feel so alone")
    keys = set(load_taxonomy().need_keys)

    assert detection.needs
    assert set(detection.needs) <= keys
    scores = [detection.scores[need] for need in detection.needs]
    assert scores == sorted(scores, reverse=True)


def test_every_need_and_crisis_type_has_a_score_between_0_and_1(detector: NeedDetector) -> None:
    detection = detector.detect("I could do with some company")
    taxonomy = load_taxonomy()

    assert set(detection.scores) == set(taxonomy.need_keys) | set(taxonomy.crisis_types)
    assert all(0.0 <= score <= 1.0 for score in detection.scores.values())
