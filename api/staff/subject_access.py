"""Subject-access export: everything Linkway holds about one referral, as one JSON document."""

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import User
from api.referrals import workflow
from api.referrals.models import ConversationRecord, Referral
from api.referrals.queue import ReferralQueue

REFERRAL_FIELDS = (
    "reference", "created_at", "status", "urgent", "crisis_type", "crisis_evidence", "needs", "need_evidence",
    "what_matters", "area", "age_band", "services_shown", "consent_store", "consent_share", "consent_version",
    "consent_text", "consent_at", "name", "phone", "email", "preferred_method", "preferred_times", "voicemail_safe",
    "wellbeing_baseline", "wellbeing_followup", "claimed_at", "first_contact_at", "outcome", "outcome_services",
    "closed_at", "erased_at",
)  # fmt: skip


def jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def subject_access_export(session: Session, referral: Referral, actor: User) -> dict[str, Any]:
    """The export is itself a read of identifying details, so it is audited."""
    queue = ReferralQueue(session)
    usernames = queue.usernames()
    record = session.scalars(
        select(ConversationRecord).where(ConversationRecord.conversation_key == referral.conversation_key)
    ).first()
    document = {
        "referral": {field: jsonable(getattr(referral, field)) for field in REFERRAL_FIELDS},
        "claimed_by": usernames.get(referral.claimed_by_id) if referral.claimed_by_id else None,
        "contact_attempts": [
            {"at": jsonable(a.at), "method": a.method, "result": a.result, "by": usernames.get(a.user_id or 0)}
            for a in queue.attempts(referral.id)
        ],
        "notes": [
            {"at": jsonable(n.created_at), "text": n.text, "by": usernames.get(n.user_id or 0)}
            for n in queue.notes(referral.id)
        ],
        "conversation_summary": None
        if record is None
        else {
            "needs": record.needs,
            "area": record.area,
            "age_band": record.age_band,
            "services_shown": record.services_shown,
            "unmet_needs": record.unmet_needs,
        },
        "audit_trail": [
            {"at": jsonable(e.at), "action": e.action, "by": usernames.get(e.user_id or 0), "detail": e.detail}
            for e in queue.audit_trail(referral.id)
        ],
    }
    workflow.audit(session, actor, "subject_access_export", referral.id)
    return document
