"""Sign-in attempts are limited per account and per address, so passwords cannot be guessed at speed."""

import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.auth import service as users
from api.auth.throttle import FAILURES_PER_CLIENT, FAILURES_PER_USERNAME, SignInThrottle, get_throttle

PASSWORD = "a-long-enough-password"


@pytest.fixture
def fresh_throttle() -> Iterator[None]:
    get_throttle().reset()
    yield
    get_throttle().reset()


@pytest.fixture
def link_worker(db_session: Session) -> str:
    username = f"lw-{uuid.uuid4().hex[:10]}"
    users.create_user(db_session, username, "link_worker", PASSWORD)
    db_session.commit()
    return username


def sign_in(client: TestClient, username: str, password: str) -> int:
    return client.post("/api/staff/token", json={"username": username, "password": password}).status_code


def test_an_account_is_locked_after_repeated_wrong_passwords_even_for_the_right_one(
    client: TestClient, link_worker: str, fresh_throttle: None
) -> None:
    statuses = [sign_in(client, link_worker, f"wrong-{attempt}") for attempt in range(FAILURES_PER_USERNAME)]
    assert set(statuses) == {401}
    assert sign_in(client, link_worker, PASSWORD) == 429


def test_the_lock_names_the_wait_and_the_way_out(client: TestClient, link_worker: str, fresh_throttle: None) -> None:
    for attempt in range(FAILURES_PER_USERNAME):
        sign_in(client, link_worker, f"wrong-{attempt}")
    detail = client.post("/api/staff/token", json={"username": link_worker, "password": PASSWORD}).json()["detail"]
    assert "minutes" in detail and "reset" in detail


def test_one_address_guessing_across_many_accounts_is_stopped(
    client: TestClient, link_worker: str, fresh_throttle: None
) -> None:
    for attempt in range(FAILURES_PER_CLIENT):
        assert sign_in(client, f"someone-{attempt}", "guess") == 401
    assert sign_in(client, link_worker, PASSWORD) == 429


def test_a_correct_password_within_the_limit_still_signs_in(
    client: TestClient, link_worker: str, fresh_throttle: None
) -> None:
    for attempt in range(FAILURES_PER_USERNAME - 1):
        sign_in(client, link_worker, f"wrong-{attempt}")
    assert sign_in(client, link_worker, PASSWORD) == 200


def test_sign_in_still_works_when_the_shared_throttle_store_is_down() -> None:
    unreachable = SignInThrottle("redis://127.0.0.1:1/0")
    unreachable.record_failure("someone", "10.0.0.1")
    unreachable.check("someone", "10.0.0.1")
