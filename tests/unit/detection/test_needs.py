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


@pytest.mark.parametrize(
    ("need", "message"),
    [
        ("loneliness_isolation", "nobody's been round to see me since the clocks went back"),
        ("loneliness_isolation", "I have my tea on my own in front of the telly every night"),
        ("loneliness_isolation", "all my mates have drifted off since I moved to Reading"),
        ("loneliness_isolation", "I'm new to this town and haven't got any family round here"),
        ("loneliness_isolation", "since the kids moved out the evenings are so long"),
        ("loneliness_isolation", "cant remember the last time i saw my friends"),
        ("long_term_condition", "my COPD flares up every winter and I can hardly get about"),
        ("long_term_condition", "my sugar levels are all over the place with the new insulin"),
        ("long_term_condition", "my knees are shot and I'm on the waiting list for a new hip"),
        ("long_term_condition", "since I had a stroke my right side has been weak"),
        ("long_term_condition", "my legs aren't what they were and the stairs are a struggle"),
        ("mental_wellbeing", "I'm lying awake every night and crying a lot in the day"),
        ("mental_wellbeing", "I've been proper low and can't be bothered with anything"),
        ("mental_wellbeing", "I get panicky and jittery whenever I'm in a crowd"),
        ("family_parenting", "my 14 year old is kicking off every night and the school keep ringing"),
        ("family_parenting", "there's constant rows at home since me and my husband separated"),
        ("family_parenting", "my son won't listen to a word I say and has got in with a bad crowd"),
        ("carer_support", "I help my husband wash and dress since his stroke"),
        ("carer_support", "my mum needs me round the clock and I never get a break from caring"),
        ("carer_support", "I sort all her tablets and meals every day"),
        ("loneliness_isolation", "I feel totally cut off since I gave up the car"),
        ("loneliness_isolation", "I don't get out much anymore and the house is far too quiet"),
        ("loneliness_isolation", "it's strange doing the shopping just for one"),
        ("long_term_condition", "I can't do the garden what with my knees"),
        ("mental_wellbeing", "I've hit rock bottom and I've lost my spark"),
        ("mental_wellbeing", "I've not felt myself for months, everything's an effort"),
        ("loneliness_isolation", "the evenings feel so empty since she left"),
        ("loneliness_isolation", "I just rattle around in this house now"),
        ("mental_wellbeing", "I keep getting flashbacks and I hate myself for it"),
        ("mental_wellbeing", "I've been getting bullied at work for months"),
        ("carer_support", "I get my dad up and washed before I go to work"),
        ("carer_support", "my wife relies on me for everything now"),
        ("long_term_condition", "I get so breathless just going up the stairs"),
        ("long_term_condition", "I've had sciatica for years and it's getting worse"),
    ],
)
def test_indirect_wording_for_the_harder_needs_is_understood(detector: NeedDetector, need: str, message: str) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("the house is lovely and quiet now the builders have gone", "loneliness_isolation"),
        ("my mum's hips are bad so I do her shopping", "long_term_condition"),
        ("I'm down to my last tenner until Friday", "mental_wellbeing"),
        ("the pharmacist helped me get my tablets sorted", "carer_support"),
        ("the gas was cut off when we moved in", "loneliness_isolation"),
        ("I'm stuck at home waiting for the engineer today", "loneliness_isolation"),
        ("I need help with my back garden, it's overgrown", "long_term_condition"),
        ("my daughter is being bullied at school", "mental_wellbeing"),
        ("I get out of breath running for the bus, I want to get fitter", "long_term_condition"),
        ("the rattle in my car is driving me up the wall", "loneliness_isolation"),
        ("I broke my wrist slipping on the ice outside the Co-op", "debt_money"),
        ("the washing machine broke down on Sunday, typical", "debt_money"),
    ],
)
def test_everyday_wording_near_the_new_cues_is_not_read_as_that_need(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need not in detector.detect(message).needs


def test_several_needs_in_one_message_are_all_found(detector: NeedDetector) -> None:
    detection = detector.detect(
        "Since my husband died I've been on my own in the house, and now the council tax "
        "arrears letters have started and I can't face opening them."
    )

    assert {"bereavement", "debt_money"} <= set(detection.needs)


@pytest.mark.parametrize(
    "message",
    ["my mum and dad argue all the time and I feel really down", "my parents keep fighting and I can't sleep"],
)
def test_parents_arguing_is_a_family_need_as_well_as_how_it_feels(detector: NeedDetector, message: str) -> None:
    detection = detector.detect(message)

    assert {"family_parenting", "mental_wellbeing"} <= set(detection.needs)


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


@pytest.mark.parametrize(
    "message", ["honestly we're flat broke until the end of the month", "I'm always broke by the 20th"]
)
def test_broke_for_money_is_a_money_need(detector: NeedDetector, message: str) -> None:
    assert "debt_money" in detector.detect(message).needs


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


@pytest.mark.parametrize(
    "message",
    [
        "my dad with dementia keeps wandering off at night",
        "since her stroke I've been doing mum's shopping and cleaning",
        "my wife's got Parkinson's now and I have to help her with everything",
    ],
)
def test_a_relatives_illness_is_a_carer_need_not_the_writers_condition(detector: NeedDetector, message: str) -> None:
    detection = detector.detect(message)

    assert "carer_support" in detection.needs
    assert "long_term_condition" not in detection.needs


def test_a_carer_who_names_their_own_condition_has_both_needs(detector: NeedDetector) -> None:
    detection = detector.detect("I care for my mum who has dementia, and my own diabetes is getting worse")

    assert {"carer_support", "long_term_condition"} <= set(detection.needs)


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("my asthma is well controlled these days, it's the loneliness I need help with", "loneliness_isolation"),
        ("I've had epilepsy since school but it's under control, I'm just skint", "debt_money"),
        ("I'm on top of my arthritis fine, I'd like to find a choir", "activities_learning"),
    ],
)
def test_a_condition_under_control_is_not_a_need(detector: NeedDetector, message: str, need: str) -> None:
    detection = detector.detect(message)

    assert need in detection.needs
    assert "long_term_condition" not in detection.needs


@pytest.mark.parametrize(
    "message",
    [
        "I have diabetes and it's getting me down",
        "my COPD is getting worse and I can't get to the shops",
        "I'm waiting for a hip replacement and I'm in agony",
    ],
)
def test_a_condition_that_troubles_the_writer_is_still_a_need(detector: NeedDetector, message: str) -> None:
    assert "long_term_condition" in detector.detect(message).needs


@pytest.mark.parametrize(
    "message",
    [
        "I'm getting back on my feet after my knee op and want some gentle exercise",
        "recovering from hip surgery and looking to build my strength back up",
    ],
)
def test_recovery_after_an_operation_is_getting_active_not_a_long_term_condition(
    detector: NeedDetector, message: str
) -> None:
    detection = detector.detect(message)

    assert "physical_activity" in detection.needs
    assert "long_term_condition" not in detection.needs


def test_someone_else_not_coping_is_not_the_writers_mental_wellbeing(detector: NeedDetector) -> None:
    detection = detector.detect("my mum's not coping since my grandad died")

    assert "bereavement" in detection.needs
    assert "mental_wellbeing" not in detection.needs


@pytest.mark.parametrize("message", ["I'm not coping since the baby came", "honestly I can't cope with it all"])
def test_the_writer_not_coping_is_still_mental_wellbeing(detector: NeedDetector, message: str) -> None:
    assert "mental_wellbeing" in detector.detect(message).needs
