"""The queue: urgent first, then longest waiting, with filters."""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.auth.dependencies import LinkWorkerPage
from api.deps import SessionDep
from api.referrals.models import ReferralStatus
from api.referrals.queue import QUEUE_PAGE_SIZE, QueueFilter, ReferralQueue
from api.triage.templating import render

router = APIRouter(prefix="/triage", tags=["triage"])


def blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value else None


def page_link(request: Request, number: int) -> str:
    """The same filters, another page."""
    return f"{request.url.path}?{urlencode({**request.query_params, 'page': number})}"


@router.get("/queue")
def queue_page(
    request: Request,
    user: LinkWorkerPage,
    session: SessionDep,
    status: Annotated[str | None, Query(max_length=20)] = None,
    need: Annotated[str | None, Query(max_length=60)] = None,
    area: Annotated[str | None, Query(max_length=100)] = None,
    mine: bool = False,
    unclaimed: bool = False,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """Referrals to work on, filtered by status, need, area, claimed by me or unclaimed; a page at a time."""
    status_value = blank_to_none(status)
    chosen_status = ReferralStatus(status_value) if status_value in set(ReferralStatus) else None
    queue = ReferralQueue(session)
    queue_filter = QueueFilter(
        status=chosen_status,
        need=blank_to_none(need),
        area=blank_to_none(area),
        claimed_by_id=user.id if mine else None,
        unclaimed=unclaimed,
    )
    shown = queue.find(queue_filter, offset=(page - 1) * QUEUE_PAGE_SIZE)
    context = {
        "page": shown,
        "page_number": page,
        "page_link": lambda number: page_link(request, number),
        "referrals": shown.referrals,
        "filter": queue_filter,
        "areas": queue.areas(),
        "statuses": list(ReferralStatus),
        "usernames": queue.usernames(),
    }
    return render(request, "triage/queue.html", context)
