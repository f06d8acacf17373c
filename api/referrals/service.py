"""Creating and erasing what a conversation leaves behind: a referral, and the aggregate record.

Idempotent per conversation: the `conversation_key` is unique, so a retried submission returns the
referral already written instead of a second one. Functions flush; the caller commits once.
"""

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.errors import Conflict
from api.referrals.models import ConversationRecord, Referral
from api.referrals.repository import ConversationRepository
from index.database import utcnow

# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: a reference read aloud over the phone cannot be misheard.
REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
REFERENCE_LENGTH = 4
REFERENCE_ATTEMPTS = 20


def conversation_key(sender_id: str, started_at: float) -> str:
    """One conversation: who (the channel's sender id) and when its session started."""
    return hashlib.sha256(f"{sender_id}|{started_at:.6f}".encode()).hexdigest()


def new_reference() -> str:
    return "LW-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


@dataclass
class Consent:
    store: bool
    share: bool
    version: str
    text: str
    at: datetime = field(default_factory=utcnow)


@dataclass
class ContactDetails:
    name: str
    phone: str | None
    email: str | None
    preferred_method: str | None
    preferred_times: str | None
    voicemail_safe: bool | None


@dataclass
class ReferralDraft:
    """Everything the conversation gathered for a referral."""

    conversation_key: str
    needs: list[str]
    need_evidence: dict[str, str]
    what_matters: str | None
    area: str | None
    age_band: str | None
    services_shown: list[str]
    consent: Consent
    contact: ContactDetails
    crisis_type: str | None = None
    crisis_evidence: str | None = None
    wellbeing_baseline: dict[str, int] | None = None
    sender_id: str | None = None


@dataclass
class ConversationSummary:
    """The aggregate every conversation leaves, anonymous or not: nothing identifying."""

    conversation_key: str
    anonymous: bool
    needs: list[str]
    area: str | None
    age_band: str | None
    services_shown: list[str]
    unmet_needs: list[str]
    crisis_type: str | None = None


def submit_referral(session: Session, draft: ReferralDraft) -> Referral:
    """Write the referral, or return the one this conversation already wrote."""
    repository = ConversationRepository(session)
    existing = repository.referral_for(draft.conversation_key)
    if existing is not None:
        return existing
    if not (draft.consent.store and draft.consent.share):
        raise Conflict("A referral needs consent to store and to share the resident's details.")
    referral = Referral(
        reference=_unused_reference(repository),
        conversation_key=draft.conversation_key,
        sender_id=draft.sender_id,
        urgent=draft.crisis_type is not None,
        crisis_type=draft.crisis_type,
        crisis_evidence=draft.crisis_evidence,
        needs=list(draft.needs),
        need_evidence=dict(draft.need_evidence),
        what_matters=draft.what_matters,
        area=draft.area,
        age_band=draft.age_band,
        services_shown=list(draft.services_shown),
        consent_store=draft.consent.store,
        consent_share=draft.consent.share,
        consent_version=draft.consent.version,
        consent_text=draft.consent.text,
        consent_at=draft.consent.at,
        name=draft.contact.name,
        phone=draft.contact.phone,
        email=draft.contact.email,
        preferred_method=draft.contact.preferred_method,
        preferred_times=draft.contact.preferred_times,
        voicemail_safe=draft.contact.voicemail_safe,
        wellbeing_baseline=draft.wellbeing_baseline,
    )
    try:
        with session.begin_nested():
            repository.add(referral)
    except IntegrityError:
        # A concurrent retry of the same conversation won the race: return its referral.
        winner = repository.referral_for(draft.conversation_key)
        if winner is None:
            raise
        return winner
    _mark_referred(repository, draft)
    return referral


def record_conversation(session: Session, summary: ConversationSummary) -> ConversationRecord:
    """Create or update the conversation's aggregate record."""
    repository = ConversationRepository(session)
    record = repository.record_for(summary.conversation_key)
    if record is None:
        record = ConversationRecord(conversation_key=summary.conversation_key)
        session.add(record)
    record.anonymous = summary.anonymous
    record.needs = list(summary.needs)
    record.area = summary.area
    record.age_band = summary.age_band
    record.services_shown = list(summary.services_shown)
    record.unmet_needs = list(summary.unmet_needs)
    record.crisis_type = summary.crisis_type or record.crisis_type
    session.flush()
    return record


class ErasureResult(StrEnum):
    nothing_sent = "nothing_sent"
    referral_erased = "referral_erased"
    referral_claimed = "referral_claimed"


def erase_conversation(session: Session, key: str) -> ErasureResult:
    """Erase "what I told you": the aggregate record and any referral no link worker has claimed yet.

    A claimed referral stays (a link worker is already acting on it); the resident is told so.
    """
    repository = ConversationRepository(session)
    had_referral = repository.referral_for(key) is not None
    erased = repository.delete_unclaimed_referral(key)
    repository.delete_record(key)
    session.flush()
    if erased:
        return ErasureResult.referral_erased
    return ErasureResult.referral_claimed if had_referral else ErasureResult.nothing_sent


def _unused_reference(repository: ConversationRepository) -> str:
    for _ in range(REFERENCE_ATTEMPTS):
        reference = new_reference()
        if not repository.reference_taken(reference):
            return reference
    raise Conflict("Could not find a free referral reference; please try again.")


def _mark_referred(repository: ConversationRepository, draft: ReferralDraft) -> None:
    record = repository.record_for(draft.conversation_key)
    if record is None:
        record = ConversationRecord(conversation_key=draft.conversation_key, needs=list(draft.needs))
        record.area, record.age_band = draft.area, draft.age_band
        record.services_shown = list(draft.services_shown)
        repository.add(record)
    record.referred = True
    record.crisis_type = draft.crisis_type or record.crisis_type
    repository.session.flush()
