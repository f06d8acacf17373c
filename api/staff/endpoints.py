"""The staff JSON API for case-management tools: bearer tokens, the queue, a referral, FHIR and data rights."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from api.auth import service as users
from api.auth.dependencies import LinkWorkerApi, TeamLeadApi, ThrottleDep
from api.auth.tokens import TOKEN_SECONDS, token_signer
from api.deps import SessionDep, SettingsDep
from api.path_params import ReferralId
from api.referrals import workflow
from api.referrals.models import ReferralStatus
from api.referrals.queue import MAX_PAGE_SIZE, QUEUE_PAGE_SIZE, QueueFilter, ReferralQueue
from api.retention import erase_identifying_details
from api.staff.fhir import service_request
from api.staff.schemas import (
    ContactAttemptPublic,
    ReferralDetail,
    ReferralList,
    ReferralSummary,
    TokenPublic,
    TokenRequest,
)
from api.staff.subject_access import subject_access_export

router = APIRouter(prefix="/api/staff", tags=["staff API"])


@router.post("/token")
def issue_token(
    request: Request, body: TokenRequest, session: SessionDep, settings: SettingsDep, throttle: ThrottleDep
) -> TokenPublic:
    """Exchange a username and password for a bearer token valid for 8 hours."""
    client = request.client.host if request.client else "unknown"
    user = users.authenticate(session, throttle, body.username, body.password, client)
    return TokenPublic(access_token=token_signer(settings.secret_key).issue(user), expires_in=TOKEN_SECONDS)


@router.get("/referrals")
def list_referrals(
    user: LinkWorkerApi,
    session: SessionDep,
    status: ReferralStatus | None = None,
    need: Annotated[str | None, Query(max_length=60)] = None,
    area: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = QUEUE_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ReferralList:
    """The queue, urgent first then longest waiting, a page at a time (`total` counts every match);
    closed referrals only when asked for by status."""
    queue_filter = QueueFilter(status=status, need=need or None, area=area or None)
    page = ReferralQueue(session).find(queue_filter, offset=offset, limit=limit)
    return ReferralList(
        referrals=[ReferralSummary.model_validate(referral) for referral in page.referrals],
        total=page.total,
        offset=page.offset,
        limit=page.limit,
    )


@router.get("/referrals/{referral_id}")
def get_referral(referral_id: ReferralId, user: LinkWorkerApi, session: SessionDep) -> ReferralDetail:
    """One referral with its contact details; the read is audited."""
    queue = ReferralQueue(session)
    referral = queue.get(referral_id)
    workflow.record_details_viewed(session, referral, user, via="staff API")
    attempts = [ContactAttemptPublic.model_validate(attempt) for attempt in queue.attempts(referral.id)]
    return ReferralDetail.model_validate(referral).model_copy(update={"contact_history": attempts})


@router.get("/referrals/{referral_id}/fhir")
def get_referral_fhir(
    referral_id: ReferralId, user: LinkWorkerApi, session: SessionDep, settings: SettingsDep
) -> dict[str, Any]:
    """The referral as a FHIR R4 ServiceRequest; the read is audited."""
    referral = ReferralQueue(session).get(referral_id)
    workflow.record_details_viewed(session, referral, user, via="FHIR export")
    return service_request(referral, settings)


@router.post("/referrals/{referral_id}/claim")
def claim_referral(referral_id: ReferralId, user: LinkWorkerApi, session: SessionDep) -> ReferralSummary:
    """Claim a new referral; 409 when someone else got there first."""
    return ReferralSummary.model_validate(workflow.claim(ReferralQueue(session), referral_id, user))


@router.get("/referrals/{referral_id}/export")
def export_referral(referral_id: ReferralId, user: TeamLeadApi, session: SessionDep) -> dict[str, Any]:
    """Subject-access export: everything held about this referral (team leads)."""
    return subject_access_export(session, ReferralQueue(session).get(referral_id), user)


@router.post("/referrals/{referral_id}/erase")
def erase_referral(referral_id: ReferralId, user: TeamLeadApi, session: SessionDep) -> ReferralSummary:
    """Erase the identifying details on the person's request (team leads)."""
    referral = ReferralQueue(session).get(referral_id)
    erase_identifying_details(session, referral, user, reason="request")
    return ReferralSummary.model_validate(referral)
