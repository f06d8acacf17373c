"""Prometheus metrics: the counters other modules call, and the `/metrics` route that exposes them.

Each app replica keeps its own counters (one uvicorn worker per replica); Prometheus scrapes every
replica and sums. Queue figures are read from the database at scrape time, so every replica reports
the same shared queue: take `max`, not `sum`, of `linkway_queue_*` across replicas.
"""

from collections.abc import Iterator
from datetime import UTC, datetime

from fastapi import APIRouter, Response
from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    REGISTRY,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from api.referrals.models import Referral, ReferralStatus
from api.settings import get_settings
from index.database import get_session_factory

disable_created_metrics()  # the `_created` series double the output and no dashboard reads them

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

HTTP_REQUESTS = Counter(
    "linkway_http_requests", "HTTP requests answered, by route template and status.", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "linkway_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
# A conversation reaches the app when its aggregate record is first written (anonymous ones too);
# greetings that go no further never touch the app and are Rasa's to count.
CONVERSATIONS_STARTED = Counter(
    "linkway_conversations_started", "Conversations that reached the app (their aggregate record was created)."
)
REFERRALS_CREATED = Counter("linkway_referrals_created", "Referrals committed to the queue.")
CRISIS_DETECTIONS = Counter("linkway_crisis_detections", "Messages the detector flagged as a crisis.", ["crisis_type"])
SEARCH_LATENCY = Histogram(
    "linkway_search_duration_seconds", "Time to match services for one query.", buckets=LATENCY_BUCKETS
)


def record_crisis_detection(crisis_type: str | None) -> None:
    """Count one detection; call it wherever the detector's verdict is acted on."""
    if crisis_type:
        CRISIS_DETECTIONS.labels(crisis_type=crisis_type).inc()


class ReferralQueueCollector(Collector):
    """Size of the unclaimed queue and the age of its oldest referral, read when Prometheus scrapes."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        size = GaugeMetricFamily("linkway_queue_unclaimed_referrals", "Referrals waiting to be claimed.")
        age = GaugeMetricFamily(
            "linkway_queue_oldest_unclaimed_age_seconds", "Age of the oldest referral waiting to be claimed."
        )
        try:
            with get_session_factory(get_settings().database_url)() as session:
                count, oldest = session.execute(
                    select(func.count(Referral.id), func.min(Referral.created_at)).where(
                        Referral.status == ReferralStatus.new
                    )
                ).one()
        except SQLAlchemyError:
            return  # the database is down: /ready says so; the scrape still succeeds without these two
        size.add_metric([], count)
        age.add_metric([], seconds_since(oldest) if oldest else 0.0)
        yield size
        yield age

    def describe(self) -> Iterator[GaugeMetricFamily]:
        return iter(())


def seconds_since(moment: datetime) -> float:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; Linkway stores UTC
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (datetime.now(UTC) - moment).total_seconds())


_queue_collector = ReferralQueueCollector()
REGISTRY.register(_queue_collector)

router = APIRouter(tags=["operations"])


@router.get("/metrics", include_in_schema=False)
def metrics() -> Response:
    """Prometheus metrics in the text exposition format."""
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_PLAIN_0_0_4)
