"""Calm look-alikes of the refitted learned crisis heads, read as families of wording, each with a crisis in the
same words that still alarms.

The refitted heads read everyday wording near the crisis vocabulary as a crisis: a razor to shave, a knife put on
a plate, rope for a den or the bales, fairy lights, a tool's blade out to sharpen, tablets in a dosette box or
taken as usual, not in for a delivery, a parcel left with next door, a shop closing, steps that will be the end
of me, a child who nearly choked, sibling banter, disappearing to a caravan, a short nosebleed, fainting the
doctor explained, chores done, a teenager left home alone, a pension taken to the post office for me, a key cut,
someone else's injury in the waiting room, a question about chemotherapy, pear-drop breath after sweets, an arm
sore from the jab, no need to stay late. The rule file's figures of speech name the everyday object or reason, so
the same words aimed at the body, tonight or someone who will not wake still read. Being done with one's own
life 'at this point' is a crisis; being done with the hoovering or with one's life admin is not. A landlord or
agent letting themselves in, or saying they will change the locks, is a housing matter unless harm is named.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "my husband borrowed my razor to shave his head",
        "she had a shave with a new razor this morning",
        "I put the fork and knife on the plate and cleared the table",
        "the kids took some rope to the park to make a swing",
        "we used cable ties and string to hang the fairy lights in the garden",
        "my husband spent the morning sharpening the lawnmower blades",
        "the chemist sorts my mum's tablets into a dosette box every Monday",
        "mum had her tablets at breakfast as normal, just wanted to let you know",
        "we won't be in to let the plumber in on Thursday",
        "please leave my parcel with a neighbour if I'm out",
        "the butchers on our road is closing down next month, end of an era",
        "those steps up to the flat will be the end of me",
        "my daughter nearly choked on a sweet but she's fine now",
        "I'm going to kill my sister when she gets home, she ate my last yoghurt",
        "I'd love to disappear for a fortnight to a caravan in Wales",
        "I had a nosebleed for a few minutes at work today",
        "I passed out two months ago and the doctor said it was low blood pressure",
        "done with the hoovering, time for a cuppa",
        "right, what's next",
        "I'm done with my life admin for today, off to bed",
        "I'm proud of what I've done with my life",
        "I leave her home alone when I go to work, she's 17",
        "my son takes my pension to the post office for me every week",
        "my neighbour is going to cut us a spare key",
        "the receptionist said we're next, the man in front of us had broken his wrist",
        "my dad's having chemo, who should we call if he gets a high temperature",
        "her breath smelled of pear drops after the sweets at the party",
        "my shoulder's been sore since the flu jab yesterday",
        "there's no need to stay late once the meeting's over",
        "my landlord lets himself in whenever he likes and now he says he will change the locks on us",
        "The letting agent keeps letting herself in without notice. She says they're changing the locks next week.",
    ],
)
def test_everyday_look_alikes_of_the_refitted_heads_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("I held the razor to my wrist and pressed down", "suicide_self_harm"),
        ("I've got the razor out and I'm going to cut my arms tonight", "suicide_self_harm"),
        ("I put the knife to my wrist last night", "suicide_self_harm"),
        ("the rope is in the barn and I'm going to use it tonight", "suicide_self_harm"),
        ("I tied the rope to the beam and I'm going to hang myself", "suicide_self_harm"),
        ("I keep the blades from the pencil sharpener to cut myself", "suicide_self_harm"),
        ("the tablets are all counted out, I'm taking them tonight", "suicide_self_harm"),
        ("mum took all her tablets at once and now she won't wake up", "medical_emergency"),
        ("I won't be around after tonight", "suicide_self_harm"),
        ("I won't be around to get the results, so don't bother sending them", "suicide_self_harm"),
        ("this is the end for me, I can't go on", "suicide_self_harm"),
        ("I'm going to throw myself down the stairs and end it", "suicide_self_harm"),
        ("my baby is choking on a grape and she can't breathe", "medical_emergency"),
        ("my husband says he's going to kill me when he gets home and he means it", "danger_abuse"),
        ("I want to disappear forever and never wake up", "suicide_self_harm"),
        ("his nose has been bleeding for an hour and it won't stop", "medical_emergency"),
        ("my dad fainted and won't wake up", "medical_emergency"),
        ("I'm so done with life right now, I just want it to end", "suicide_self_harm"),
        ("I'm just done with my life at this stage", "suicide_self_harm"),
        ("I've swallowed all my tablets, what happens next", "medical_emergency"),
        ("he leaves me alone in the house with no food for days and locks the door", "danger_abuse"),
        ("my son takes all my pension and won't let me have any, I'm scared of him", "danger_abuse"),
        ("he cut me with a knife last night", "danger_abuse"),
        ("my partner broke my wrist last night", "danger_abuse"),
        ("my wife is on chemo and has a temperature of 39 and is shaking", "medical_emergency"),
        ("my son is diabetic and his breath smells of pear drops and he's very drowsy", "medical_emergency"),
        ("my arm is numb and my face has dropped on one side", "medical_emergency"),
        ("I have no reason to stay alive", "suicide_self_harm"),
        ("the landlord let himself in last night and grabbed me, I'm scared he'll come back", "danger_abuse"),
        ("my landlord let himself in and said he would kill me if I didn't pay, he had a knife", "danger_abuse"),
        ("my ex let himself in with his old key and he's downstairs shouting that he'll kill me", "danger_abuse"),
        ("my ex lets himself in at night, the landlord won't change the locks and I'm scared to sleep", "danger_abuse"),
    ],
)
def test_the_same_words_in_a_crisis_still_alarm(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis
