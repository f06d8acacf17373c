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


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("Boxing Day was just me on my own again", "loneliness_isolation"),
        ("there's nobody nearby to lean on", "loneliness_isolation"),
        ("I've got no family nearby", "loneliness_isolation"),
        ("the reminders keep coming through the door", "debt_money"),
        ("I've been kipping on my cousin's couch for a month", "housing"),
        ("I can't get into the bath any more", "housing"),
        ("I struggle to get in and out of the bath", "housing"),
        ("I want my own place so badly", "housing"),
        ("I'd just like somebody who will listen", "mental_wellbeing"),
        ("I've been in pieces since the break-up", "mental_wellbeing"),
        ("I feel like I'm sinking", "mental_wellbeing"),
        ("my work trousers don't fit me any more", "physical_activity"),
        ("is there a social supermarket near Didcot", "food_fuel"),
        ("we've got nothing in", "food_fuel"),
        ("the electric's on emergency again", "food_fuel"),
        ("can I get help at the food bank", "food_fuel"),
        ("I used to help at the food bank, now I'm having to use it", "food_fuel"),
        ("I do my nan's shopping and cleaning every week", "carer_support"),
        ("I want to work on a farm", "employment_skills"),
        ("since the missus passed I can't settle", "bereavement"),
        ("it's two years tomorrow since Mark passed", "bereavement"),
        ("I'm struggling with grief since mum died", "bereavement"),
        ("I've got ME and I'm in bed most days", "long_term_condition"),
        ("does anyone run a crochet group", "activities_learning"),
        ("any toddler groups round here?", "family_parenting"),
        ("the drinking is wrecking our marriage", "family_parenting"),
        ("I keep snapping at my kids and feel awful after", "family_parenting"),
        ("shouting at the kids, drinking too much", "family_parenting"),
        ("my dad's thrown me out after a row", "family_parenting"),
        ("my ex kept me from seeing my friends when we were together, I am out of it now", "domestic_abuse"),
    ],
)
def test_new_wording_names_its_need(detector: NeedDetector, message: str, need: str) -> None:
    detection = detector.detect(message)

    assert need in detection.needs
    assert detection.crisis is None


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("letters keep coming from the hospital about my appointment", "debt_money"),
        ("I've been on the sofa all day watching telly", "housing"),
        ("I can't get the kids into the bath without a fight", "housing"),
        ("the kids never listen to me", "mental_wellbeing"),
        ("the car is in bits on the drive", "mental_wellbeing"),
        ("I feel like I'm drowning in paperwork for the house sale", "mental_wellbeing"),
        ("the school uniform doesn't fit my son any more", "physical_activity"),
        ("there's nothing in the post today", "food_fuel"),
        ("I do my own shopping online these days", "carer_support"),
        ("the missus passed her driving test today", "bereavement"),
        ("it's a year since he went to Australia", "bereavement"),
        ("I've got me mum coming round later", "long_term_condition"),
        ("we're a close-knit family", "activities_learning"),
        ("the rain ruined our wedding photos", "family_parenting"),
        ("the pub kicked me out at closing", "family_parenting"),
        ("my partner's diabetes is well controlled", "domestic_abuse"),
        ("my ex won't let me see the kids", "domestic_abuse"),
    ],
)
def test_near_misses_of_the_new_wording_stay_calm(detector: NeedDetector, message: str, need: str) -> None:
    assert need not in detector.detect(message).needs


@pytest.mark.parametrize(
    ("normalised", "need"),
    [
        ("christmas was just me and my husband this year", "loneliness_isolation"),
        ("the teachers are shouting at the kids in the playground", "family_parenting"),
    ],
)
def test_near_misses_of_the_new_wording_name_no_cue(detector: NeedDetector, normalised: str, need: str) -> None:
    assert need not in detector.cues.needs_named(normalised)


@pytest.mark.parametrize(
    ("message", "theirs", "need"),
    [
        ("my aunt has no family nearby so I pop in daily and do her shopping", "loneliness_isolation", "carer_support"),
        ("I'd like to volunteer at a food bank", "food_fuel", "employment_skills"),
        ("I'm settled in my own flat now, I'd like to find a book club", "housing", "activities_learning"),
        ("my landlord's been giving me grief about the bins", "bereavement", "housing"),
        ("I want to work on my fitness", "employment_skills", "physical_activity"),
    ],
)
def test_wording_about_someone_else_or_in_another_sense_does_not_name_the_need(
    detector: NeedDetector, message: str, theirs: str, need: str
) -> None:
    detection = detector.detect(message)

    assert theirs not in detection.needs
    assert need in detection.needs


