"""The referral queue repository: every query the triage pages and the staff API make on referrals."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, cast, func, select, update
from sqlalchemy.orm import Session

from api.auth.models import User
from api.errors import InvalidInputError, NotFoundError
from api.referrals.models import AuditEvent, ContactAttempt, Note, Referral, ReferralStatus
from index.taxonomy import load_taxonomy

QUEUE_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class QueueFilter:
    status: ReferralStatus | None = None
    need: str | None = None
    area: str | None = None
    claimed_by_id: int | None = None
    unclaimed: bool = False
    include_closed: bool = False


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue, with the total, so a long queue is never silently cut short."""

    referrals: list[Referral]
    total: int
    offset: int
    limit: int

    @property
    def first_shown(self) -> int:
        return self.offset + 1 if self.referrals else 0

    @property
    def last_shown(self) -> int:
        return self.offset + len(self.referrals)

    @property
    def has_previous(self) -> bool:
        return self.offset > 0

    @property
    def has_next(self) -> bool:
        return self.last_shown < self.total


def _need_pattern(need: str) -> str:
    """Needs are stored as a JSON list; a taxonomy key is plain ASCII, so its quoted form is a safe LIKE pattern."""
    if need not in load_taxonomy().needs:
        raise InvalidInputError(f"{need!r} is not a need in the taxonomy.")
    return f'%"{need}"%'


def _filtered(query: Select[Any], queue_filter: QueueFilter) -> Select[Any]:
    if queue_filter.status is not None:
        query = query.where(Referral.status == queue_filter.status)
    elif not queue_filter.include_closed:
        query = query.where(Referral.status != ReferralStatus.closed)
    if queue_filter.need:
        query = query.where(cast(Referral.needs, String).like(_need_pattern(queue_filter.need)))
    if queue_filter.area:
        query = query.where(Referral.area == queue_filter.area)
    if queue_filter.claimed_by_id is not None:
        query = query.where(Referral.claimed_by_id == queue_filter.claimed_by_id)
    if queue_filter.unclaimed:
        query = query.where(Referral.claimed_by_id.is_(None))
    return query


class ReferralQueue:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, referral_id: int) -> Referral:
        referral = self.session.get(Referral, referral_id)
        if referral is None:
            raise NotFoundError(f"There is no referral with id {referral_id}.")
        return referral

    def by_reference(self, reference: str) -> Referral | None:
        return self.session.scalars(select(Referral).where(Referral.reference == reference)).first()

    def find(self, queue_filter: QueueFilter, offset: int = 0, limit: int = QUEUE_PAGE_SIZE) -> QueuePage:
        """Urgent (crisis) referrals first, then the longest waiting; one page of them and the total."""
        if not 1 <= limit <= MAX_PAGE_SIZE or offset < 0:
            raise InvalidInputError(f"A page holds 1 to {MAX_PAGE_SIZE} referrals and starts at 0 or later.")
        matching = _filtered(select(Referral), queue_filter)
        total = self.session.scalar(_filtered(select(func.count()).select_from(Referral), queue_filter)) or 0
        ordered = matching.order_by(Referral.urgent.desc(), Referral.created_at, Referral.id)
        referrals = list(self.session.scalars(ordered.offset(offset).limit(limit)))
        return QueuePage(referrals=referrals, total=total, offset=offset, limit=limit)

    def areas(self) -> list[str]:
        query = select(Referral.area).where(Referral.area.is_not(None)).distinct().order_by(Referral.area)
        return [area for area in self.session.scalars(query) if area]

    def try_claim(self, referral_id: int, user_id: int, at: datetime) -> bool:
        """Atomic: the WHERE clause re-checks under the row lock, so of two racing claims exactly one updates."""
        result = self.session.execute(
            update(Referral)
            .where(Referral.id == referral_id, Referral.status == ReferralStatus.new, Referral.claimed_by_id.is_(None))
            .values(status=ReferralStatus.claimed, claimed_by_id=user_id, claimed_at=at)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def try_unclaim(self, referral_id: int, user_id: int) -> bool:
        result = self.session.execute(
            update(Referral)
            .where(
                Referral.id == referral_id, Referral.status == ReferralStatus.claimed, Referral.claimed_by_id == user_id
            )
            .values(status=ReferralStatus.new, claimed_by_id=None, claimed_at=None)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def refresh(self, referral: Referral) -> Referral:
        self.session.refresh(referral)
        return referral

    def attempts(self, referral_id: int) -> list[ContactAttempt]:
        query = select(ContactAttempt).where(ContactAttempt.referral_id == referral_id)
        return list(self.session.scalars(query.order_by(ContactAttempt.at, ContactAttempt.id)))

    def notes(self, referral_id: int) -> list[Note]:
        query = select(Note).where(Note.referral_id == referral_id)
        return list(self.session.scalars(query.order_by(Note.created_at, Note.id)))

    def audit_trail(self, referral_id: int) -> list[AuditEvent]:
        query = select(AuditEvent).where(AuditEvent.referral_id == referral_id)
        return list(self.session.scalars(query.order_by(AuditEvent.at, AuditEvent.id)))

    def usernames(self) -> dict[int, str]:
        return {user_id: name for user_id, name in self.session.execute(select(User.id, User.username))}
