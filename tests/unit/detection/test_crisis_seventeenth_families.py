"""Rule families from the seventeenth crisis check set and the eighth need set, each read both ways.

Crises: "I'm going to jump" with what follows it (rather than face it, before anyone stops me, and get it over
with), or after a height I am on; a bridge, a cliff or the railway picked with a day or "I'm going"; a day picked,
things given away, socials deleted, a note written or a message left for after I'm gone; hurried typing of
tablets about to be swallowed; a death threat texted or said by someone at home, with a weapon, fear or the time
he gets in; type 1 with vomiting and nothing kept down, a meter's or a sensor's HI reading (written "meter's"),
ketones of 3 or more with being sick.

Calm look-alikes: jumping in the shower, at a chance or on a bus; a bridge picked for photos; a date picked for a
party; a guitar given on after buying a new one; socials deleted for revision; a stomach bug told as over or a
question about what to do if it happens; anaphylaxis long ago or a history of it; the warning signs of suicide
asked as a learner; 'suicidal' over a football result; cutting oneself off from friends; arrears "I can't see a
way out of"; how to get a hoarding parent help "without him kicking off at me".
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        (
            "up on the roof of the shopping centre car park, I'm going to jump before anyone talks me down",
            "suicide_self_harm",
        ),
        ("I'll jump rather than face the bailiffs on Monday", "suicide_self_harm"),
        ("im gonna jump so nobody has to put up with me any more", "suicide_self_harm"),
        ("sat on the ledge by the river bridge. I'm going to jump once I've sent this", "suicide_self_harm"),
        ("I've chosen the railway line near work and I'm doing it tomorrow night", "suicide_self_harm"),
        ("Gave away my bike and all my games, deleted my snapchat and tiktok. It's fine.", "suicide_self_harm"),
        ("Deleted all my accounts and wrote a note for my dad to find", "suicide_self_harm"),
        ("picked the day, the cat's gone to my aunt and the letters are written. goodbye", "suicide_self_harm"),
        ("please make sure my sister gets the letter from me once I'm gone", "suicide_self_harm"),
        ("got the pils in front of me and im gonna swolow them all tonigt", "suicide_self_harm"),
        (
            "My partner messaged 'you're dead when I'm back', he's taken the big knife with him and I'm shaking",
            "danger_abuse",
        ),
        ("He rang and screamed I'll kill you when I get in. He's on his way now.", "danger_abuse"),
        ("my fiance said when I walk in tonight you're dead meat, he's done it before", "danger_abuse"),
        (
            "My daughter's type 1, she's been vomiting since lunch and she can't keep any fluids down",
            "medical_emergency",
        ),
        ("my libre's reading HI and I keep being sick", "medical_emergency"),
        ("ketones are 4.1 and I've been sick three times this afternoon", "medical_emergency"),
        ("I'm diabetic and my sugars are through the roof. Been throwing up since 6am.", "medical_emergency"),
    ],
)
def test_seventeenth_set_crisis_families_alarm(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


@pytest.mark.parametrize(
    "message",
    [
        "I'm going to jump in the shower and then ring the housing office",
        "I'm going to jump at the chance of a free cookery course",
        "I'll jump on the bus to the library if that's easier for you",
        "we picked the bridge by the canal for the wedding photos and we're going on Friday",
        "Picked the date for my sixtieth party and I've written all the invitations",
        "I gave my old guitar to my nephew because I bought a new one, is there a ukulele group?",
        "Deleted all my socials for exam revision, is there a quiet study space nearby?",
        "I'm type 1. Had a stomach bug last week and couldn't keep anything down, all fine now. Any diabetes groups?",
        "what should we do if our son is type 1 and can't keep anything down when he's poorly?",
        "She had anaphylaxis as a toddler and carries an adrenaline pen now. Any allergy-friendly cooking classes?",
        "My daughter has a history of anaphylaxis, is there a first aid course for parents?",
        "For my youth work training: what are the signs that someone might be suicidal?",
        "Are there any courses on the warning signs of suicide for sports coaches?",
        "my brother says he wants to die over the cup final, he's so dramatic. any five-a-side near Leeds?",
        "I cut myself off from my mates after the divorce and would like to meet new people",
        "I've got council tax arrears I cannot see a way out of, can someone help me with a payment plan",
        "how do I get my dad to accept some help with the hoarding without him kicking off at me",
    ],
)
def test_seventeenth_set_calm_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "I can't see a way out of this and I want to die",
        "the debt is crushing me and I can't see a way out, I'm thinking of ending it",
        "she had anaphylaxis when she was four and now she's having it again, her throat is closing up",
        "I'm suicidal about everything, the match was just the last straw, I want to die",
        "what are the signs I'm suicidal? I keep thinking about killing myself",
    ],
)
def test_look_alike_wording_with_a_crisis_in_it_still_alarms(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is not None
