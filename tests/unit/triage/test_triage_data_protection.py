"""Retention, erasure on request and the subject-access export."""

import os
import subprocess
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import Role
from api.referrals.models import AuditEvent, ContactAttempt, Note
from api.retention import run_retention, set_retention_days
from api.settings import get_settings
from index.database import get_session_factory, utcnow
from tests.servers import APP_PYTHON, ROOT
from tests.unit.triage.staff_support import make_user, reload

IDENTIFYING = ("name", "phone", "email", "preferred_times", "what_matters", "crisis_evidence")


def closed_days_ago(days: int) -> dict[str, object]:
    return {"status": "closed", "outcome": "supported", "closed_at": utcnow() - timedelta(days=days)}


def add_note_and_attempt(database_url: str, referral_id: int) -> None:
    with get_session_factory(database_url)() as session:
        session.add(Note(referral_id=referral_id, text="Lives with her son Dan at 4 Test Road"))
        session.add(ContactAttempt(referral_id=referral_id, method="phone", result="reached"))
        session.commit()


def test_retention_erases_identifying_details_of_old_closed_referrals_only(
    referral_factory,
    database_url: str,
    db_session: Session,  # type: ignore[no-untyped-def]
) -> None:
    old = referral_factory(crisis_evidence="words that raised the alert", **closed_days_ago(400))
    add_note_and_attempt(database_url, old.id)
    recent = referral_factory(**closed_days_ago(30))
    still_open = referral_factory(created_at=utcnow() - timedelta(days=500))

    with get_session_factory(database_url)() as session:
        erased = run_retention(session, get_settings())
        session.commit()
    assert old.reference in erased
    assert recent.reference not in erased and still_open.reference not in erased

    gone = reload(db_session, old.id)
    assert all(getattr(gone, field) is None for field in IDENTIFYING)
    assert gone.need_evidence == {} and gone.erased_at is not None
    assert gone.needs == ["loneliness_isolation", "debt_money"] and gone.area == old.area
    assert gone.age_band == "65_plus" and gone.outcome == "supported"
    assert gone.wellbeing_baseline == old.wellbeing_baseline
    notes = list(db_session.scalars(select(Note.text).where(Note.referral_id == old.id)))
    assert notes == ["(erased)"]
    assert (
        db_session.scalars(select(ContactAttempt.result).where(ContactAttempt.referral_id == old.id)).one() == "reached"
    )
    assert reload(db_session, recent.id).phone == "+447700900123"
    assert reload(db_session, still_open.id).phone == "+447700900123"


def test_admin_can_shorten_the_retention_period(referral_factory, database_url: str, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    admin = make_user(database_url, Role.admin)
    month_old = referral_factory(**closed_days_ago(40))
    with get_session_factory(database_url)() as session:
        set_retention_days(session, admin, 30)
        erased = run_retention(session, get_settings())
        set_retention_days(session, admin, 365)
        session.commit()
    assert month_old.reference in erased
    assert reload(db_session, month_old.id).email is None


def test_retention_command_line_erases_and_reports(referral_factory, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    old = referral_factory(**closed_days_ago(366))
    result = subprocess.run(
        [str(APP_PYTHON), "-m", "api", "retention", "run"],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert old.reference in result.stdout
    assert reload(db_session, old.id).name is None


def test_team_lead_erases_on_request_and_it_is_audited(users, signed_in, referral_factory, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory()
    lead = signed_in(users[Role.team_lead])
    assert lead.submit(f"/triage/referrals/{referral.id}/erase").status_code == 303
    erased = reload(db_session, referral.id)
    assert erased.name is None and erased.phone is None and erased.status == "closed"
    page = lead.client.get(f"/triage/referrals/{referral.id}").text
    assert "+447700900123" not in page and "Identifying details erased" in page
    events = db_session.scalars(select(AuditEvent).where(AuditEvent.referral_id == referral.id)).all()
    assert ("erased", users[Role.team_lead].id) in [(event.action, event.user_id) for event in events]


def test_subject_access_export_holds_everything_and_is_audited(
    users, signed_in, referral_factory, database_url, db_session
) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory()
    add_note_and_attempt(database_url, referral.id)
    lead = signed_in(users[Role.team_lead])
    response = lead.client.get(f"/triage/referrals/{referral.id}/export")
    assert response.status_code == 200
    assert f'filename="{referral.reference}.json"' in response.headers["content-disposition"]
    document = response.json()
    assert document["referral"]["phone"] == "+447700900123"
    assert document["referral"]["what_matters"] == "Getting out of the house once a week"
    assert document["notes"][0]["text"] == "Lives with her son Dan at 4 Test Road"
    assert document["contact_attempts"][0]["result"] == "reached"
    actions = db_session.scalars(select(AuditEvent.action).where(AuditEvent.referral_id == referral.id)).all()
    assert "subject_access_export" in actions
