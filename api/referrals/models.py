"""Self-referrals and the anonymous aggregate record every conversation leaves."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from index.database import Base, utcnow


class ReferralStatus(StrEnum):
    new = "new"
    claimed = "claimed"
    contacted = "contacted"
    closed = "closed"


class Outcome(StrEnum):
    supported = "supported"
    declined = "declined"
    unable_to_contact = "unable_to_contact"
    referred_elsewhere = "referred_elsewhere"
    not_eligible = "not_eligible"


class Referral(Base):
    """What a link worker needs to act on a self-referral.

    Identifying fields (name, phone, email, preferred times, what_matters, sender_id) are nullable so
    retention and erasure can blank them while the anonymous statistics stay.
    """

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    conversation_key: Mapped[str] = mapped_column(String(128), unique=True)
    # Rasa's sender id, so erasure can also delete the conversation's transcript from the tracker store.
    sender_id: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[ReferralStatus] = mapped_column(String(20), default=ReferralStatus.new)
    urgent: Mapped[bool] = mapped_column(default=False)
    crisis_type: Mapped[str | None] = mapped_column(String(40))
    crisis_evidence: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[list] = mapped_column(default=list)
    need_evidence: Mapped[dict] = mapped_column(default=dict)
    what_matters: Mapped[str | None] = mapped_column(Text)
    area: Mapped[str | None] = mapped_column(String(100))
    age_band: Mapped[str | None] = mapped_column(String(20))
    services_shown: Mapped[list] = mapped_column(default=list)
    consent_store: Mapped[bool] = mapped_column(default=False)
    consent_share: Mapped[bool] = mapped_column(default=False)
    consent_version: Mapped[str | None] = mapped_column(String(40))
    consent_text: Mapped[str | None] = mapped_column(Text)
    consent_at: Mapped[datetime | None]
    name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(320))
    preferred_method: Mapped[str | None] = mapped_column(String(20))
    preferred_times: Mapped[str | None] = mapped_column(String(200))
    voicemail_safe: Mapped[bool | None]
    wellbeing_baseline: Mapped[dict | None]
    wellbeing_followup: Mapped[dict | None]
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[datetime | None]
    first_contact_at: Mapped[datetime | None]
    outcome: Mapped[Outcome | None] = mapped_column(String(30))
    outcome_services: Mapped[list] = mapped_column(default=list)
    closed_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]

    contact_attempts: Mapped[list["ContactAttempt"]] = relationship(
        back_populates="referral", lazy="raise", order_by="ContactAttempt.at"
    )


class ContactAttempt(Base):
    __tablename__ = "contact_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    method: Mapped[str] = mapped_column(String(20))
    result: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    referral: Mapped[Referral] = relationship(back_populates="contact_attempts", lazy="raise")


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """Who did what to which referral, and when. Never holds identifying values."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id", ondelete="SET NULL"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[dict] = mapped_column(default=dict)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ConversationRecord(Base):
    """The aggregate every conversation leaves, anonymous or not: nothing identifying."""

    __tablename__ = "conversation_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_key: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    anonymous: Mapped[bool] = mapped_column(default=False)
    needs: Mapped[list] = mapped_column(default=list)
    area: Mapped[str | None] = mapped_column(String(100))
    age_band: Mapped[str | None] = mapped_column(String(20))
    services_shown: Mapped[list] = mapped_column(default=list)
    unmet_needs: Mapped[list] = mapped_column(default=list)
    crisis_type: Mapped[str | None] = mapped_column(String(40))
    referred: Mapped[bool] = mapped_column(default=False)


class RetentionPolicy(Base):
    """The retention period an admin set in the triage pages; without a row, `settings.retention_days` applies."""

    __tablename__ = "retention_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    days: Mapped[int]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
