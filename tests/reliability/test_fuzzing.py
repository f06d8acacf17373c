"""Property-based fuzzing of every operation in the app's OpenAPI schema (schemathesis).

Each operation gets a bounded number of generated requests, valid and invalid, against the real app
over HTTP. Two properties must hold for every one: no 5xx, and every response matches the schema.
Read operations are fuzzed signed in as an admin, so they get past authentication; operations that
change state are fuzzed anonymously, so the fuzzer cannot erase or close other tests' referrals.
"""

import os
import subprocess
import uuid
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from api.main import create_app
from tests.servers import APP_PYTHON, ROOT

EXAMPLES_PER_OPERATION = 25
CHECKS = [not_a_server_error, response_schema_conformance]
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.fixture(scope="session")
def admin_token(app_server: str, database_url: str) -> str:
    username, password = f"fuzz-{uuid.uuid4().hex[:8]}", f"fuzzing-{uuid.uuid4().hex}"
    command = ["-m", "api", "users", "create", "--username", username, "--role", "admin", "--password-stdin"]
    subprocess.run(
        [str(APP_PYTHON), *command], input=f"{password}\n".encode(), cwd=ROOT, env=os.environ.copy(), check=True,
        capture_output=True,
    )  # fmt: skip
    response = httpx.post(f"{app_server}/api/staff/token", json={"username": username, "password": password})
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


# The schema is read from the app in-process at collection time (the same code the server runs);
# the requests go to the real server over HTTP.
APP_SCHEMA = schemathesis.openapi.from_dict(create_app().openapi())
read_operations = APP_SCHEMA.include(method="GET")
write_operations = APP_SCHEMA.exclude(method="GET")


@read_operations.parametrize()
@FUZZ_SETTINGS
def test_every_read_operation_holds_under_fuzzing(case: Any, app_server: str, admin_token: str) -> None:
    case.call_and_validate(base_url=app_server, headers={"Authorization": f"Bearer {admin_token}"}, checks=CHECKS)


@write_operations.parametrize()
@FUZZ_SETTINGS
def test_every_write_operation_holds_under_fuzzing(case: Any, app_server: str) -> None:
    case.call_and_validate(base_url=app_server, checks=CHECKS)
