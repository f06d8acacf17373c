"""Needs: wording found missing or misread by the sixth need probe (bench/needs_probe_sixth.yml), read
generically (each case here is new wording, not the probe's), each family with look-alikes that keep
their reading."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "need"),
    [
        # Rows at home said outright, or a parent and child getting on each other's nerves.
        ("me and my stepdad argue constantly and I can't stand being in", "family_parenting"),
        ("shouting matches most nights since he lost his temper over the car", "family_parenting"),
        ("me and my dad keep getting on each other's nerves in this tiny flat", "family_parenting"),
        # A parent who now only sees the children at set times, or whose partner left with them.
        ("since the split I only get to see the kids once a fortnight", "family_parenting"),
        ("my girlfriend moved out and took our daughter with her", "family_parenting"),
        # A teenage pregnancy; children glued to screens.
        ("pregnant at 16 and scared to tell my dad", "family_parenting"),
        ("our boys are glued to their tablets and we don't know how to change it", "family_parenting"),
        # Only just coping, crying as a habit, worry felt as sickness, keeping up a front.
        ("I'm only just holding it together at work", "mental_wellbeing"),
        ("most nights I end up in tears once the kids are asleep", "mental_wellbeing"),
        ("I get sick with nerves whenever the phone rings", "mental_wellbeing"),
        ("sick of pretending I'm okay to everyone", "mental_wellbeing"),
        ("I can't stop going over what happened at work", "mental_wellbeing"),
        ("my head's all over the place since the accident", "mental_wellbeing"),
        # Too little money to last: a few pounds until payday, making the pension stretch, one wage.
        ("I've got a fiver to last me till payday", "debt_money"),
        ("I can't make my pension stretch to the end of the month", "debt_money"),
        ("we're surviving on one income since I had to stop work", "debt_money"),
        ("I lie awake thinking about the debt", "debt_money"),
        # Alone much of the time, wanting company, never out, a visitor who no longer comes.
        ("I'm by myself most of the time these days", "loneliness_isolation"),
        ("I could do with some company if I'm honest", "loneliness_isolation"),
        ("since the op I hardly ever get out", "loneliness_isolation"),
        ("my uncle has stopped going out since his wife went into a home", "loneliness_isolation"),
        ("my old workmates used to come round on a Friday", "loneliness_isolation"),
        # A partner's put-downs, or keeping the writer from family.
        ("my boyfriend keeps telling me I'm worthless", "domestic_abuse"),
        ("my partner won't let me see my mum on my own", "domestic_abuse"),
        # Adaptations in everyday words.
        ("we've been waiting for a ramp at the front door since March", "housing"),
        ("mum needs a rail next to the toilet", "housing"),
        # Too few hours.
        ("I'm on 12 hours a week and need more hours", "employment_skills"),
    ],
)
def test_plain_wording_names_the_need(detector: NeedDetector, message: str, need: str) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        # Rows that are not at home; having the children on set weekends.
        ("the couple next door row constantly, you can hear it through the wall", "family_parenting"),
        ("I have my two every other weekend and we go to the park", "family_parenting"),
        ("I took the kids swimming on Saturday", "family_parenting"),
        ("I share a room with my little brother", "family_parenting"),
        # Crying at a happy moment; someone else's anxiety as they or others name it.
        ("I'm always crying with laughter at his jokes", "mental_wellbeing"),
        ("my son won't go to school and the GP thinks it's anxiety", "mental_wellbeing"),
        # Struggling with a practical thing is that need's, not low mood.
        ("since the divorce I'm struggling to keep up with the council tax", "mental_wellbeing"),
        # Hours in a day, a job already found, a job held.
        ("I need more hours in the day with three kids", "employment_skills"),
        ("good news, I started my new job this week", "employment_skills"),
        ("I have a full time job but the rent has gone up again", "employment_skills"),
        # A kitchen missing, or heating that is broken, is not going without food or heat.
        ("the bedsit has no kitchen so I'm using a microwave in the hall", "food_fuel"),
        ("the radiators have stopped working and the landlord won't answer", "food_fuel"),
        # Asking for someone is not caring for them.
        ("Asking for my grandad", "carer_support"),
        # Put-downs about a skill are not abuse; a rail that is not in a home.
        ("my husband says I'm hopeless at parking, cheeky sod", "domestic_abuse"),
        ("the bus had to stop by the rail bridge", "housing"),
        # Not lonely as such, with plenty of people around.
        ("I'm not lonely as such, I have plenty of people, I just want a hobby", "loneliness_isolation"),
        # Going out somewhere new is not never going out.
        ("I never go out without my inhaler", "loneliness_isolation"),
    ],
)
def test_look_alikes_do_not_name_the_need(detector: NeedDetector, message: str, need: str) -> None:
    assert need not in detector.detect(message).needs


def test_family_cues_read_the_wording(detector: NeedDetector) -> None:
    named = detector.cues.needs_named
    assert "family_parenting" in named("we row all the time about everything")
    assert "family_parenting" not in named("we row every sunday on the river")
    assert "debt_money" in named("ive got 8 quid till friday")
    assert "debt_money" not in named("ive got 8 days till friday")
