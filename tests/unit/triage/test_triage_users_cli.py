"""`python -m api users ...`: the first accounts are made on the command line."""

import os
import subprocess

from fastapi.testclient import TestClient

from tests.servers import APP_PYTHON, ROOT
from tests.unit.triage.staff_support import StaffMember, unique


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(APP_PYTHON), "-m", "api", *args],
        cwd=ROOT,
        env=os.environ.copy(),
        input=stdin,
        capture_output=True,
        text=True,
    )


def test_created_user_can_sign_in_and_disabled_user_cannot(staff_client: TestClient) -> None:
    username = unique("alex")
    created = cli(
        "users",
        "create",
        "--username",
        username,
        "--role",
        "team_lead",
        "--password-stdin",
        stdin="a long passphrase\n",
    )
    assert created.returncode == 0, created.stderr
    assert f"Created {username} (team_lead)" in created.stdout
    assert StaffMember(staff_client).sign_in_as(username, "a long passphrase").status_code == 303

    assert (
        cli(
            "users", "reset-password", "--username", username, "--password-stdin", stdin="another passphrase\n"
        ).returncode
        == 0
    )
    staff_client.cookies.clear()
    assert StaffMember(staff_client).sign_in_as(username, "a long passphrase").status_code == 401
    assert StaffMember(staff_client).sign_in_as(username, "another passphrase").status_code == 303

    assert cli("users", "disable", "--username", username).returncode == 0
    assert staff_client.get("/triage/queue", follow_redirects=False).status_code == 303


def test_short_passwords_and_duplicate_names_are_refused_with_a_reason() -> None:
    username = unique("sam")
    short = cli("users", "create", "--username", username, "--role", "link_worker", "--password-stdin", stdin="short\n")
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
    assert (
        cli(
            "users", "create", "--username", username, "--role", "admin", "--password-stdin", stdin="long enough pass\n"
        ).returncode
        == 0
    )
    again = cli(
        "users", "create", "--username", username, "--role", "admin", "--password-stdin", stdin="long enough pass\n"
    )
    assert again.returncode == 1 and "is taken" in again.stderr
