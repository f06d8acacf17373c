"""Operations: Prometheus metrics, JSON logs with request ids, and the request guards, installed together."""

from fastapi import FastAPI

from api.limits import RequestGuardMiddleware
from api.observability import metrics
from api.observability.committed_rows import count_committed_rows
from api.observability.logs import configure_logging
from api.observability.middleware import RequestContextMiddleware
from api.referrals.models import ConversationRecord, Referral
from api.settings import get_settings


def install_observability(app: FastAPI) -> None:
    """Add `/metrics`, JSON logging, request ids and the request guards to the app."""
    configure_logging(get_settings().log_level)
    count_committed_rows(Referral, metrics.REFERRALS_CREATED)
    count_committed_rows(ConversationRecord, metrics.CONVERSATIONS_STARTED)
    app.include_router(metrics.router)
    app.add_middleware(RequestGuardMiddleware)
    app.add_middleware(RequestContextMiddleware)  # added last, so it runs first: guard refusals are logged too
