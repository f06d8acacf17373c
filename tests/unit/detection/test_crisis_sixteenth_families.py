"""Rule families from the sixteenth crisis check set, each read both ways.

Crises: going to jump from a balcony, a window or a floor, in text-speak too; someone on a live stream cutting or
burning themselves; not going to be a burden after the weekend ("I'll not be"), or tablets or insulin got ready with
the milk cancelled; boxes of tablets bought with "the last time" or then walking off to a river or a canal; all I'm
worth is the life insurance; a plan and a date; "thanks for everything" or "look after the dog" and the sender not
answering or locked in; "I'm a dead woman" when he gets home; a boss or an agent keeping my passport, or money owed
for bringing me here; a live video of someone being beaten up; gone grey or a funny colour and not answering, or
slumped in a chair not answering with the eyes open.

Calm look-alikes: a first aid course asking the signs that someone is having a heart attack; hospital with chest
pains told as months past; self-harm at college told as over; a plan and a date for a wedding; a boss who copies
passports for right to work checks; boxes of paracetamol bought for a mum; a live stream of a boxing match; thanks
for everything on a leaving do.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("gna jmp frm the 9th floor window 2nite wen the hostel is quiet", "suicide_self_harm"),
        ("I'm going to jump off the balcony of my flat once my mum has gone to bed", "suicide_self_harm"),
        ("a girl from my year is on instagram live burning her arm with a lighter and crying", "suicide_self_harm"),
        ("I'll not be a bother to anybody after next week, I've made my peace with it", "suicide_self_harm"),
        (
            "I've stopped the papers and put my affairs in order, and I've got all my tablets lined up ready",
            "suicide_self_harm",
        ),
        (
            "a lad bought three packets of paracetamol off me, said goodbye and headed off towards the river",
            "suicide_self_harm",
        ),
        ("the only thing I'm good for now is the life insurance payout", "suicide_self_harm"),
        ("I've got a plan and a day picked, and I feel calm about it now", "suicide_self_harm"),
        (
            "my brother texted 'thank you for everything, look after the dog for me' and his phone's going straight "
            "to voicemail",
            "suicide_self_harm",
        ),
        ("she said once he comes home from the match I'm a dead woman, I can hear his car", "danger_abuse"),
        (
            "the agent who brought me over holds my passport and says I have to work off what I owe for bringing me "
            "here",
            "danger_abuse",
        ),
        ("I owe the gangmaster thousands for getting us to the UK and he won't let us leave the farm", "danger_abuse"),
        (
            "someone's streaming on snapchat a boy getting beaten up behind the shops right now, it's still going on",
            "danger_abuse",
        ),
        ("my dad's turned grey and he isn't responding when I shake him", "medical_emergency"),
        (
            "Nan is slumped on the settee and she won't answer me, her eyes are open but she's just staring",
            "medical_emergency",
        ),
    ],
)
def test_sixteenth_set_crisis_families_alarm(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


@pytest.mark.parametrize(
    "message",
    [
        "On our first aid training day they asked how you can tell if someone is having a heart attack",
        "Went to hospital a few weeks ago with chest pains, it was indigestion. Any groups for healthy eating?",
        "I used to self-harm when I was at college but that's long behind me, I want help with money worries",
        "We finally have a plan and a date for the wedding, could you recommend a venue?",
        "My boss keeps my passport for a copy for the right to work checks, is that normal?",
        "I bought two boxes of paracetamol for my mum and walked back along the canal",
        "we watched the boxing on a live stream last night and he got beaten on points",
        "my colleague said thanks for everything at her leaving do and she's not answering work emails now",
    ],
)
def test_sixteenth_set_calm_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "what are the signs that someone's having a stroke? my husband's face has dropped on one side right now",
        "I went to A&E last week with chest pains and now the pain is back and crushing",
    ],
)
def test_look_alike_wording_with_a_crisis_in_it_still_alarms(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is not None
