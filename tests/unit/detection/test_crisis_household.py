"""Abuse of someone else in the household happening now is danger (the taxonomy's "ongoing abuse of an adult
or child"), found by the fifth check set (crisis_messages/fifth_crisis_check_set.yml); and money or keys
held for the resident are help when the next clause, or "while I'm away", says so. Each family is tested both ways."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "her boyfriend is hurting her and she won't leave",
        "my uncle keeps hurting my cousin when my aunt is out",
        "my dad locks my little brother in the shed when he's naughty",
        "her husband won't let her see her friends or have her own phone",
        "my sister's husband controls her money and her phone",
        "my daughter's boyfriend broke her nose last week and she's gone back to him",
        "my lodger keeps trying to get into my room at night",
        "my friend's employer took her passport and she can't leave the house",
    ],
)
def test_abuse_of_someone_else_in_the_household_now_is_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my brother used to hurt my sister when we were young",
        "he hit my mum while we were growing up",
        "my dad won't let my brother go to the party on saturday",
        "my stepmum won't let my sister out after dark",
        "my sister's knee is hurting her again, any physio?",
        "we locked the kids in the house during the storm",
        "my brother controls all his money himself",
        "my husband won't let the kids see his mum because she smokes",
        "my husband broke his leg skiing and needs help at home",
        "in a film last night a man beats his wife and I had to turn it off",
        "my landlord came round at 8pm to fix the boiler",
    ],
)
def test_past_abuse_limits_pain_and_own_injuries_of_others_are_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


def test_money_held_is_help_when_the_next_clause_says_so(detector: NeedDetector) -> None:
    calm = "my wife keeps all the money in our house, she's far better with figures than me"
    danger = "my husband controls all the money, I have to ask him for bus fare"

    assert detector.detect(calm).crisis is None
    assert detector.detect(danger).crisis == "danger_abuse"


def test_keys_minded_while_the_resident_is_away_are_help(detector: NeedDetector) -> None:
    assert detector.detect("my sister has my keys while I'm abroad").crisis is None
    assert detector.detect("my boyfriend keeps my keys so I can't go out").crisis == "danger_abuse"
