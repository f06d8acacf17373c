"""Crisis wording the sixth check set found unread (crisis_messages/sixth_crisis_check_set.yml), and its look-alikes.

Written with new wording: bare replies to a form question, a second language, someone else's goodbye,
food kept back, a drunk driver with the children, stroke, diabetic, sepsis, head-injury and poisoning
signs; and the idioms, games, hugs and small flats that share their words.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "We're sorting our affairs in order, my son has lasting power of attorney",
        "I'm putting my affairs in order, the solicitor is drawing up power of attorney",
        "my mum would kill me if she found out about the party we're planning",
        "my manager locks me in the shop to cash up at night",
        "my grandson thrashed me at scrabble",
        "the toddler kicked me in his sleep",
        "my little one pinched my nose and laughed",
        "the puppy is smothering me with kisses",
        "I can barely breathe in this cramped bedsit, we need a bigger place",
    ],
)
def test_surprises_work_tasks_hugs_games_and_small_flats_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("my dad would kill me if he knew I was talking to you", "danger_abuse"),
        ("my boss locks me in the storeroom overnight and won't let me leave", "danger_abuse"),
        ("my son beat me again last night", "danger_abuse"),
        ("the baby is choking", "medical_emergency"),
    ],
)
def test_the_new_figures_of_speech_leave_real_danger_alone(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


def test_affairs_put_in_order_with_nothing_about_a_solicitor_or_a_will_is_still_suicidal(
    detector: NeedDetector,
) -> None:
    assert detector.detect("I'm getting my affairs in order. Nobody will have to sort anything out after").crisis == (
        "suicide_self_harm"
    )


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("bare form reply", "honestly just not being around at all"),
        ("form reply", "what would help most? me not being here"),
        ("not around to need it", "i wont be here to see it anyway"),
        ("second language", "I am thinking how to finish my life"),
        ("second language", "I want make myself dead"),
        ("no strength to live", "I have no strength left to keep living"),
        ("world without me", "the world will be a better place without me"),
        ("unnoticed", "if i walked into the sea tomorrow who would even care"),
        ("stop me", "I need someone to keep me from harming myself"),
        ("cannot stop", "i cant stop cutting myself"),
        ("someone's goodbye", "My mum sent a text saying goodbye and now her phone is off"),
    ],
)
def test_sixth_check_set_suicide_families_are_caught(detector: NeedDetector, family: str, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm", family


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("food kept back", "my carer doesn't give me any food"),
        ("sleeping outside", "they make my brother sleep in the garage"),
        ("drunk with the kids", "hes off his face and driving with the kids in the back"),
        ("drunk with the kids", "she's taken our son in the car and she's been drinking all day"),
        ("a threat to cut", "the lads said they'd slash me up"),
        ("a threat to cut", "my husband said he'd cut me if I told anyone"),
    ],
)
def test_sixth_check_set_danger_families_are_caught(detector: NeedDetector, family: str, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse", family


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("stroke", "dad can't move his right arm and his speech is garbled"),
        ("stroke", "his words are really slurred and he looks odd"),
        ("diabetic high", "my ketones are high and I can't keep fluids down"),
        ("diabetic high", "his blood sugar is 28 and he's vomiting"),
        ("sepsis", "she's confused and her skin has gone mottled"),
        ("sepsis", "he hasn't peed all day and he's really drowsy with a fever"),
        ("swallowed", "my daughter swallowed a magnet"),
        ("swallowed", "my son has eaten one of the washing pods"),
        ("under the sink", "she drank some stuff from under the kitchen sink"),
        ("head injury", "he bumped his head at football and now he's being sick"),
        ("fall", "my dad fell off the ladder and can't remember what happened"),
        ("lying out", "my neighbour has been lying on the kitchen floor all night"),
        ("chest", "she's gripping her chest and sweating"),
        ("chest", "it feels like an elephant is sitting on my chest"),
        ("grey", "he's really grey and clammy"),
        ("wound", "my c-section wound is oozing pus and I have a high fever"),
    ],
)
def test_sixth_check_set_medical_families_are_caught(detector: NeedDetector, family: str, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency", family


@pytest.mark.parametrize(
    "message",
    [
        "not being here on Friday, can we move the appointment",
        "I won't be around to collect it, I'm on holiday next week",
        "I wont be here to see it, Im working that day",
        "I have no desire to live in London any more",
        "my colleague sent a message saying goodbye on her last day",
        "my mum won't give me dinner until I've done my homework",
        "the phone company said they'll cut me off",
        "he said he'd cut me a key",
        "my husband took the kids to the park, I'm so tired",
        "I had a fall last year and now I'd like a pendant alarm",
        "my son fell out with his mate and is acting weird",
        "I bumped my head on the shelf, it's fine",
        "my sugars were high this morning so I went for a walk",
        "we were lying on the grass all afternoon watching clouds",
        "he's been lying on the sofa since this morning watching football",
        "my hands go mottled in the cold",
        "my wound is a bit red, the nurse is checking it tomorrow",
    ],
)
def test_look_alikes_of_the_sixth_check_set_families_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
