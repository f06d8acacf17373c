"""Needs: families of wording the eighth need check set (bench/needs_probe_eighth.yml) found misread, read
generically (each case here is new wording, not the check set's). Mostly precision: a relative, a death,
caring or a condition mentioned only as background, and needs said to be sorted, over or turned down.
Each family comes with look-alikes that must keep their reading."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "need"),
    [
        # Caring said to be over or covered by others: not a carer need.
        ("Grandad moved into a nursing home in March and he's very content there. I'd like a choir", "carer_support"),
        ("my sister has MS and her husband looks after her. I'm after a bowls club for myself", "carer_support"),
        ("I'm no longer his carer these days. What I need is a job", "carer_support"),
        ("the caring has ended now. I want to get fitter", "carer_support"),
        ("We have great support with my son's care. What I'm after is help with the council tax", "carer_support"),
        ("writing for my nan who's 88. She'd love to find a knit and natter group", "carer_support"),
        # A death given as background: a first marriage, a remarriage, what a late relative used to do.
        ("My first husband passed away in 2009, I've since remarried. We'd like a dance class", "bereavement"),
        ("my late wife always did the banking, now it's all online and I haven't a clue", "bereavement"),
        # A condition said to be mild, named as life before it, or stairs blocked by clutter.
        ("I've got asthma but it's very mild. My problem is the landlord ignoring the leak", "long_term_condition"),
        ("Before my stroke I sang in a choir and I'd love to find one again", "long_term_condition"),
        ("the landing is so full of boxes you can't get up the stairs", "long_term_condition"),
        ("My breathing's back to normal now, I just want to get fitter", "long_term_condition"),
        # A problem put right, in more ways of saying so.
        ("We had a leaking roof but the landlord sorted it last week. Now I want to learn Spanish", "housing"),
        ("the boiler's fixed and the heating grant came through, cheers", "food_fuel"),
        ("our council tax arrears were written off by the council last month. I'd like a book club", "debt_money"),
        ("I'm in temporary accommodation which is fine for now, but I want to get back to work", "housing"),
        # Wanted back at work is not an illness come back.
        ("Had a year of chemo. I'm in remission now. My boss wants me back and I'm nervous", "long_term_condition"),
        # Turned down, with a softener or as "I wouldn't say".
        ("No debt problems thankfully, it's the loneliness that gets me", "debt_money"),
        ("I wouldn't call myself depressed. I'm just bored and want a hobby", "mental_wellbeing"),
        ("I wouldn't say I'm lonely. I'd just like to learn to cook", "loneliness_isolation"),
        ("I've done the CBT already, what I need now is a job", "mental_wellbeing"),
        # Talking support, a neighbour's noise and plenty of friends are not company wanted.
        ("I want someone to talk to about how anxious I've been", "loneliness_isolation"),
        ("would like to chat to someone who understands ADHD", "loneliness_isolation"),
        ("my neighbours play loud music every night till 3am", "loneliness_isolation"),
        ("Mostly fine, loads of mates from the football. Looking for a swimming club", "loneliness_isolation"),
        # Someone else's job; the children said to be fine.
        ("wife went back to work last month and I'm home with the baby", "employment_skills"),
        ("I'm fine with the kids, it's my own nerves that are the trouble", "family_parenting"),
        ("The children are doing great, bless them. I'm the one who's lonely", "family_parenting"),
        # Abuse left behind.
        ("I left a violent man, I've been away from him for years now. I'd like to paint", "domestic_abuse"),
    ],
)
def test_background_and_settled_wording_is_not_read(detector: NeedDetector, message: str, need: str) -> None:
    assert need not in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        # Caring that is still the writer's, even with a care home or other help in the picture.
        ("I look after my husband who has Parkinson's and I'm exhausted, I need a break", "carer_support"),
        ("Mum's in a care home now but I still do all her washing and I'm worn out", "carer_support"),
        ("I'm his carer and I never get a night off", "carer_support"),
        # A death that is still felt, even when a late relative's tasks are named.
        ("My husband used to do all the paperwork. He died in March and I'm lost", "bereavement"),
        ("I can't stop crying since my brother passed away", "bereavement"),
        # A condition that is the writer's trouble now.
        ("I have MS and it's getting worse, I can hardly get about", "long_term_condition"),
        ("I can't get up the stairs anymore with my knees", "long_term_condition"),
        # Problems still there, or back.
        ("the food bank helped but we've run out again", "food_fuel"),
        ("I'm in a hostel and it's awful, I need somewhere to live", "housing"),
        ("the damp was sorted last year but it's come back worse", "housing"),
        # Feelings and friendships that are the need.
        ("I had counselling years ago but I'm depressed again now", "mental_wellbeing"),
        ("I've nobody to talk to since we moved here", "loneliness_isolation"),
        ("I've got money worries and the bills keep coming", "debt_money"),
        ("the kids are fine but my eldest is going off the rails", "family_parenting"),
        ("I've lost my job and need to find work", "employment_skills"),
    ],
)
def test_family_look_alikes_keep_their_reading(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs
