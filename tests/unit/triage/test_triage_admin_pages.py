"""Admins manage accounts and the retention period; team leads keep the directory's review dates fresh."""

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import Role
from api.referrals.models import RetentionPolicy
from index.models import Service
from tests.unit.triage.staff_support import StaffMember, unique


def test_admin_creates_an_account_that_can_sign_in(users, signed_in, staff_client) -> None:  # type: ignore[no-untyped-def]
    admin = signed_in(users[Role.admin])
    username = unique("newstarter")
    response = admin.submit(
        "/triage/users", {"username": username, "role": "link_worker", "password": "first day passphrase"}
    )
    assert response.status_code == 303
    listing = admin.client.get("/triage/users").text
    assert username in listing
    staff_client.cookies.clear()
    assert StaffMember(staff_client).sign_in_as(username, "first day passphrase").status_code == 303


def test_admin_resets_a_password(users, signed_in, staff_client, database_url: str, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.triage.staff_support import make_user

    forgetful = make_user(database_url)
    admin = signed_in(users[Role.admin])
    assert (
        admin.submit(f"/triage/users/{forgetful.id}/password", {"password": "fresh start passphrase"}).status_code
        == 303
    )
    staff_client.cookies.clear()
    assert StaffMember(staff_client).sign_in_as(forgetful.username, "fresh start passphrase").status_code == 303


def test_admin_sets_the_retention_period(users, signed_in, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    admin = signed_in(users[Role.admin])
    assert admin.submit("/triage/retention", {"days": "200"}).status_code == 303
    assert "<strong>200 days</strong>" in admin.client.get("/triage/retention").text
    refused = admin.submit("/triage/retention", {"days": "0"})
    assert refused.status_code == 400 and "between 1 and 3650 days" in refused.text
    admin.submit("/triage/retention", {"days": "365"})
    latest = db_session.scalars(select(RetentionPolicy).order_by(RetentionPolicy.id.desc())).first()
    assert latest is not None and latest.days == 365


def test_team_lead_marks_a_stale_service_reviewed(users, signed_in, database_url: str, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    from index.database import get_session_factory

    with get_session_factory(database_url)() as session:
        service = session.scalars(select(Service).where(Service.status == "active")).first()
        assert service is not None
        service_id, service_name = service.id, service.name
        service.last_reviewed = date.today() - timedelta(days=800)
        session.commit()
    lead = signed_in(users[Role.team_lead])
    assert service_name in lead.client.get("/triage/directory/stale").text
    assert lead.submit(f"/triage/directory/services/{service_id}/reviewed").status_code == 303
    db_session.expire_all()
    reviewed = db_session.get(Service, service_id)
    assert reviewed is not None and reviewed.last_reviewed == date.today()


def test_link_worker_sees_no_admin_links(users, signed_in) -> None:  # type: ignore[no-untyped-def]
    page = signed_in(users[Role.link_worker]).client.get("/triage/queue").text
    assert 'href="/triage/users"' not in page and 'href="/triage/reports"' not in page
    admin_page = signed_in(users[Role.admin]).client.get("/triage/queue").text
    assert 'href="/triage/users"' in admin_page and 'href="/triage/reports"' in admin_page
