"""Imports every table module so `Base.metadata` is complete (for Alembic and tests)."""

from api.auth.models import Role, User
from api.referrals.models import AuditEvent, ContactAttempt, ConversationRecord, Note, Referral, RetentionPolicy
from index.models import DirectorySource, Organisation, Service

__all__ = [
    "AuditEvent",
    "ContactAttempt",
    "ConversationRecord",
    "DirectorySource",
    "Note",
    "Organisation",
    "Referral",
    "RetentionPolicy",
    "Role",
    "Service",
    "User",
]
