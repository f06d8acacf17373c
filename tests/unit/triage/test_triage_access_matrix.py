"""Every staff page and endpoint refuses anonymous callers and roles below its minimum.

The routes come from the app itself: a new route under /triage or /api/staff fails
`test_every_staff_route_has_a_declared_minimum_role` until it is added to ROUTE_ROLES below.
"""

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from api.auth.models import Role
from api.auth.throttle import get_throttle
from api.main import create_app
from api.settings import get_settings
from tests.unit.triage.staff_support import PASSWORD, StaffMember, make_referral, make_user

STAFF_PREFIXES = ("/triage", "/api/staff")
PUBLIC_ROUTES = {
    ("GET", "/triage/login"),
    ("POST", "/triage/login"),
    ("GET", "/triage/static/triage.css"),
    ("POST", "/api/staff/token"),
}
LW, TL, ADMIN = Role.link_worker, Role.team_lead, Role.admin
ROUTE_ROLES = {
    ("GET", "/triage"): LW,
    ("POST", "/triage/logout"): LW,
    ("GET", "/triage/account/password"): LW,
    ("POST", "/triage/account/password"): LW,
    ("GET", "/triage/queue"): LW,
    ("GET", "/triage/referrals/{referral_id}"): LW,
    ("POST", "/triage/referrals/{referral_id}/claim"): LW,
    ("POST", "/triage/referrals/{referral_id}/unclaim"): LW,
    ("POST", "/triage/referrals/{referral_id}/contacts"): LW,
    ("POST", "/triage/referrals/{referral_id}/close"): LW,
    ("POST", "/triage/referrals/{referral_id}/notes"): LW,
    ("POST", "/triage/referrals/{referral_id}/reassign"): TL,
    ("POST", "/triage/referrals/{referral_id}/erase"): TL,
    ("GET", "/triage/referrals/{referral_id}/export"): TL,
    ("GET", "/triage/directory/stale"): TL,
    ("POST", "/triage/directory/services/{service_id}/reviewed"): TL,
    ("GET", "/triage/reports"): TL,
    ("GET", "/triage/reports/{name}.csv"): TL,
    ("GET", "/triage/reports/charts/{name}.svg"): TL,
    ("GET", "/triage/users"): ADMIN,
    ("POST", "/triage/users"): ADMIN,
    ("POST", "/triage/users/{user_id}/active"): ADMIN,
    ("POST", "/triage/users/{user_id}/password"): ADMIN,
    ("GET", "/triage/retention"): ADMIN,
    ("POST", "/triage/retention"): ADMIN,
    ("POST", "/triage/retention/run"): ADMIN,
    ("GET", "/api/staff/referrals"): LW,
    ("GET", "/api/staff/referrals/{referral_id}"): LW,
    ("GET", "/api/staff/referrals/{referral_id}/fhir"): LW,
    ("POST", "/api/staff/referrals/{referral_id}/claim"): LW,
    ("GET", "/api/staff/referrals/{referral_id}/export"): TL,
    ("POST", "/api/staff/referrals/{referral_id}/erase"): TL,
}


def staff_routes() -> list[tuple[str, str]]:
    """(method, path) of every route the app serves under the staff prefixes, included routers flattened."""
    routes = set()
    for route in iter_route_contexts(create_app().routes):
        if route.path and route.path.startswith(STAFF_PREFIXES):
            routes.update((method, route.path) for method in (route.methods or set()) - {"HEAD"})
    return sorted(routes)


PROTECTED_ROUTES = [route for route in staff_routes() if route not in PUBLIC_ROUTES]
CALLERS = ["anonymous", *Role]


def test_every_staff_route_has_a_declared_minimum_role() -> None:
    assert set(staff_routes()) - PUBLIC_ROUTES == set(ROUTE_ROLES)


class RoleClients:
    """One signed-in test client (and staff API token) per role, reused across the matrix."""

    def __init__(self, database_url: str, stack: ExitStack) -> None:
        self.stack = stack
        self.users = {role: make_user(database_url, role) for role in Role}
        self.members: dict[Role, StaffMember] = {}
        self.tokens: dict[Role, str] = {}

    def member(self, role: Role) -> StaffMember:
        if role not in self.members:
            get_throttle().reset()
            member = StaffMember(self.stack.enter_context(TestClient(create_app())))
            assert member.sign_in(self.users[role]).status_code == 303
            self.members[role] = member
        return self.members[role]

    def token(self, role: Role) -> str:
        if role not in self.tokens:
            body = {"username": self.users[role].username, "password": PASSWORD}
            self.tokens[role] = self.member(role).client.post("/api/staff/token", json=body).json()["access_token"]
        return self.tokens[role]


@pytest.fixture(scope="module")
def role_clients(database_url: str) -> Iterator[RoleClients]:
    get_settings.cache_clear()
    with ExitStack() as stack:
        yield RoleClients(database_url, stack)


@pytest.fixture
def anonymous(database_url: str) -> Iterator[TestClient]:
    with TestClient(create_app()) as client:
        yield client


def concrete_path(template: str, database_url: str) -> str:
    """Fill path parameters with rows made for this call."""
    values: dict[str, Callable[[], object]] = {
        "referral_id": lambda: make_referral(database_url).id,
        "user_id": lambda: make_user(database_url).id,
        "service_id": lambda: "svc-0001",
        "name": lambda: "needs",
    }
    path = template
    for name, make in values.items():
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", str(make()))
    return path


@pytest.mark.parametrize("caller", CALLERS, ids=str)
@pytest.mark.parametrize(("method", "template"), PROTECTED_ROUTES, ids=lambda value: str(value))
def test_staff_route_refuses_callers_below_its_role(
    method: str, template: str, caller: str, database_url: str, role_clients: RoleClients, anonymous: TestClient
) -> None:
    path = concrete_path(template, database_url)
    api = template.startswith("/api/staff")
    if caller == "anonymous":
        response = anonymous.request(method, path, follow_redirects=False)
        if api:
            assert response.status_code == 401
            assert response.headers["www-authenticate"] == "Bearer"
        else:
            assert response.status_code == 303
            assert response.headers["location"].startswith("/triage/login")
        return
    role = Role(caller)
    if api:
        headers = {"Authorization": f"Bearer {role_clients.token(role)}"}
        response = role_clients.member(role).client.request(method, path, headers=headers, follow_redirects=False)
    elif method == "POST":
        response = role_clients.member(role).submit(path)
    else:
        response = role_clients.member(role).client.get(path, follow_redirects=False)
    if template == "/triage/logout":
        role_clients.members.pop(role)
    if role.includes(ROUTE_ROLES[(method, template)]):
        assert response.status_code not in (401, 403), response.text[:500]
        assert not response.headers.get("location", "").startswith("/triage/login")
    else:
        assert response.status_code == 403
