"""Rule families from the eighteenth crisis check set, each read both ways.

Crises: a goodbye texted or left in a note and the sender not answering, gone or with a window open; the life
insurance or a payout with the family better off; what I need bought and the day picked; a car running in a closed
garage or a hose on the exhaust; a child taken from school or nursery with "never see him again" or an airport;
small children on their own since yesterday or overnight, hungry or with no adult answering; someone burning my arm
with a lighter or stubbing a cigarette out on me, or saying tonight will be worse; a fever with shivering and
confusion, or skin gone blotchy and mottled after an infection; someone found ice cold on the floor and barely
making sense; one side's arm and leg gone weak or numb, or the sight in one eye lost; something put in my drink
with the heart racing or not able to stand.

Calm look-alikes: a landlord or bills strangling or bleeding us dry; what to do if a child swallows something,
asked ahead for a leaflet or a class; back blows that worked, told as over; a goodbye at an airport; life insurance
quotes; bought what I need for decorating; a car warmed up in the garage with the door open; a holiday with the kids
arranged from school; teenagers home alone; a burn from the oven; a fever last year; a cold shower; weakness since a
stroke years ago; sight lost in one eye as a child; drink-spiking awareness.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        (
            "my daughter just messaged 'love you all, bye forever' and now her phone's off and she's not home",
            "suicide_self_harm",
        ),
        (
            "Found a note from my husband that says sorry for everything, goodbye. He's gone and the car's missing.",
            "suicide_self_harm",
        ),
        ("the kids will be better off once I'm gone, the life cover pays out either way", "suicide_self_harm"),
        ("got everything i need now. going to do it on friday while they're at school", "suicide_self_harm"),
        ("sat in the car in the garage, engine's on and the door is down", "suicide_self_harm"),
        ("I've put the hosepipe on the exhaust and I'm sitting in the car now", "suicide_self_harm"),
        (
            "His dad picked him up from school without asking and says I'll never see him again, he has his passport",
            "danger_abuse",
        ),
        (
            "two little ones in the flat opposite have been by themselves all night and they're crying for food",
            "danger_abuse",
        ),
        ("my boyfriend burned my hand with a cigarette and told me tomorrow will be worse", "danger_abuse"),
        ("she stubbed her fag out on my arm again, I'm scared to go home", "danger_abuse"),
        (
            "Grandad's had a chest infection, now he's boiling hot, shaking and confused, doesn't know who I am",
            "medical_emergency",
        ),
        (
            "my wife has a uti and her legs have gone all blotchy and mottled, she's got a temperature",
            "medical_emergency",
        ),
        ("found my uncle on his bathroom floor, he's freezing cold and hardly making sense", "medical_emergency"),
        ("my left arm and leg have suddenly gone numb and floppy", "medical_emergency"),
        ("Mum's suddenly lost the vision in her right eye and feels dizzy", "medical_emergency"),
        (
            "I think somebody slipped something into my pint, I can't walk straight and I'm being sick",
            "medical_emergency",
        ),
    ],
)
def test_eighteenth_set_crisis_families_alarm(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


@pytest.mark.parametrize(
    "message",
    [
        "The council are bleeding us dry with parking charges, who can help with an appeal?",
        "energy companies are strangling families this winter, is there a warm space near me?",
        "What would you do if your toddler eats a magnet? I'm putting together a first aid poster for the nursery.",
        "my mum choked on a fishbone last month, I gave back blows and she was fine. Any first aid classes?",
        "Said goodbye to my son at the airport and now he's not answering because he's on the plane",
        "New baby, so we're comparing life insurance quotes, is there a free money advice service?",
        "bought everything I need for the decorating, doing it this weekend with my brother",
        "I warm the car up in the garage with the door open each morning, is there a car share scheme?",
        "My ex took the kids from school for their half term holiday as arranged, I'm lonely without them",
        "my teenagers were home alone last night while we were at a wedding, all fine",
        "I burnt my arm on the oven door cooking tea, any cookery classes for beginners?",
        "had a fever and the shivers last year after a kidney infection, fine now, looking for a walking group",
        "that ice cold shower this morning left me shivering and confused about what day it was lol",
        "my right arm and leg have been weak since my stroke in 2019, is there any community physio?",
        "I lost the sight in one eye as a child, is there a sight loss support group?",
        "Our student union runs drink spiking awareness sessions, can we get some leaflets?",
    ],
)
def test_eighteenth_set_calm_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "the landlord's strangling us with rent and my partner strangled me last night",
        "what should you do if a child swallows a battery? mine just has, he's 2",
        "I gave him back blows but it won't come out and he's going blue",
    ],
)
def test_look_alike_wording_with_a_crisis_in_it_still_alarms(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is not None
