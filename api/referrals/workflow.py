"""The link worker's workflow on a referral: new -> claimed -> contacted -> closed.

Each status change or record is one explicit function that also writes its audit event.
Functions flush; the request (or command) commits once.
"""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from api.auth.models import Role, User
from api.errors import ConflictError, InvalidInputError, PermissionDeniedError
from api.referrals.models import AuditEvent, ContactAttempt, Note, Outcome, Referral, ReferralStatus
from api.referrals.queue import ReferralQueue
from index.database import utcnow

UNABLE_TO_CONTACT_ATTEMPTS = 3
MAX_NOTE_CHARS = 4000
ONS4_QUESTIONS = {
    "life_satisfaction": "Overall, how satisfied are you with your life nowadays?",
    "worthwhile": "Overall, to what extent do you feel the things you do in your life are worthwhile?",
    "happiness": "Overall, how happy did you feel yesterday?",
    "anxiety": "Overall, how anxious did you feel yesterday?",
}


class ContactMethod(StrEnum):
    phone = "phone"
    sms = "sms"
    email = "email"
    letter = "letter"


class ContactResult(StrEnum):
    reached = "reached"
    no_answer = "no_answer"
    left_message = "left_message"
    wrong_details = "wrong_details"


def audit(session: Session, actor: User | None, action: str, referral_id: int | None, **detail: Any) -> AuditEvent:
    """Record who did what, and when. `detail` must never hold identifying values."""
    event = AuditEvent(referral_id=referral_id, user_id=actor.id if actor else None, action=action, detail=detail)
    session.add(event)
    session.flush()
    return event


def record_details_viewed(session: Session, referral: Referral, actor: User, via: str) -> None:
    audit(session, actor, "viewed_details", referral.id, via=via)


def _require_open(referral: Referral) -> None:
    if referral.status == ReferralStatus.closed:
        raise ConflictError(f"Referral {referral.reference} is closed; it cannot change any more.")


def _require_holder(referral: Referral, actor: User) -> None:
    if referral.claimed_by_id is None:
        raise ConflictError(f"Claim referral {referral.reference} before working on it.")
    if referral.claimed_by_id != actor.id and not Role(actor.role).includes(Role.team_lead):
        raise PermissionDeniedError(
            f"Referral {referral.reference} is claimed by someone else; ask a team lead to reassign it."
        )


def claim(queue: ReferralQueue, referral_id: int, actor: User) -> Referral:
    referral = queue.get(referral_id)
    _require_open(referral)
    if not queue.try_claim(referral_id, actor.id, utcnow()):
        raise ConflictError(f"Referral {referral.reference} has already been claimed. Pick another from the queue.")
    audit(queue.session, actor, "claimed", referral_id)
    return queue.refresh(referral)


def unclaim(queue: ReferralQueue, referral_id: int, actor: User) -> Referral:
    """Hand a claimed referral back to the queue; once contact has been made, a team lead reassigns instead."""
    referral = queue.get(referral_id)
    if referral.status != ReferralStatus.claimed or referral.claimed_by_id != actor.id:
        raise ConflictError(
            f"Only the link worker who claimed referral {referral.reference}, before contact, can unclaim it."
        )
    if not queue.try_unclaim(referral_id, actor.id):
        raise ConflictError(
            f"Referral {referral.reference} changed while you were looking at it. Reload and try again."
        )
    audit(queue.session, actor, "unclaimed", referral_id)
    return queue.refresh(referral)


def record_contact(
    queue: ReferralQueue, referral: Referral, actor: User, method: str, result: str, at: datetime | None = None
) -> ContactAttempt:
    _require_open(referral)
    _require_holder(referral, actor)
    if method not in set(ContactMethod) or result not in set(ContactResult):
        raise InvalidInputError("Choose how you tried to make contact and what happened.")
    at = at or utcnow()
    attempt = ContactAttempt(referral_id=referral.id, user_id=actor.id, method=method, result=result, at=at)
    queue.session.add(attempt)
    if result == ContactResult.reached:
        if referral.first_contact_at is None:
            referral.first_contact_at = at
        referral.status = ReferralStatus.contacted
    queue.session.flush()
    audit(queue.session, actor, "contact_attempt", referral.id, method=method, result=result)
    return attempt


