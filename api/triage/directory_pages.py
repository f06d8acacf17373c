"""Stale directory entries: team leads see services not reviewed for a year and mark them reviewed."""

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import or_, select

from api.auth.dependencies import CsrfChecked, TeamLeadPage
from api.deps import SessionDep
from api.errors import NotFoundError
from api.referrals.workflow import audit
from api.triage.templating import render
from index.models import Service, ServiceStatus

router = APIRouter(prefix="/triage/directory", tags=["triage directory"])
STALE_AFTER_DAYS = 365


def stale_cutoff(today: date) -> date:
    return today - timedelta(days=STALE_AFTER_DAYS)


@router.get("/stale")
def stale_services(request: Request, user: TeamLeadPage, session: SessionDep, reviewed: str | None = None) -> Response:
    """Active services whose details nobody has checked for a year, oldest first."""
    query = select(Service).where(
        Service.status == ServiceStatus.active,
        or_(Service.last_reviewed.is_(None), Service.last_reviewed < stale_cutoff(date.today())),
    )
    services = list(session.scalars(query.order_by(Service.last_reviewed.is_not(None), Service.last_reviewed)))
    notice = "Marked as reviewed today." if reviewed else None
    return render(request, "triage/stale.html", {"services": services, "notice": notice})


@router.post("/services/{service_id}/reviewed")
def mark_reviewed(
    service_id: str, user: TeamLeadPage, session: SessionDep, _: Annotated[None, CsrfChecked]
) -> Response:
    """Record that a team lead checked the service's details today."""
    service = session.get(Service, service_id)
    if service is None:
        raise NotFoundError(f"There is no service with id {service_id!r}.")
    service.last_reviewed = date.today()
    session.flush()
    audit(session, user, "service_reviewed", None, service_id=service_id)
    return RedirectResponse("/triage/directory/stale?reviewed=1", status_code=303)
