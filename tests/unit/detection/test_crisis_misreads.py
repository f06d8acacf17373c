"""Five crisis misreads, each read as a family of wordings.

Caught now: a cleft sentence that names who hit ("it was my dad that hit me"), and a joking threat ("he'll kill
me if I buy another ...") that the words after it say is meant. Calm now: a woman or girl who burnt her own arm
on the oven or the kettle; a 'she' or 'he' that refers back to the parent named in the clause, and a parent's
ordinary limit on seeing friends; a lot of painkillers taken for a pain with a side effect.
"""

import re

import pytest
import yaml

from index.detection import NeedDetector
from index.detection.lexicon import CRISIS_RULES_FILE, CrisisLexicon


@pytest.mark.parametrize(
    "message",
    [
        "it was my mum's boyfriend that hit me",
        "it's my older brother that hits me when mum's at work",
        "it's her that kicked me, not my dad",
        "honestly it was my fiance that beat me",
    ],
)
def test_a_cleft_sentence_naming_who_hit_is_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "it was the silence that hit me when I got home",
        "then that kicked me into gear",
        "it was losing my nan that hit me the most",
    ],
)
def test_a_thing_or_a_loss_that_hit_me_stays_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my girlfriend will kill me if I buy another games console, she's done it before",
        "he says he'll murder me if I order more clothes and I'm terrified of him",
        "hubby will kill me if I book another holiday, he's got a really bad temper",
        "my partner said she'd kill me if I spend more on the car, she's not joking",
    ],
)
def test_a_joking_threat_said_to_be_meant_is_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my husband will kill me if I buy another pair of trainers lol",
        "the missus will kill me if I buy another fishing rod, she says the shed's full",
        "my boss will kill me if I'm late again, he's got a temper",
    ],
)
def test_a_joking_threat_with_nothing_to_say_it_is_meant_stays_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my nan burned her hand on the teapot this morning",
        "my little girl burns her fingers on the toaster every time",
        "my wife burned her wrist on the oven door getting the roast out",
    ],
)
def test_an_accidental_burn_on_something_hot_at_home_stays_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my stepdad pushed my hand onto the cooker",
        "she keeps holding my arm against the radiator",
        "he stubbed a cigarette out on my leg",
        "my boyfriend burned her arm on the hob",
    ],
)
def test_being_burned_by_someone_is_still_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


def test_burning_oneself_on_purpose_is_still_self_harm(detector: NeedDetector) -> None:
    assert detector.detect("I keep burning my hand on the hob on purpose").crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "my dad is so old fashioned and he won't let me go out",
        "my mam's dead protective and she won't let me go out",
        "my stepmum says she won't let me see my mates until my homework's done",
        "dad won't let me see my friends during exams",
    ],
)
def test_a_pronoun_for_the_parent_and_a_parents_limit_on_friends_stay_calm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my mum's great but he won't let me go out without him",
        "my girlfriend won't let me see my mates at weekends",
        "my husband won't let me talk to my sister till I've cleaned the house",
        "my dad won't let me see anyone and he locks me in the shed",
        "my mum is strict and she won't let me go out, I'm scared of her",
    ],
)
def test_a_partner_or_a_controlling_parent_is_still_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "had lots of ibuprofen for my period pains and now I feel sleepy",
        "I've had a load of co-codamol for my hip and it makes me a bit dozy",
        "I've taken a lot of painkillers as the doctor said, they make me drowsy",
    ],
)
def test_painkillers_taken_for_a_pain_with_a_side_effect_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "he's taken a load of tablets and he's really drowsy",
        "I swallowed a whole box of co-codamol",
        "she's had loads of painkillers for her back and now she's confused",
    ],
)
def test_an_overdose_is_still_caught(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis in {"medical_emergency", "suicide_self_harm"}


def test_the_rule_layer_reads_a_threat_meant_before_blanking_and_gives_both_clauses_as_evidence() -> None:
    hits = CrisisLexicon.from_file().hits("She'll kill me if I buy another coat. She means it.")

    assert [hit.crisis_type for hit in hits] == ["danger_abuse"]
    assert hits[0].clause.text == "She'll kill me if I buy another coat. She means it"


def test_every_unblanked_message_pattern_compiles_after_placeholders_are_filled() -> None:
    rules = yaml.safe_load(CRISIS_RULES_FILE.read_text(encoding="utf-8"))
    patterns = [p for spec in rules["crisis_types"].values() for p in spec.get("unblanked_message_patterns") or []]

    assert patterns
    for pattern in patterns:
        for name, value in rules["terms"].items():
            pattern = pattern.replace("{" + name + "}", value)
        re.compile(pattern)
