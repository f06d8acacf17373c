"""Needs: wording found missing or misread by the second written need probe, read generically
(each case here is new wording, not the probe's)."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("me and my brother haven't talked since the funeral", "family_parenting"),
        ("me and my dad haven't spoken for months and I want to fix it", "family_parenting"),
    ],
)
def test_a_falling_out_told_as_me_and_a_relative_is_read_as_one_clause(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "turned_down", "wanted"),
    [
        ("Money's fine, it's the loneliness that gets me", "debt_money", "loneliness_isolation"),
        ("Work's fine, it's my knees that are the problem", "employment_skills", "long_term_condition"),
    ],
)
def test_a_need_said_to_be_fine_with_a_contracted_is_is_turned_down(
    detector: NeedDetector, message: str, turned_down: str, wanted: str
) -> None:
    detection = detector.detect(message)

    assert turned_down not in detection.needs
    assert wanted in detection.needs


@pytest.mark.parametrize(
    ("normalised", "need"),
    [
        ("moneys fine", "debt_money"),
        ("works fine", "employment_skills"),
        ("my healths fine now", "long_term_condition"),
    ],
)
def test_the_contracted_is_joined_to_the_topic_is_read_as_a_denial(
    detector: NeedDetector, normalised: str, need: str
) -> None:
    assert need in detector.cues.needs_denied(normalised)


def test_money_said_not_to_be_fine_is_still_a_need(detector: NeedDetector) -> None:
    assert "debt_money" not in detector.cues.needs_denied("moneys not fine at all this month")
    assert "debt_money" in detector.detect("money's not fine at all this month").needs


@pytest.mark.parametrize(
    "message",
    [
        "my husband suffers with anxiety and I do all the driving and the forms for him",
        "I look after my daughter, she's got depression",
        "my brother is depressed and I'm his main carer",
    ],
)
def test_someone_elses_anxiety_or_depression_is_not_the_writers_mental_wellbeing(
    detector: NeedDetector, message: str
) -> None:
    detection = detector.detect(message)

    assert "mental_wellbeing" not in detection.needs
    assert "carer_support" in detection.needs


@pytest.mark.parametrize(
    "message",
    [
        "I've got anxiety and it's getting worse",
        "my partner's depression has left me feeling anxious as well",
    ],
)
def test_the_writers_own_anxiety_is_still_mental_wellbeing(detector: NeedDetector, message: str) -> None:
    assert "mental_wellbeing" in detector.detect(message).needs


def test_a_child_named_by_birth_order_is_someone_else(detector: NeedDetector) -> None:
    detection = detector.detect("my youngest has bad asthma and the flat is full of mould")

    assert "long_term_condition" not in detection.needs
    assert "housing" in detection.needs
    assert "long_term_condition" in detector.detect("I have epilepsy and I'm up most nights").needs
