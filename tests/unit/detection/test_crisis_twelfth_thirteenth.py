"""The twelfth and thirteenth crisis check sets' medical misreads, read as families of wording.

Caught now: a drink spiked and then legs gone or sick; fits after stopping drinking; the heart racing or
skipping with fainting; choking and unable to cough or speak; hit by a vehicle and not moving; a chest pain with
a numb or heavy arm or clamminess; a diabetic talking gibberish and shaky; fumes in a silo or slurry shed; pinned
under a machine and bleeding; thrown off a bike and not moving; heavy bleeding, big clots or a fever after a
birth; a week of tablets swallowed from blister packs. Their look-alikes stay calm.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "my mate's drink got spiked, she can't stand up and she's being sick outside the club",
        "my dad is detoxing at home and he's started having seizures on the bathroom floor",
        "my heart keeps pounding and skipping and I nearly passed out at the bus stop",
        "a woman at the next table is choking and cannot cough or speak",
        "an old man was knocked down by a car outside the shop and he's unconscious",
        "my husband has chest pain, his left arm has gone numb and he is clammy",
        "my dad is diabetic and he is talking gibberish and very shaky and sweaty",
        "my brother collapsed in the grain silo, the fumes got him and hes not waking up",
        "my wife is pinned under the quad bike and she is bleeding a lot",
        "my lad came off his motorbike and he's not moving",
        "I gave birth on Sunday and I'm passing huge clots and feel faint",
        "had my baby 9 days ago and now I have a very high fever and I'm shivering",
        "my nan got into her blister packs and swallowed all of them with her warfarin",
        "my son swallowed a whole packet of my sleeping tablets an hour ago",
    ],
)
def test_spiking_withdrawal_choking_collisions_farm_accidents_and_after_birth_are_medical(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "how can I tell if my drink was spiked? going to freshers next week",
        "I stopped drinking two years ago, I used to worry about fits",
        "my heart was racing before my exam and I nearly fainted, is there a nerves workshop",
        "my parked car was hit by a van and the door won't open, who fixes dents",
        "my chest is sore after the gym and my left arm is aching from the flu jab",
        "my brother is type 1 and always talking rubbish about football",
        "I had my baby last year and my periods are heavy now, I soak a pad every few hours",
        "the pharmacist fills his dosette box for the whole week",
    ],
)
def test_look_alikes_of_the_new_families_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
