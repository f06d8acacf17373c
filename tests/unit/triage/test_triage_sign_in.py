"""Signing in to the triage pages: passwords, sessions, throttling, sign-out and password change."""

from fastapi.testclient import TestClient

from api.auth.models import Role, User
from api.auth.throttle import FAILURES_PER_USERNAME
from tests.unit.triage.staff_support import PASSWORD, StaffMember, make_user


def test_anonymous_visitor_is_sent_to_sign_in(staff_client: TestClient) -> None:
    response = staff_client.get("/triage/queue", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/triage/login?next=/triage/queue"


def test_link_worker_signs_in_and_sees_the_queue(staff_client: TestClient, users: dict[Role, User]) -> None:
    member = StaffMember(staff_client)
    response = member.sign_in(users[Role.link_worker])
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "linkway_staff=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    queue = staff_client.get("/triage/queue")
    assert queue.status_code == 200
    assert "Referral queue" in queue.text and users[Role.link_worker].username in queue.text


def test_wrong_password_gets_a_clear_message(staff_client: TestClient, users: dict[Role, User]) -> None:
    member = StaffMember(staff_client)
    response = member.sign_in(users[Role.link_worker], password="not the password at all")
    assert response.status_code == 401
    assert "do not match an active account" in response.text


def test_repeated_failures_are_throttled_even_with_the_right_password(
    staff_client: TestClient, users: dict[Role, User]
) -> None:
    member = StaffMember(staff_client)
    target = users[Role.team_lead]
    for _ in range(FAILURES_PER_USERNAME):
        assert member.sign_in(target, password="guessing wrongly").status_code == 401
    response = member.sign_in(target)
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.text


def test_sign_in_without_the_form_token_is_refused(staff_client: TestClient, users: dict[Role, User]) -> None:
    response = staff_client.post(
        "/triage/login", data={"username": users[Role.admin].username, "password": PASSWORD}, follow_redirects=False
    )
    assert response.status_code == 403
    assert "linkway_staff" not in response.headers.get("set-cookie", "")


def test_disabled_account_cannot_sign_in(
    staff_client: TestClient,
    users: dict[Role, User],
    signed_in,
    database_url: str,  # type: ignore[no-untyped-def]
) -> None:
    admin = signed_in(users[Role.admin])
    worker = make_user(database_url)
    assert admin.submit(f"/triage/users/{worker.id}/active", {"active": "false"}).status_code == 303
    staff_client.cookies.clear()
    assert StaffMember(staff_client).sign_in(worker).status_code == 401


def test_sign_out_ends_the_session(staff_client: TestClient, users: dict[Role, User], signed_in) -> None:  # type: ignore[no-untyped-def]
    member = signed_in(users[Role.link_worker])
    signed_out = member.submit("/triage/logout")
    assert signed_out.status_code == 200 and "You have signed out" in signed_out.text
    assert "Signed in as" not in signed_out.text
    assert staff_client.get("/triage/queue", follow_redirects=False).status_code == 303


def test_password_change_needs_the_current_password_and_ends_old_sessions(
    staff_client: TestClient,
    signed_in,
    database_url: str,  # type: ignore[no-untyped-def]
) -> None:
    worker = make_user(database_url)
    member = signed_in(worker)
    old_cookie = staff_client.cookies.get("linkway_staff")
    refused = member.submit(
        "/triage/account/password",
        {
            "current_password": "wrong one entirely",
            "new_password": "a brand new passphrase",
            "confirm_password": "a brand new passphrase",
        },
    )
    assert refused.status_code == 400
    changed = member.submit(
        "/triage/account/password",
        {
            "current_password": PASSWORD,
            "new_password": "a brand new passphrase",
            "confirm_password": "a brand new passphrase",
        },
    )
    assert changed.status_code == 200 and "Your password has been changed" in changed.text
    assert staff_client.get("/triage/queue").status_code == 200
    staff_client.cookies.clear()
    staff_client.cookies.set("linkway_staff", old_cookie)
    assert staff_client.get("/triage/queue", follow_redirects=False).status_code == 303
