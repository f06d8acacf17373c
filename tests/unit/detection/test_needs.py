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
        ("loneliness_isolation", "weeks go by in this bedsit and I've nobody to see"),
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


@pytest.mark.parametrize(
    ("message", "over", "current"),
    [
        (
            "my gambling got out of hand when I was younger, these days I just want to get fit",
            "substance_use",
            "physical_activity",
        ),
        (
            "I had a gambling problem years back, clean since then, and I'd like to find some volunteering",
            "substance_use",
            "employment_skills",
        ),
        (
            "I had a breast cancer scare three years ago but I've got the all clear now, I'd love to join a choir",
            "long_term_condition",
            "activities_learning",
        ),
        (
            "I was really depressed after my divorce but I'm much better now, I'm after a pottery class",
            "mental_wellbeing",
            "activities_learning",
        ),
        (
            "we owed thousands on credit cards but a debt charity dealt with it, I want to get back into work",
            "debt_money",
            "employment_skills",
        ),
        (
            "I had a mini stroke last spring and the physio is finished now, I want to keep active",
            "long_term_condition",
            "physical_activity",
        ),
    ],
)
def test_a_problem_told_as_over_is_not_a_need(detector: NeedDetector, message: str, over: str, current: str) -> None:
    detection = detector.detect(message)

    assert over not in detection.needs
    assert current in detection.needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("I had a gambling problem years ago and now it's creeping back", "substance_use"),
        ("I used to drink a lot and I still drink most nights", "substance_use"),
        ("we've been in debt for years and it's getting worse", "debt_money"),
        ("been sober for six months and terrified of a relapse", "substance_use"),
        ("I've been on my own since the divorce five years ago", "loneliness_isolation"),
        ("my wife died two years ago and the house is so quiet", "bereavement"),
        ("lost my dad a few years back and I still can't talk about it", "bereavement"),
    ],
)
def test_a_problem_still_there_or_back_is_still_a_need(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


def test_a_short_fragment_is_read_with_its_clause(detector: NeedDetector) -> None:
    detection = detector.detect("I owe £1,420 to the energy company for gas and electric")

    assert "debt_money" in detection.needs
    assert "food_fuel" not in detection.needs


def test_a_fuel_need_in_its_own_clause_is_still_found(detector: NeedDetector) -> None:
    assert "food_fuel" in detector.detect("the meter's run out and I can't afford the electric").needs


@pytest.mark.parametrize(
    "message",
    [
        "I'm not ok for money this month, the car needs fixing",
        "our finances aren't sorted and I'm panicking",
        "we're never fine for money by the end of the month",
        "money's not great at the minute to be honest",
    ],
)
def test_a_denial_turned_round_is_still_a_need(detector: NeedDetector, message: str) -> None:
    assert "debt_money" in detector.detect(message).needs


@pytest.mark.parametrize(
    "message",
    [
        "I haven't got anyone to talk to about how I feel since he left",
        "there's nobody I can talk to about any of it, my family aren't bothered",
        "I don't want a befriender, I want to get out and meet people my age",
    ],
)
def test_having_nobody_to_talk_to_or_turning_down_one_kind_of_help_is_still_loneliness(
    detector: NeedDetector, message: str
) -> None:
    assert "loneliness_isolation" in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "wrong", "right"),
    [
        (
            "I'd really like someone to talk to about how I feel, not a doctor",
            "loneliness_isolation",
            "mental_wellbeing",
        ),
        ("revising for my GCSEs and feeling the pressure", "employment_skills", "mental_wellbeing"),
        ("the flat seems really quiet and empty these days", "mental_wellbeing", "loneliness_isolation"),
        ("I'm a single mum and I'd like to get fit", "family_parenting", "physical_activity"),
        ("our old cat had to be put down last week and the house is so quiet", "bereavement", "loneliness_isolation"),
    ],
)
def test_a_cue_word_in_another_sense_does_not_name_that_need(
    detector: NeedDetector, message: str, wrong: str, right: str
) -> None:
    detection = detector.detect(message)

    assert wrong not in detection.needs
    assert right in detection.needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("I've got no one to talk to most days", "loneliness_isolation"),
        ("I left school without any GCSEs and want to get a job", "employment_skills"),
        ("I feel empty inside all the time", "mental_wellbeing"),
        ("I'm so fed up with everything lately", "mental_wellbeing"),
        ("struggling as a single dad with two toddlers", "family_parenting"),
        ("my brother passed away in the spring", "bereavement"),
    ],
)
def test_the_same_cue_words_in_their_own_sense_still_name_the_need(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("can't put the heating on, no money till Friday", "food_fuel"),
        ("the bedroom is baltic and we're skint", "food_fuel"),
        ("can't get the leccy on for the kids' tea", "food_fuel"),
        ("been worryin bout the rent for weeks", "debt_money"),
        ("been down in the dumps all week", "mental_wellbeing"),
    ],
)
def test_dialect_and_dropped_g_are_understood(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "turned_down", "wanted"),
    [
        ("I don't need food parcels, it's the council tax letters I need help with", "food_fuel", "debt_money"),
        ("not after therapy, I just want to join a gym", "mental_wellbeing", "physical_activity"),
        ("no worries about money, I'd like to find a book club", "debt_money", "activities_learning"),
        ("we're ok for housing, it's the rows at home with our teenager", "housing", "family_parenting"),
    ],
)
def test_a_need_turned_down_by_name_is_left_out(
    detector: NeedDetector, message: str, turned_down: str, wanted: str
) -> None:
    detection = detector.detect(message)

    assert turned_down not in detection.needs
    assert wanted in detection.needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("we need a food bank this week", "food_fuel"),
        ("I'm 18 and not in work or training, no clue what to do next", "employment_skills"),
    ],
)
def test_asking_for_a_need_or_being_out_of_work_is_not_a_denial(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    "message",
    [
        "me and my dad fell out months ago and we don't talk",
        "I only get to see my daughter at weekends since the split",
        "my sister and I haven't spoken in two years",
    ],
)
def test_a_family_falling_out_is_a_family_need(detector: NeedDetector, message: str) -> None:
    assert "family_parenting" in detector.detect(message).needs