@pytest.mark.parametrize(
    ("normalised", "need"),
    [
        ("boxing day was just me on my own again", "loneliness_isolation"),
        ("theres nobody nearby to lean on", "loneliness_isolation"),
        ("the reminders keep coming through the door", "debt_money"),
        ("ive been kipping on my cousins couch for a month", "housing"),
        ("i cant get into the bath any more", "housing"),
        ("i struggle to get in and out of the bath", "housing"),
        ("id just like somebody who will listen", "mental_wellbeing"),
        ("ive been in pieces since the break-up", "mental_wellbeing"),
        ("i feel like im sinking", "mental_wellbeing"),
        ("my work trousers dont fit me any more", "physical_activity"),
        ("is there a social supermarket near didcot", "food_fuel"),
        ("weve got nothing in", "food_fuel"),
        ("the electrics on emergency again", "food_fuel"),
        ("i do my nans shopping and cleaning every week", "carer_support"),
        ("since the missus passed i cant settle", "bereavement"),
        ("its two years tomorrow since mark passed", "bereavement"),
        ("ive got me and im in bed most days", "long_term_condition"),
        ("does anyone run a crochet group", "activities_learning"),
        ("any toddler groups round here", "family_parenting"),
        ("the drinking is wrecking our marriage", "family_parenting"),
        ("i keep snapping at my kids", "family_parenting"),
        ("shouting at the kids", "family_parenting"),
        ("my dads thrown me out after a row", "family_parenting"),
        ("my ex kept me from seeing my friends when we were together", "domestic_abuse"),
    ],
)
def test_the_new_cues_name_their_need(detector: NeedDetector, normalised: str, need: str) -> None:
    assert need in detector.cues.needs_named(normalised)


@pytest.mark.parametrize(
    ("normalised", "need", "blanked"),
    [
        ("my aunt has no family nearby", "loneliness_isolation", True),
        ("ive got no family nearby", "loneliness_isolation", False),
        ("id like to volunteer at a food bank", "food_fuel", True),
        ("i used to help at the food bank", "food_fuel", False),
        ("im settled in my own flat now", "housing", True),
        ("i want to live in my own flat", "housing", False),
        ("my landlords been giving me grief", "bereavement", True),
        ("im full of grief", "bereavement", False),
    ],
)
def test_the_new_blanks_speak_only_for_someone_else_or_another_sense(
    detector: NeedDetector, normalised: str, need: str, blanked: bool
) -> None:
    assert (need in detector.cues.needs_blanked(normalised)) is blanked


@pytest.mark.parametrize(
    ("message", "over", "current"),
    [
        ("I used to be lonely but now I want to get fitter", "loneliness_isolation", "physical_activity"),
        (
            "I used to look after my dad until he went into a home, now I'd like some volunteering",
            "carer_support",
            "employment_skills",
        ),
        (
            "my knees used to be awful but the new ones are great, I'd like a walking group",
            "long_term_condition",
            "physical_activity",
        ),
        (
            "we paid it all off through the debt charity last year, now I'd like to find a choir",
            "debt_money",
            "activities_learning",
        ),
    ],
)
def test_a_feeling_role_or_debt_told_as_over_is_not_a_need(
    detector: NeedDetector, message: str, over: str, current: str
) -> None:
    detection = detector.detect(message)

    assert over not in detection.needs
    assert current in detection.needs


@pytest.mark.parametrize(
    "message", ["the mould has been sorted now", "used the food bank at Christmas but things are a lot better now"]
)
def test_a_problem_said_to_be_put_right_is_not_a_need(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).needs == []


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("I used to be lonely and I still am", "loneliness_isolation"),
        ("I used to look after my dad and now I look after my mum too", "carer_support"),
        ("the damp in the bedroom still hasn't been fixed", "housing"),
        ("we can't pay it off", "debt_money"),
        ("things are better now but the cupboards are empty again", "food_fuel"),
    ],
)
def test_a_problem_still_there_is_still_a_need(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("normalised", "following", "past"),
    [
        ("i used to feel really isolated", "", True),
        ("i used to be lonely", "its getting worse", False),
        ("my hip used to be agony", "", True),
        ("my hip used to be fine", "", False),
    ],
)
def test_past_wording_and_what_follows_it(detector: NeedDetector, normalised: str, following: str, past: bool) -> None:
    assert detector.cues.is_past(normalised, following) is past


@pytest.mark.parametrize(
    ("normalised", "resolved"),
    [
        ("the leak has been fixed", True),
        ("my arrears were cleared last year", True),
        ("we paid them all off with the help of citizens advice", True),
        ("things are a lot better now were both working", True),
        ("nothings been fixed", False),
        ("the leak still hasnt been fixed", False),
        ("we cant pay them off", False),
        ("things are getting worse", False),
    ],
)
def test_wording_that_puts_a_problem_right(detector: NeedDetector, normalised: str, resolved: bool) -> None:
    assert detector.cues.is_resolved(normalised) is resolved


