"""Where the conversation goes next, and how a resident takes back a need, as plain rules."""

from actions.journey import next_stage
from actions.needs import only_these, taken_back

READY_FOR_SERVICES = {"needs_confirmed": True, "what_matters": "company", "area": "Oxford", "age_band": "25_49"}


def test_unconfirmed_needs_come_first() -> None:
    assert next_stage({}) == "situation"
    assert next_stage({**READY_FOR_SERVICES, "needs_confirmed": None}) == "situation"


def test_services_are_shown_once_area_and_age_are_known() -> None:
    assert next_stage({**READY_FOR_SERVICES, "age_band": None}) == "about"
    assert next_stage(READY_FOR_SERVICES) == "services"


def test_declining_consent_ends_without_asking_for_contact_details() -> None:
    slots = {**READY_FOR_SERVICES, "services_shown": ["svc-1"], "wants_link_worker": True, "consent_store": False}
    assert next_stage({**slots, "consent_share": False}) == "done"


def test_contact_details_that_could_not_be_read_end_with_the_phone_route() -> None:
    slots = {**READY_FOR_SERVICES, "services_shown": ["svc-1"], "wants_link_worker": True}
    assert (
        next_stage({**slots, "consent_store": True, "consent_share": True, "contact_detail": "unavailable"}) == "done"
    )


def test_a_need_named_in_a_negated_message_is_taken_back() -> None:
    needs = ["loneliness_isolation", "debt_money"]
    assert taken_back("it's not about loneliness", needs) == ["loneliness_isolation"]
    assert taken_back("actually it isn't the money", needs) == ["debt_money"]
    assert taken_back("and the bills are awful", needs) == []
    assert taken_back("there's no money left and I'm lonely", needs) == []


def test_a_correction_is_read_by_the_need_detector_not_a_word_list() -> None:
    needs = ["loneliness_isolation", "debt_money"]
    correction = "actually it's not money, it's just the loneliness"
    assert taken_back(correction, needs) == ["debt_money"]
    assert only_these(correction, needs) == ["loneliness_isolation"]
    assert taken_back("forget the bit about the bills", needs) == ["debt_money"]
    assert taken_back("it's not really the money side, more that I never see anyone", needs) == ["debt_money"]
    assert taken_back("no, that's not right", needs) == []