def test_speaking_to_nobody_is_loneliness_not_a_family_need(detector: NeedDetector) -> None:
    detection = detector.detect("I haven't spoken to anyone all week")

    assert "loneliness_isolation" in detection.needs
    assert "family_parenting" not in detection.needs


@pytest.mark.parametrize(
    ("message", "theirs"),
    [
        ("my gran drinks far too much and I end up doing her shopping and cleaning", "substance_use"),
        ("grandad's heart failure is getting worse and I sort all his tablets now", "long_term_condition"),
        ("my stepdad's an alcoholic and I'm the one who looks after my mum", "substance_use"),
    ],
)
def test_someone_elses_drinking_or_illness_is_a_carer_need(detector: NeedDetector, message: str, theirs: str) -> None:
    detection = detector.detect(message)

    assert "carer_support" in detection.needs
    assert theirs not in detection.needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("I've been drinking every night since I lost my job", "substance_use"),
        ("my arthritis is getting worse and I can't manage the stairs", "long_term_condition"),
    ],
)
def test_the_writers_own_drinking_or_illness_is_still_their_need(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need in detector.detect(message).needs


def test_a_parent_leaving_home_is_a_family_need(detector: NeedDetector) -> None:
    assert (
        "family_parenting" in detector.detect("since my mum walked out me and my brother are on our own with dad").needs
    )


@pytest.mark.parametrize(
    ("message", "theirs", "need"),
    [
        ("my brother gambles every penny and I'm the one looking after our mum", "substance_use", "carer_support"),
        ("my teenager has started vaping and we row about it every night", "substance_use", "family_parenting"),
    ],
)
def test_someone_elses_habit_gives_the_writer_no_learned_need_for_it(
    detector: NeedDetector, message: str, theirs: str, need: str
) -> None:
    detection = detector.detect(message)

    assert theirs not in detection.needs
    assert need in detection.needs


def test_a_settled_condition_is_left_out_of_the_whole_message(detector: NeedDetector) -> None:
    detection = detector.detect("my blood pressure is stable now. what worries me is the bills piling up")

    assert "long_term_condition" not in detection.needs
    assert "debt_money" in detection.needs


def test_being_looked_after_is_not_a_carer_need(detector: NeedDetector) -> None:
    detection = detector.detect("I've got Parkinson's and my daughter does everything for me now")

    assert "carer_support" not in detection.needs
    assert "long_term_condition" in detection.needs


def test_looking_after_someone_is_still_a_carer_need(detector: NeedDetector) -> None:
    assert "carer_support" in detector.detect("I do everything for my mum now she can't walk").needs


def test_having_had_friends_before_is_a_loss_now(detector: NeedDetector) -> None:
    assert (
        "loneliness_isolation"
        in detector.detect("I used to have so many friends before I went into a wheelchair").needs
    )


def test_having_had_a_problem_years_ago_is_still_over(detector: NeedDetector) -> None:
    detection = detector.detect("I used to have gambling debts years ago")

    assert "debt_money" not in detection.needs
    assert "substance_use" not in detection.needs


def test_a_past_hurt_that_still_troubles_the_writer_is_not_over(detector: NeedDetector) -> None:
    detection = detector.detect("I was bullied by my manager a few years ago, I still have nightmares about it")

    assert "mental_wellbeing" in detection.needs


def test_a_past_hurt_said_to_be_behind_the_writer_is_over(detector: NeedDetector) -> None:
    detection = detector.detect("I was bullied at college ten years ago but it's all behind me now")

    assert "mental_wellbeing" not in detection.needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("would appreciate help finding a job near Bicester", "employment_skills"),
        ("I want to improve my English so I can talk to the doctor", "activities_learning"),
        ("just left care and need accommodation", "housing"),
        ("I've got no furniture in my new flat", "housing"),
        ("there's a lot of strain in our marriage since the baby came", "family_parenting"),
        ("we're not after a food bank, just help paying the energy bill", "food_fuel"),
        ("the bungalow is falling to pieces and the council won't come", "housing"),
    ],
)
def test_plain_asks_name_their_need(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


def test_housing_turned_down_by_name_stays_out(detector: NeedDetector) -> None:
    assert "housing" not in detector.detect("I don't need housing, I need a job").needs


def test_a_home_falling_apart_is_not_the_writers_mood(detector: NeedDetector) -> None:
    assert (
        "mental_wellbeing" not in detector.detect("the bungalow is falling to pieces and the council won't come").needs
    )
    assert "mental_wellbeing" in detector.detect("I'm falling apart since the divorce").needs


def test_a_relative_holding_the_writers_money_is_not_a_carer_need(detector: NeedDetector) -> None:
    assert "carer_support" in detector.cues.needs_blanked("my brother controls my bank card and what i spend")
    assert "carer_support" not in detector.detect("my brother controls my bank card and what I spend").needs
    assert "carer_support" in detector.detect("I look after my mum and sort all her money").needs


@pytest.mark.parametrize(
    "message",
    [
        "we're alright for the electric, it's food we can't afford this week",
        "food's ok but we're not ok for heating since the price went up",
    ],
)
def test_turning_down_one_half_of_food_and_fuel_keeps_the_other(detector: NeedDetector, message: str) -> None:
    assert "food_fuel" in detector.detect(message).needs


def test_turning_down_both_food_and_heating_leaves_food_fuel_out(detector: NeedDetector) -> None:
    assert "food_fuel" not in detector.detect("we're fine for food and heating, it's the rent I'm behind on").needs


def test_an_everyday_cost_out_of_reach_is_a_money_need(detector: NeedDetector) -> None:
    assert "debt_money" in detector.detect("the cat needs an operation and I can't afford the vet bills").needs
    assert (
        "debt_money"
        not in detector.detect("the vet says the dog is fine now, I just want to get out walking more").needs
    )


def test_a_partner_leaving_is_not_a_bereavement(detector: NeedDetector) -> None:
    message = "my husband left me for his best mate's wife and I'm in bits"

    assert "bereavement" in detector.cues.needs_blanked("my husband left me for his best mates wife")
    assert "bereavement" not in detector.detect(message).needs
    assert "bereavement" in detector.detect("my husband passed away in June and I can't stop crying").needs
