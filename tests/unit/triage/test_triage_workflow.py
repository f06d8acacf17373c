"""A link worker takes a referral from new to closed in the triage pages; every step is audited."""

import html
import re
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import Role, User
from api.referrals.models import AuditEvent, Referral
from api.referrals.queue import QUEUE_PAGE_SIZE
from tests.unit.triage.staff_support import StaffMember, hours_ago, reload, unique


def actions(session: Session, referral_id: int) -> list[str]:
    query = select(AuditEvent.action).where(AuditEvent.referral_id == referral_id).order_by(AuditEvent.id)
    return list(session.scalars(query))


def test_referral_goes_from_new_to_closed_with_an_audit_trail(
    users: dict[Role, User],
    signed_in: Callable[[User], StaffMember],
    referral_factory,
    db_session: Session,  # type: ignore[no-untyped-def]
) -> None:
    referral: Referral = referral_factory()
    worker = signed_in(users[Role.link_worker])
    page = f"/triage/referrals/{referral.id}"

    assert worker.submit(f"{page}/claim").status_code == 303
    assert reload(db_session, referral.id).status == "claimed"
    worker.submit(f"{page}/contacts", {"method": "phone", "result": "no_answer"})
    assert reload(db_session, referral.id).status == "claimed"
    worker.submit(f"{page}/contacts", {"method": "phone", "result": "reached"})
    contacted = reload(db_session, referral.id)
    assert contacted.status == "contacted" and contacted.first_contact_at is not None
    worker.submit(f"{page}/notes", {"text": "Keen on the lunch club; call back Tuesday."})
    closed = worker.submit(
        f"{page}/close",
        {
            "outcome": "supported",
            "services": ["Samaritans helpline"],
            "followup_life_satisfaction": "6", "followup_worthwhile": "7",
            "followup_happiness": "6", "followup_anxiety": "4",
        },
    )  # fmt: skip
    assert closed.status_code == 303
    final = reload(db_session, referral.id)
    assert final.status == "closed" and final.outcome == "supported"
    assert final.outcome_services == ["Samaritans helpline"]
    assert final.wellbeing_followup == {"life_satisfaction": 6, "worthwhile": 7, "happiness": 6, "anxiety": 4}

    shown = worker.client.get(page).text
    assert "Supported" in shown or "supported" in shown
    assert "+2" in shown and "-3 (better)" in shown
    trail = actions(db_session, referral.id)
    assert trail[0] == "claimed"
    for action in ("contact_attempt", "note_added", "closed", "viewed_details"):
        assert action in trail


