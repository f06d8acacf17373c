"""SQL for the conversation side of referrals: creating, finding and erasing by conversation."""

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api.referrals.models import ConversationRecord, Referral, ReferralStatus


class ConversationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def referral_for(self, conversation_key: str) -> Referral | None:
        return self.session.scalars(select(Referral).where(Referral.conversation_key == conversation_key)).first()

    def record_for(self, conversation_key: str) -> ConversationRecord | None:
        return self.session.scalars(
            select(ConversationRecord).where(ConversationRecord.conversation_key == conversation_key)
        ).first()

    def reference_taken(self, reference: str) -> bool:
        return self.session.scalar(select(Referral.id).where(Referral.reference == reference)) is not None

    def add(self, row: Referral | ConversationRecord) -> None:
        self.session.add(row)
        self.session.flush()

    def delete_unclaimed_referral(self, conversation_key: str) -> bool:
        result = self.session.execute(
            delete(Referral).where(Referral.conversation_key == conversation_key, Referral.status == ReferralStatus.new)
        )
        return bool(getattr(result, "rowcount", 0))

    def delete_record(self, conversation_key: str) -> None:
        self.session.execute(delete(ConversationRecord).where(ConversationRecord.conversation_key == conversation_key))
