"""Two link workers claiming the same referral at the same moment: exactly one wins.

Runs on the test database: PostgreSQL when DATABASE_URL is set, SQLite otherwise.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from api.auth.models import User
from api.errors import ConflictError
from api.referrals import workflow
from api.referrals.models import AuditEvent, Referral
from api.referrals.queue import ReferralQueue
from index.database import get_session_factory
from tests.unit.triage.staff_support import PASSWORD, make_referral, make_user


def claim_in_own_transaction(database_url: str, referral_id: int, user_id: int, start: threading.Barrier) -> str:
    with get_session_factory(database_url)() as session:
        user = session.get(User, user_id)
        assert user is not None
        start.wait()
        try:
            workflow.claim(ReferralQueue(session), referral_id, user)
            session.commit()
            return "won"
        except ConflictError:
            session.rollback()
            return "lost"


def test_two_simultaneous_claims_one_wins(database_url: str) -> None:
    for _ in range(5):
        referral = make_referral(database_url)
        workers = [make_user(database_url), make_user(database_url)]
        start = threading.Barrier(2)
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [
                pool.submit(claim_in_own_transaction, database_url, referral.id, worker.id, start) for worker in workers
            ]
            results = sorted(future.result(timeout=60) for future in futures)
        assert results == ["lost", "won"]
        with get_session_factory(database_url)() as session:
            stored = session.get(Referral, referral.id)
            assert stored is not None and stored.status == "claimed"
            assert stored.claimed_by_id in {worker.id for worker in workers}
            claims = session.query(AuditEvent).filter_by(referral_id=referral.id, action="claimed").all()
            assert [event.user_id for event in claims] == [stored.claimed_by_id]


def test_two_concurrent_claim_requests_to_the_real_server_one_wins(app_server: str, database_url: str) -> None:
    workers = [make_user(database_url), make_user(database_url)]
    tokens = [
        httpx.post(f"{app_server}/api/staff/token", json={"username": w.username, "password": PASSWORD}).json()[
            "access_token"
        ]
        for w in workers
    ]
    for _ in range(3):
        referral = make_referral(database_url)
        start = threading.Barrier(2)

        def claim(token: str, referral_id: int = referral.id, start: threading.Barrier = start) -> int:
            start.wait()
            url = f"{app_server}/api/staff/referrals/{referral_id}/claim"
            return httpx.post(url, headers={"Authorization": f"Bearer {token}"}, timeout=60).status_code

        with ThreadPoolExecutor(max_workers=2) as pool:
            statuses = sorted(pool.map(claim, tokens))
        assert statuses == [200, 409]
