"""Fixtures for the triage tests: a test client on the migrated database, staff of each role, referrals."""

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.auth.models import Role, User
from api.auth.throttle import get_throttle
from api.referrals.models import Referral
from api.settings import get_settings
from tests.unit.triage.staff_support import StaffMember, make_referral, make_user


@pytest.fixture(autouse=True)
def fresh_throttle() -> None:
    """Sign-in failures from one test must not lock out the next."""
    get_throttle().reset()


@pytest.fixture
def staff_client(database_url: str) -> Iterator[TestClient]:
    """The app on the test database; the triage pages and staff API need no search index."""
    from api.main import create_app

    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        yield client


@pytest.fixture(scope="module")
def users(database_url: str) -> dict[Role, User]:
    """One account per role, shared by a module's tests; a test that changes an account makes its own."""
    return {role: make_user(database_url, role) for role in Role}


@pytest.fixture
def signed_in(staff_client: TestClient) -> Callable[[User], StaffMember]:
    def sign_in(user: User) -> StaffMember:
        member = StaffMember(staff_client)
        assert member.sign_in(user).status_code == 303
        return member

    return sign_in


@pytest.fixture
def referral_factory(database_url: str) -> Callable[..., Referral]:
    def factory(**overrides: Any) -> Referral:
        return make_referral(database_url, **overrides)

    return factory
