"""One referral: its details (reading them is audited) and every action a link worker takes on it."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import service as users
from api.auth.dependencies import CsrfChecked, LinkWorkerPage, TeamLeadPage
from api.deps import SessionDep
from api.path_params import ReferralId, UserIdField
from api.referrals import workflow
from api.referrals.models import Outcome, Referral
from api.referrals.queue import ReferralQueue
from api.reports.wellbeing import wellbeing_change
from api.retention import erase_identifying_details
from api.staff.subject_access import subject_access_export
from api.triage.templating import render
from index.models import Service

router = APIRouter(prefix="/triage/referrals", tags=["triage"])
Checked = Annotated[None, CsrfChecked]
NOTICES = {
    "claimed": "You have claimed this referral.",
    "unclaimed": "The referral is back in the queue.",
    "contact": "Contact attempt recorded.",
    "closed": "The referral is closed.",
    "note": "Note saved.",
    "reassigned": "The referral has been reassigned.",
    "erased": "The identifying details have been erased.",
}


def service_names(session: Session, shown: list[Any]) -> list[str]:
    """Names for the stored service ids (or their stored names), in the order the resident saw them."""
    ids = [item if isinstance(item, str) else str(item.get("id", "")) for item in shown]
    names = {
        service_id: name
        for service_id, name in session.execute(select(Service.id, Service.name).where(Service.id.in_(ids)))
    }
    return [names.get(service_id) or service_id for service_id in ids]


def back_to(referral_id: ReferralId, notice: str) -> RedirectResponse:
    return RedirectResponse(f"/triage/referrals/{referral_id}?notice={notice}", status_code=303)


@router.get("/{referral_id}")
def referral_page(
    request: Request, referral_id: ReferralId, user: LinkWorkerPage, session: SessionDep, notice: str | None = None
) -> Response:
    """Everything about one referral; opening it is recorded in its audit trail."""
    queue = ReferralQueue(session)
    referral = queue.get(referral_id)
    if referral.erased_at is None:
        workflow.record_details_viewed(session, referral, user, via="triage page")
    context = {
        "referral": referral,
        "notice": NOTICES.get(notice or ""),
        "attempts": queue.attempts(referral.id),
        "notes": queue.notes(referral.id),
        "audit_trail": queue.audit_trail(referral.id),
        "usernames": queue.usernames(),
        "services_shown": service_names(session, referral.services_shown or []),
        "outcome_services": service_names(session, referral.outcome_services or []),
        "caseworkers": users.active_caseworkers(session),
        "outcomes": list(Outcome),
        "methods": list(workflow.ContactMethod),
        "results": list(workflow.ContactResult),
        "ons4": workflow.ONS4_QUESTIONS,
        "wellbeing": wellbeing_change(referral.wellbeing_baseline, referral.wellbeing_followup),
    }
    return render(request, "triage/referral.html", context)


@router.post("/{referral_id}/claim")
def claim(referral_id: ReferralId, user: LinkWorkerPage, session: SessionDep, _: Checked) -> Response:
    """Claim an unclaimed referral; of two people claiming at once, exactly one wins."""
    workflow.claim(ReferralQueue(session), referral_id, user)
    return back_to(referral_id, "claimed")


@router.post("/{referral_id}/unclaim")
def unclaim(referral_id: ReferralId, user: LinkWorkerPage, session: SessionDep, _: Checked) -> Response:
    """Hand the referral back to the queue."""
    workflow.unclaim(ReferralQueue(session), referral_id, user)
    return back_to(referral_id, "unclaimed")


@router.post("/{referral_id}/contacts")
def record_contact(
    referral_id: ReferralId,
    user: LinkWorkerPage,
    session: SessionDep,
    _: Checked,
    method: Annotated[str, Form(max_length=20)],
    result: Annotated[str, Form(max_length=40)],
) -> Response:
    """Record one contact attempt and what happened."""
    queue = ReferralQueue(session)
    workflow.record_contact(queue, queue.get(referral_id), user, method, result)
    return back_to(referral_id, "contact")


@router.post("/{referral_id}/close")
def close(
    referral_id: ReferralId,
    user: LinkWorkerPage,
    session: SessionDep,
    _: Checked,
    outcome: Annotated[str, Form(max_length=30)] = "",
    services: Annotated[list[str] | None, Form()] = None,
    other_services: Annotated[str, Form(max_length=2000)] = "",
    followup_life_satisfaction: Annotated[str, Form(max_length=2)] = "",
    followup_worthwhile: Annotated[str, Form(max_length=2)] = "",
    followup_happiness: Annotated[str, Form(max_length=2)] = "",
    followup_anxiety: Annotated[str, Form(max_length=2)] = "",
) -> Response:
    """Close with an outcome, the services the person was connected to, and the ONS4 follow-up if they agreed."""
    followup = workflow.parse_wellbeing(
        {
            "life_satisfaction": followup_life_satisfaction,
            "worthwhile": followup_worthwhile,
            "happiness": followup_happiness,
            "anxiety": followup_anxiety,
        }
    )
    connected = [*(services or []), *other_services.splitlines()]
    queue = ReferralQueue(session)
    workflow.close(queue, queue.get(referral_id), user, outcome, connected, followup)
    return back_to(referral_id, "closed")


@router.post("/{referral_id}/notes")
def add_note(
    referral_id: ReferralId,
    user: LinkWorkerPage,
    session: SessionDep,
    _: Checked,
    text: Annotated[str, Form(max_length=workflow.MAX_NOTE_CHARS)],
) -> Response:
    """Add a note to the referral."""
    queue = ReferralQueue(session)
    workflow.add_note(queue, queue.get(referral_id), user, text)
    return back_to(referral_id, "note")


@router.post("/{referral_id}/reassign")
def reassign(
    referral_id: ReferralId, user: TeamLeadPage, session: SessionDep, _: Checked, assignee_id: UserIdField
) -> Response:
    """Give the referral to another link worker (team leads)."""
    queue = ReferralQueue(session)
    workflow.reassign(queue, queue.get(referral_id), user, users.get_user(session, assignee_id))
    return back_to(referral_id, "reassigned")


@router.post("/{referral_id}/erase")
def erase(referral_id: ReferralId, user: TeamLeadPage, session: SessionDep, _: Checked) -> Response:
    """Erase the person's identifying details at their request (team leads)."""
    referral: Referral = ReferralQueue(session).get(referral_id)
    erase_identifying_details(session, referral, user, reason="request")
    return back_to(referral_id, "erased")


@router.get("/{referral_id}/export")
def export(referral_id: ReferralId, user: TeamLeadPage, session: SessionDep) -> JSONResponse:
    """Subject-access export: everything held about this referral, as JSON (team leads)."""
    document = subject_access_export(session, ReferralQueue(session).get(referral_id), user)
    headers = {"Content-Disposition": f'attachment; filename="{document["referral"]["reference"]}.json"'}
    return JSONResponse(document, headers=headers)