def test_reading_a_referral_is_audited(users, signed_in, referral_factory, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory()
    worker = signed_in(users[Role.link_worker])
    assert "+447700900123" in worker.client.get(f"/triage/referrals/{referral.id}").text
    events = list(db_session.scalars(select(AuditEvent).where(AuditEvent.referral_id == referral.id)))
    assert [(event.action, event.user_id) for event in events] == [("viewed_details", users[Role.link_worker].id)]


def test_claimed_referral_cannot_be_claimed_twice(users, signed_in, referral_factory, database_url: str) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.triage.staff_support import make_user

    referral = referral_factory()
    first = signed_in(users[Role.link_worker])
    assert first.submit(f"/triage/referrals/{referral.id}/claim").status_code == 303
    second = signed_in(make_user(database_url))
    response = second.submit(f"/triage/referrals/{referral.id}/claim")
    assert response.status_code == 409
    assert "already been claimed" in response.text


def test_only_the_holder_or_a_team_lead_works_a_claimed_referral(
    users, signed_in, referral_factory, database_url, db_session
) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.triage.staff_support import make_user

    referral = referral_factory()
    holder = signed_in(users[Role.link_worker])
    holder.submit(f"/triage/referrals/{referral.id}/claim")
    other = signed_in(make_user(database_url))
    refused = other.submit(f"/triage/referrals/{referral.id}/contacts", {"method": "phone", "result": "reached"})
    assert refused.status_code == 403 and "ask a team lead to reassign" in refused.text

    lead = signed_in(users[Role.team_lead])
    assert (
        lead.submit(f"/triage/referrals/{referral.id}/reassign", {"assignee_id": str(other.user.id)}).status_code == 303
    )
    assert reload(db_session, referral.id).claimed_by_id == other.user.id
    assert (
        other.submit(f"/triage/referrals/{referral.id}/contacts", {"method": "sms", "result": "reached"}).status_code
        == 303
    )


def test_unclaim_returns_the_referral_to_the_queue(users, signed_in, referral_factory, db_session) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory()
    worker = signed_in(users[Role.link_worker])
    worker.submit(f"/triage/referrals/{referral.id}/claim")
    assert worker.submit(f"/triage/referrals/{referral.id}/unclaim").status_code == 303
    back = reload(db_session, referral.id)
    assert back.status == "new" and back.claimed_by_id is None
    assert actions(db_session, referral.id)[-1] == "unclaimed"


def test_closing_checks_the_outcome_makes_sense(users, signed_in, referral_factory, db_session) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory()
    worker = signed_in(users[Role.link_worker])
    page = f"/triage/referrals/{referral.id}"
    worker.submit(f"{page}/claim")
    no_services = worker.submit(f"{page}/close", {"outcome": "supported"})
    assert no_services.status_code == 400 and "at least one service" in no_services.text
    too_soon = worker.submit(f"{page}/close", {"outcome": "unable_to_contact"})
    assert too_soon.status_code == 400 and "at least 3 contact attempts" in too_soon.text
    partial = worker.submit(f"{page}/close", {"outcome": "declined", "followup_happiness": "5"})
    assert partial.status_code == 400 and "all four wellbeing answers" in partial.text
    for _ in range(3):
        worker.submit(f"{page}/contacts", {"method": "phone", "result": "no_answer"})
    assert worker.submit(f"{page}/close", {"outcome": "unable_to_contact"}).status_code == 303
    assert reload(db_session, referral.id).outcome == "unable_to_contact"
    again = worker.submit(f"{page}/notes", {"text": "after closing"})
    assert again.status_code == 303
    assert worker.submit(f"{page}/contacts", {"method": "phone", "result": "reached"}).status_code == 409


def test_queue_puts_urgent_first_then_longest_waiting_and_filters(users, signed_in, referral_factory) -> None:  # type: ignore[no-untyped-def]
    area = unique("Queueton ")
    older = referral_factory(area=area, created_at=hours_ago(50), needs=["housing"])
    newer = referral_factory(area=area, created_at=hours_ago(2), needs=["debt_money"])
    urgent = referral_factory(area=area, created_at=hours_ago(1), urgent=True, crisis_type="suicide_self_harm")
    worker = signed_in(users[Role.link_worker])
    page = worker.client.get("/triage/queue", params={"area": area}).text
    positions = [page.index(r.reference) for r in (urgent, older, newer)]
    assert positions == sorted(positions)
    assert "Urgent: suicide self harm" in page

    housing = worker.client.get("/triage/queue", params={"area": area, "need": "housing"}).text
    assert older.reference in housing and newer.reference not in housing
    worker.submit(f"/triage/referrals/{newer.id}/claim")
    mine = worker.client.get("/triage/queue", params={"area": area, "mine": "true"}).text
    assert newer.reference in mine and older.reference not in mine
    unclaimed = worker.client.get("/triage/queue", params={"area": area, "unclaimed": "true"}).text
    assert newer.reference not in unclaimed and older.reference in unclaimed


def test_resident_text_and_notes_are_escaped(users, signed_in, referral_factory) -> None:  # type: ignore[no-untyped-def]
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    referral = referral_factory(
        what_matters=payload, name=payload, need_evidence={"debt_money": payload}, area=unique("<b>Area</b> ")
    )
    worker = signed_in(users[Role.link_worker])
    worker.submit(f"/triage/referrals/{referral.id}/claim")
    worker.submit(f"/triage/referrals/{referral.id}/notes", {"text": payload})
    for page in (f"/triage/referrals/{referral.id}", f"/triage/queue?area={referral.area}"):
        html = worker.client.get(page).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Area</b>" not in html
    assert (
        "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in worker.client.get(f"/triage/referrals/{referral.id}").text
    )


def test_a_queue_longer_than_a_page_says_how_many_and_links_to_the_next(users, signed_in, referral_factory) -> None:  # type: ignore[no-untyped-def]
    area = unique("Longqueue ")
    made = [
        referral_factory(area=area, created_at=hours_ago(QUEUE_PAGE_SIZE + 1 - n)).reference
        for n in range(QUEUE_PAGE_SIZE + 1)
    ]
    worker = signed_in(users[Role.link_worker])
    first = worker.client.get("/triage/queue", params={"area": area}).text
    assert f"{QUEUE_PAGE_SIZE + 1} referrals" in first and f"Showing 1 to {QUEUE_PAGE_SIZE}." in first
    assert made[0] in first and made[-1] not in first
    next_link = re.search(r'<a href="([^"]+)" rel="next">', first)
    assert next_link is not None
    second = worker.client.get(html.unescape(next_link.group(1))).text
    assert made[-1] in second and made[0] not in second
    assert 'rel="prev"' in second and 'rel="next"' not in second
