"""Crisis wording the ninth check set found unread (crisis_messages/ninth_crisis_check_set.yml), its look-alikes, and
two over-reaches.

Written with new wording: 'top himself', Scottish 'tae' and 'himsel', the multistorey, someone on the wrong
side of a bridge's railings, medicine bought from shop after shop, someone else cutting her own arms,
letters written and a place to pick; 'he's hitting me' (once read as a denial), a stranger attacked or
bundled into a car in view, someone kept locked in, dialect words for hitting, made to sleep with others,
armed rivals waiting outside, a small child alone outside or left for days, shouting for help, a brick
through the window and a threat to come back; someone down and not moving, coughing up blood, barely
responding, blood streaming out, a long lie after a fall. Over-reaches: 'she'll kill me if I buy another'
and 'top myself up'.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "my cousin keeps talking about topping himself",
        "honestly thinking of topping myself",
        "she says she wants tae kill hersel",
        "gonna throw myself off the multi-storey tonight",
        "a woman is on the wrong side of the railings on the bridge",
        "he's been buying paracetamol in different chemists all week",
        "my flatmate's been cutting her arms again, I found the blades",
        "I've written my letters, I just have to find the place",
    ],
)
def test_ninth_suicide_families_are_caught(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "I need to top myself up with coffee before my shift",
        "he tops himself up with tea every hour",
        "his brother's been cutting her hair for years",
        "the ball went over to the wrong side of the fence by the river",
        "she's been burning her arm on the straighteners, so clumsy",
        "I wrote the letters to the council, just need to find a parking place now",
        "we parked on the top floor of the multi-storey for the shops",
    ],
)
def test_ninth_suicide_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "he's hitting me",
        "she's hurting me please",
        "two lads are stamping on someone in the car park",
        "a man's bundling a girl into a car across the road",
        "her husband's got her locked in the house",
        "my grandad skelps my wee brother when he's drunk",
        "he gives her a hiding every time he's had a drink",
        "her pimp makes her sleep with strangers",
        "there's a gang outside the youth club with machetes",
        "they said they're gonna shank my brother",
        "the little ones next door have been left on their own overnight",
        "there's a toddler wandering by the canal, no parent in sight",
        "a woman upstairs is screaming for help",
        "they threw a rock through our window and said they'd come back for us",
    ],
)
def test_ninth_danger_families_are_caught(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my husband says he'll kill me if I order another pair of shoes",
        "we gave them a hiding at five-a-side, 6-1",
        "I threw my bags into the car and drove off",
        "my son's on his own at home for an hour after school, is there a club?",
        "the lad kicked the ball into the road",
        "she was shouting for help with the shopping bags lol",
        "I could do with help with my gas bill",
    ],
)
def test_ninth_danger_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "there's a woman down in the road, she's not moving",
        "my partner's brought up blood twice this evening",
        "she's barely breathing and her lips are blue",
        "blood is streaming out of his arm",
        "mum slipped in the bathroom and couldn't get up, she's been on the floor for hours",
        "my neighbour's lying on the landing and isn't answering",
    ],
)
def test_ninth_medical_families_are_caught(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "mum slipped last winter and was on the floor for hours, she's fine now and wants a balance class",
        "I coughed up blood when I had pneumonia years ago",
        "he's barely responding to my texts, think he's sulking",
        "blood streaming from my nose for a minute, it's stopped now",
    ],
)
def test_ninth_medical_look_alikes_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
