"""Data protection: erasing a referral's identifying details, on request or after the retention period.

Erasure keeps what the anonymous statistics need (needs, area, age band, dates, status, outcome,
wellbeing scores, contact attempt methods and results) and blanks everything that could identify
the person: contact details, their own words, the detector's quoted evidence and staff notes. The
conversation's transcript is deleted from Rasa's tracker store too.
"""

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.auth.models import User
from api.errors import InvalidInputError
from api.referrals.models import Note, Referral, ReferralStatus, RetentionPolicy
from api.referrals.tracker_store import forget_conversation
from api.referrals.workflow import audit
from api.settings import Settings, get_settings
from index.database import utcnow

ERASED_NOTE = "(erased)"
MAX_RETENTION_DAYS = 3650


def retention_days(session: Session, settings: Settings) -> int:
    policy = session.scalars(select(RetentionPolicy).order_by(RetentionPolicy.id.desc())).first()
    return policy.days if policy else settings.retention_days


def set_retention_days(session: Session, actor: User, days: int) -> RetentionPolicy:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise InvalidInputError(f"Keep closed referrals for between 1 and {MAX_RETENTION_DAYS} days.")
    policy = RetentionPolicy(days=days, updated_by_id=actor.id)
    session.add(policy)
    session.flush()
    audit(session, actor, "retention_changed", None, days=days)
    return policy


def erase_identifying_details(session: Session, referral: Referral, actor: User | None, reason: str) -> None:
    """Blank the identifying fields; an open referral is closed too, since nobody can contact the person now."""
    forget_conversation(referral.sender_id, get_settings())
    referral.name = referral.phone = referral.email = referral.preferred_times = None
    referral.what_matters = referral.crisis_evidence = referral.sender_id = None
    referral.need_evidence = {}
    referral.conversation_key = f"erased-{referral.id}"
    referral.erased_at = utcnow()
    if referral.status != ReferralStatus.closed:
        referral.status = ReferralStatus.closed
        referral.closed_at = referral.erased_at
    session.execute(update(Note).where(Note.referral_id == referral.id).values(text=ERASED_NOTE))
    session.flush()
    audit(session, actor, "erased", referral.id, reason=reason)


def referrals_due_for_erasure(session: Session, days: int, now: datetime) -> list[Referral]:
    cutoff = now - timedelta(days=days)
    query = select(Referral).where(
        Referral.status == ReferralStatus.closed, Referral.closed_at < cutoff, Referral.erased_at.is_(None)
    )
    return list(session.scalars(query.order_by(Referral.id)))


def run_retention(session: Session, settings: Settings, now: datetime | None = None) -> list[str]:
    """Erase every closed referral past the retention period; returns their references."""
    days = retention_days(session, settings)
    due = referrals_due_for_erasure(session, days, now or utcnow())
    for referral in due:
        erase_identifying_details(session, referral, None, reason=f"retention after {days} days")
    return [referral.reference for referral in due]