@pytest.mark.parametrize(
    "message",
    [
        "will somebody be in touch with me soon?",
        "how do I know anybody will get back to me?",
        "can my son use this for me?",
        "who else gets to read what I've typed?",
    ],
)
def test_a_question_about_the_service_itself_carries_no_need(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).needs == []


@pytest.mark.parametrize(
    "message",
    [
        "I'm so lonely, when will someone ring me?",
        "could someone phone me for a chat once a week?",
        "will anyone ever ring me? it's been weeks",
        "does anybody ever visit the old folk on our road? I haven't seen a soul since October",
        "I do wonder if my son will ever come round again",
    ],
)
def test_a_call_wanted_for_company_is_still_loneliness(detector: NeedDetector, message: str) -> None:
    assert "loneliness_isolation" in detector.detect(message).needs


@pytest.mark.parametrize(
    ("normalised", "about_the_service"),
    [
        ("how soon will a link worker get back to me", True),
        ("can my son fill this in for me", True),
        ("will anyone ever ring me", False),
        ("could someone ring me for a natter", False),
        ("how long since anyone rang me", False),
    ],
)
def test_wording_that_asks_about_the_service(detector: NeedDetector, normalised: str, about_the_service: bool) -> None:
    assert detector.cues.is_about_the_service(normalised) is about_the_service


@pytest.mark.parametrize(
    "message",
    [
        "I've lost my self-belief since the break up",
        "lost all my self-esteem after the divorce",
        "my self-confidence is through the floor these days",
    ],
)
def test_confidence_or_self_esteem_gone_is_mental_wellbeing(detector: NeedDetector, message: str) -> None:
    assert "mental_wellbeing" in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("I've no confidence in the housing officer", "housing"),
        ("I'd like the confidence to apply for jobs again", "employment_skills"),
        ("lost my confidence going for interviews", "employment_skills"),
    ],
)
def test_confidence_in_others_or_for_work_is_not_mental_wellbeing(
    detector: NeedDetector, message: str, need: str
) -> None:
    detection = detector.detect(message)

    assert "mental_wellbeing" not in detection.needs
    assert need in detection.needs


@pytest.mark.parametrize(
    "message",
    [
        "I like a drink on a Friday but it's never been a problem",
        "I drink wine with my tea but it's all under control",
        "a couple of glasses of wine at the weekend, nothing excessive",
    ],
)
def test_a_drink_the_writer_says_is_no_problem_is_not_substance_use(detector: NeedDetector, message: str) -> None:
    assert "substance_use" not in detector.detect(message).needs


@pytest.mark.parametrize(
    "message",
    [
        "I drink every night and can't cut down",
        "been drinking more than I'd like lately, it's getting out of hand",
    ],
)
def test_a_drink_habit_that_troubles_the_writer_is_still_substance_use(detector: NeedDetector, message: str) -> None:
    assert "substance_use" in detector.detect(message).needs


@pytest.mark.parametrize(
    ("normalised", "settled"),
    [("its never been an issue", True), ("nothing over the top", True), ("its a problem", False)],
)
def test_wording_that_says_a_drink_is_no_problem(detector: NeedDetector, normalised: str, settled: bool) -> None:
    assert ("substance_use" in detector.cues.needs_settled(normalised)) is settled


def test_money_said_plainly_not_to_be_a_worry_is_not_a_money_need(detector: NeedDetector) -> None:
    detection = detector.detect("we have enough money, I'd like to find a choir")

    assert "debt_money" not in detection.needs
    assert "activities_learning" in detection.needs
    assert "debt_money" not in detector.detect("I've got plenty of money put by, I just want to get out more").needs


def test_money_in_a_list_of_worries_is_still_a_money_need(detector: NeedDetector) -> None:
    assert "debt_money" in detector.detect("worries: the kids, money, my back").needs


@pytest.mark.parametrize(
    "message",
    [
        "the council gave me a flat but there's no cooker and no beds for the children",
        "I've no fridge or washing machine in the new place",
        "housing's fine now but I've nothing to put in the flat",
    ],
)
def test_a_new_home_with_nothing_in_it_is_a_housing_need(detector: NeedDetector, message: str) -> None:
    detection = detector.detect(message)

    assert "housing" in detection.needs
    assert "food_fuel" not in detection.needs


@pytest.mark.parametrize("message", ["the fridge is empty and there's no food in", "not even a tin of beans left"])
def test_no_food_in_the_house_is_still_food_fuel(detector: NeedDetector, message: str) -> None:
    assert "food_fuel" in detector.detect(message).needs


def test_furniture_bought_and_enjoyed_is_not_a_housing_need(detector: NeedDetector) -> None:
    assert "housing" not in detector.detect("I just bought a new sofa and love it").needs
