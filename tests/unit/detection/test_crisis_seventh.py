"""Crisis wording the seventh check set found unread (crisis_messages/seventh_crisis_check_set.yml), and its
look-alikes.

Written with new wording: self-harm told as a habit, skin scraped till it bleeds, a ligature point, pets
handed over with nothing left to do, a young person put out at night, secrets kept from parents, carers
rough with an old man, medicine withheld, older men giving gifts, threats to burn a home, a stalker who
knows the address, papers taken and unpaid work; fits lasting minutes, sleepy babies, children into
medicines, bad burns, the worst headache; and the fainting, animals, clear-outs and memorials that share
their words.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "I fainted in assembly once before, is that normal?",
        "the vet says the horse kicked him but he's grand",
        "I'm sorting my late aunt's things and giving her books away",
        "I've chosen the hymns for when I'm gone, my daughter has the list",
        "we tied a rope to the tree for the kids' swing",
    ],
)
def test_faints_animals_clear_outs_memorials_and_swings_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("he's passed out on the sofa and I can't wake him", "medical_emergency"),
        ("my stepdad kicked her down the stairs", "danger_abuse"),
        ("I'm giving my things away, I won't need them soon", "suicide_self_harm"),
    ],
)
def test_the_new_figures_of_speech_leave_real_crises_alone(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


@pytest.mark.parametrize(
    "message",
    [
        "most nights i scald my thighs in the bath on purpose",
        "I scrape at my arms with a comb till they bleed, then I feel calmer",
        "he's been swallowing extra of his sleeping pills on purpose",
        "she says she takes them hoping never to wake up",
        "I've looped the dressing gown cord over the beam in the loft",
        "I've tied a rope to the beam in the garage tonight",
        "My cat's going to live with my neighbour now, so there's nothing left for me to sort",
        "there are fresh cuts on his thighs and he admits he did it to feel something",
    ],
)
def test_self_harm_habits_ligatures_and_arrangements_are_suicide_risk(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "i scratch my legs when my eczema flares",
        "trying not to wake the baby while I pack",
        "I'm fixing a cable to the railing for the fairy lights",
        "the dog's going to my cousin while we're on holiday, nothing left to do but pack",
        "there are scratches on his legs from the brambles",
    ],
)
def test_their_everyday_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my dad put me out at 2am and I've nowhere to sleep, I'm 16",
        "a lad from a game chat wants me to meet up and not tell my mum",
        "my cousin forces me to do sexual stuff when we're alone",
        "the care staff at the home are really rough with my grandma",
        "Grandad's been left for two days with no food in the bungalow",
        "my son won't give me my insulin unless I hand over my bank details",
        "older guys keep buying my daughter vodka and phones",
        "my ex said he'll torch the flat with us in it",
        "texts keep coming from a number saying they know where I live, he's outside my house now",
        "the boss kept my passport and makes me work seven days for nothing",
        "the neighbour helps herself to his pension every week",
    ],
)
def test_exploitation_neglect_threats_and_a_child_put_out_are_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my mum and I had a row and she chucked me out, I'm 17, can I get a flat?",
        "the carers are lovely and never rough with her",
        "the chemist ran out so my mum's been left without her inhaler till Monday",
        "the doctor won't let me have my tablets early",
    ],
)
def test_their_look_alikes_are_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my wife's fit has been going on for about seven minutes",
        "the 3 week old is limp and not taking milk",
        "my newborn won't feed, she's so drowsy",
        "our 2 year old got hold of nan's blood pressure tablets",
        "he's drunk half a bottle of cough medicine, he's four",
        "she spilt the chip pan and the skin on her hand is coming off",
        "he has burns all over his back from the bonfire",
        "I've got the worst headache I've ever had and my neck is stiff",
        "I gave my son a double dose of his epilepsy medicine, now he's very drowsy",
        "he was out on the pavement overnight and now he's talking nonsense",
    ],
)
def test_fits_babies_poisonings_burns_and_cold_are_medical(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "my baby slept through the night for the first time",
        "I gave my toddler her calpol before bed",
        "my teenager is so hard to wake on school days",
        "my sunburnt shoulders are peeling off",
        "his fits have been going on for years, we want a support group",
        "I think I took a double dose of vitamins this morning",
    ],
)
def test_sleeping_children_ordinary_doses_sunburn_and_long_histories_stay_calm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis is None