def parse_wellbeing(scores: dict[str, str | int | None]) -> dict[str, int] | None:
    """ONS4 follow-up: all four answers 0-10, or none at all (the person did not agree)."""
    given = {key: scores.get(key) for key in ONS4_QUESTIONS if scores.get(key) not in (None, "")}
    if not given:
        return None
    if len(given) != len(ONS4_QUESTIONS):
        raise InvalidInputError("Record all four wellbeing answers, or none if the person did not want to answer.")
    try:
        parsed = {key: int(str(value)) for key, value in given.items()}
    except ValueError:
        raise InvalidInputError("Each wellbeing answer is a whole number from 0 to 10.") from None
    if not all(0 <= value <= 10 for value in parsed.values()):
        raise InvalidInputError("Each wellbeing answer is a whole number from 0 to 10.")
    return parsed


def close(
    queue: ReferralQueue,
    referral: Referral,
    actor: User,
    outcome: str,
    services: list[str] | None = None,
    wellbeing_followup: dict[str, int] | None = None,
) -> Referral:
    _require_open(referral)
    _require_holder(referral, actor)
    if outcome not in set(Outcome):
        raise InvalidInputError("Choose the outcome of this referral.")
    services = [service.replace("\x00", "").strip()[:200] for service in services or []]
    services = [service for service in services if service]
    if outcome == Outcome.supported and not services:
        raise InvalidInputError("Name at least one service the person was connected to when closing as supported.")
    attempts = len(queue.attempts(referral.id))
    if outcome == Outcome.unable_to_contact and attempts < UNABLE_TO_CONTACT_ATTEMPTS:
        raise InvalidInputError(
            f"Make at least {UNABLE_TO_CONTACT_ATTEMPTS} contact attempts before closing as unable to contact "
            f"({attempts} recorded so far)."
        )
    referral.status = ReferralStatus.closed
    referral.outcome = Outcome(outcome)
    referral.outcome_services = services if outcome == Outcome.supported else []
    referral.closed_at = utcnow()
    if wellbeing_followup is not None:
        referral.wellbeing_followup = wellbeing_followup
    queue.session.flush()
    audit(
        queue.session, actor, "closed", referral.id, outcome=outcome, services=len(referral.outcome_services),
        wellbeing_followup=wellbeing_followup is not None,
    )  # fmt: skip
    return referral


def reassign(queue: ReferralQueue, referral: Referral, actor: User, assignee: User) -> Referral:
    _require_open(referral)
    if not Role(actor.role).includes(Role.team_lead):
        raise PermissionDeniedError("Only a team lead can reassign a referral.")
    if not assignee.active or Role(assignee.role) == Role.admin:
        raise InvalidInputError(
            f"{assignee.username} cannot take referrals; choose an active link worker or team lead."
        )
    previous = referral.claimed_by_id
    referral.claimed_by_id = assignee.id
    referral.claimed_at = utcnow()
    if referral.status == ReferralStatus.new:
        referral.status = ReferralStatus.claimed
    queue.session.flush()
    audit(queue.session, actor, "reassigned", referral.id, from_user_id=previous, to_user_id=assignee.id)
    return referral


def add_note(queue: ReferralQueue, referral: Referral, actor: User, text: str) -> Note:
    text = text.replace("\x00", "").strip()
    if not text:
        raise InvalidInputError("Write something in the note before saving it.")
    if len(text) > MAX_NOTE_CHARS:
        raise InvalidInputError(f"Notes are at most {MAX_NOTE_CHARS} characters; split a longer one.")
    note = Note(referral_id=referral.id, user_id=actor.id, text=text)
    queue.session.add(note)
    queue.session.flush()
    audit(queue.session, actor, "note_added", referral.id)
    return note
