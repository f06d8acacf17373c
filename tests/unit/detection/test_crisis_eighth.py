"""Crisis wording the eighth check set found unread (crisis_messages/eighth_crisis_check_set.yml), its look-alikes, and
three known over-reaches.

Written with new wording: a pet handed over with no one left to feed it, tools given away and the papers
cancelled, a search history of ways to die, someone else burning or cutting themselves with an implement,
a rope taken somewhere tonight, a spelling of self-harm; a child with an adult partner, an adult online
asking a child for pictures, a marriage forced, being followed home; fitting for minutes or fits back to
back, the worst head pain, out in the cold and confused. Over-reaches: a will sorted with a solicitor, hurt
lifting at work, a parent's limit on a teenager going out; and the boss, the ladder, the snoring, the plot
and the pain 'like being kicked' that share crisis words.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "The solicitor is drawing up my will and my son will be the executor",
        "finally got my will sorted at the solicitors, what a relief, any coffee mornings?",
        "I'm 81 and putting my affairs in order, the LPA forms are baffling me",
    ],
)
def test_a_will_or_affairs_with_a_solicitor_or_forms_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "I've sorted my will, nothing else to do now",
        "sorted my affairs out this week, the kids will be fine",
    ],
)
def test_a_will_or_affairs_sorted_without_that_context_are_still_suicide_risk(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "I hurt myself moving pallets on shift, need advice about sick pay",
        "the physio says I'm hurting myself by lifting wrong, any back classes?",
        "how do I stop hurting myself on the manual handling side of the job",
    ],
)
def test_hurt_lifting_or_handling_at_work_stays_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "I keep hurting myself on purpose when I'm at work",
        "I've been hurting myself to cope since I started lifting at the depot",
    ],
)
def test_hurting_oneself_on_purpose_at_work_is_still_self_harm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "My son's dad won't let him go out and he's in a right strop",
        "My wife won't let our daughter go out because she's got exams",
        "her dad won't let her go out, she's only fourteen",
    ],
)
def test_a_parents_limit_on_a_teenager_going_out_is_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "her husband won't let her go out and keeps her phone",
        "her boyfriend won't let her go out, she's 17 and he's so controlling",
        "my husband won't let me go out without asking him first",
        "my partner won't let me see my mates any more",
    ],
)
def test_control_over_going_out_is_still_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "My manager's going to kill me, I've lost the keys to the van",
        "You'll break your neck on that loft ladder, my son keeps saying",
        "my wife says I sound like I'm drowning when I snore",
        "The book ends with her taking an overdose, any reading groups?",
        "my migraine feels like being kicked in the head, is there a support group?",
    ],
)
def test_bosses_ladders_snoring_plots_and_pains_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("I might kill myself tonight", "suicide_self_harm"),
        ("he punched me in the head and now I've got a headache", "danger_abuse"),
    ],
)
def test_those_figures_leave_real_crises_alone(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


@pytest.mark.parametrize(
    "message",
    [
        "Found a home for my rabbit with the neighbours. No one left to feed her after Friday.",
        "Handed all my fishing gear over to my nephew. No going back now.",
        "checked her browser history and she's been looking up painless ways to go",
        "my granddaughter has been cutting herself with a compass, on her arms",
        "off to the woods tomorrow with a rope, nobody will find me",
        "selfharmin most nights again",
    ],
)
def test_pets_possessions_searches_implements_and_a_rope_are_suicide_risk(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "rehoming our cat as we're moving to a flat and there won't be anyone around to feed him in the day",
        "gave my tools to my grandson now I've retired, don't want a fuss at the leaving do",
        "my son's search history is all football and how to tie a tie",
        "she burnt herself with the straighteners this morning",
        "we're going to the woods later with a rope to build a den",
    ],
)
def test_their_everyday_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my niece is 13 and the man she's seeing is 30",
        "my nephew is 12 and an older man on a gaming site keeps asking him for pictures",
        "they're forcing my sister to marry her cousin in the summer",
        "a man in a van has followed me home from the station twice this week",
    ],
)
def test_grooming_forced_marriage_and_being_followed_are_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my daughter is 15 and her boyfriend is 16, is that ok?",
        "my 14 year old chats online with her cousin who asks for photos of the dog",
        "the book club is reading a novel about a girl forced to marry",
        "my dog follows me home from the park",
    ],
)
def test_their_look_alikes_are_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "he's been fitting for six minutes now",
        "he's had two seizures back to back and he's still not with it",
        "worst headache she's ever had and she's being sick",
        "grandad went out in the snow in his slippers, he's shivering and rambling",
    ],
)
def test_fits_the_worst_headache_and_cold_confusion_are_medical(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "had a few fits in a row as a child, none since",
        "I get headaches after long shifts, the worst was last week",
        "it's freezing at the bus stop every morning and the timetable is confusing",
        "Mum gets confused in the evenings and feels the cold",
    ],
)
def test_old_fits_ordinary_headaches_and_cold_weather_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
