"""Bad input gets a clear 4xx from every operation the app publishes, never a 5xx.

The operations come from the running app's OpenAPI schema, so a route added later is covered too.
"""

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from api.limits import body_limit
from api.settings import get_settings
from tests.reliability.conftest import operations

PATH_PARAMETER = re.compile(r"\{[^}]+\}")
CONTROL_CHARACTERS = "".join(chr(code) for code in range(32) if chr(code) not in "\t\n\r") + "\x7f"


def body_operations(schema: dict[str, Any]) -> list[tuple[str, str]]:
    found = [
        (method, PATH_PARAMETER.sub("1", path))
        for method, path, operation in operations(schema)
        if "requestBody" in operation
    ]
    assert found, "the app publishes no operation that takes a body"
    return found


def query_operations(schema: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [
        (PATH_PARAMETER.sub("1", path), [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"])
        for method, path, operation in operations(schema)
        if method == "GET"
    ]


def failures_of(
    app_server: str,
    schema: dict[str, Any],
    content: bytes | Callable[[str], bytes],
    content_type: str,
    expected: set[int] | None = None,
) -> list[str]:
    """Send the same body (or one made for the path) to every operation that takes one; list the answers
    that were not a 4xx (or not one of `expected`)."""
    failures = []
    with httpx.Client(base_url=app_server, timeout=30) as client:
        for method, path in body_operations(schema):
            body = content(path) if callable(content) else content
            response = client.request(method, path, content=body, headers={"Content-Type": content_type})
            if expected is None and is_sign_in_redirect(response):
                continue  # a staff page answers an anonymous caller by sending them to sign in
            if response.status_code not in (expected or set(range(400, 500))):
                failures.append(f"{method} {path} -> {response.status_code} {response.text[:200]}")
    return failures


def is_sign_in_redirect(response: httpx.Response) -> bool:
    return response.status_code == 303 and response.headers.get("location", "").startswith("/triage/login")


def nested(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def test_an_oversized_body_is_refused_with_413(app_server: str, openapi: dict[str, Any]) -> None:
    def oversized(path: str) -> bytes:
        return json.dumps({"text": "x" * (body_limit(path) + 1)}).encode()

    assert failures_of(app_server, openapi, oversized, "application/json", {413}) == []


def test_an_unexpected_content_type_is_refused_with_415(app_server: str, openapi: dict[str, Any]) -> None:
    for content_type in ("text/plain", "application/xml", "application/octet-stream", "image/png"):
        assert failures_of(app_server, openapi, b'{"text": "hello"}', content_type, {415}) == []


def test_an_empty_body_is_a_client_error(app_server: str, openapi: dict[str, Any]) -> None:
    assert failures_of(app_server, openapi, b"", "application/json") == []


def test_a_binary_body_is_a_client_error(app_server: str, openapi: dict[str, Any]) -> None:
    binary = bytes(range(256)) * 16
    assert failures_of(app_server, openapi, binary, "application/json") == []
    assert failures_of(app_server, openapi, binary, "application/x-www-form-urlencoded") == []


def test_malformed_json_is_a_client_error(app_server: str, openapi: dict[str, Any]) -> None:
    for malformed in (b"{", b'{"text": }', b"[1, 2", b"\xef\xbb\xbf{}", b"nul", b'{"text": "\xff\xfe"}'):
        assert failures_of(app_server, openapi, malformed, "application/json") == []


def test_deeply_nested_json_is_a_client_error(app_server: str, openapi: dict[str, Any]) -> None:
    for depth in (200, 5_000):
        assert failures_of(app_server, openapi, nested(depth), "application/json") == []


def test_huge_json_within_the_size_limit_is_a_client_error(app_server: str, openapi: dict[str, Any]) -> None:
    many_keys = json.dumps({f"k{i}": i for i in range(4_000)}).encode()
    long_array = json.dumps(list(range(10_000))).encode()
    assert len(many_keys) < get_settings().max_request_bytes
    assert failures_of(app_server, openapi, many_keys, "application/json") == []
    assert failures_of(app_server, openapi, long_array, "application/json") == []


def test_control_characters_in_every_string_never_cause_a_server_error(
    app_server: str, openapi: dict[str, Any]
) -> None:
    body = json.dumps({"text": CONTROL_CHARACTERS, "sender_id": CONTROL_CHARACTERS, "q": CONTROL_CHARACTERS}).encode()
    assert failures_of(app_server, openapi, body, "application/json", set(range(200, 500))) == []


@pytest.mark.parametrize(
    "value",
    ["x" * 3_000, CONTROL_CHARACTERS, "<script>alert(1)</script>", "' OR 1=1 --", "\u202e\ufeff\U0001f600", "%00%ff"],
    ids=["oversized", "control", "markup", "sql", "unicode", "percent"],
)
def test_hostile_query_values_never_cause_a_server_error(app_server: str, openapi: dict[str, Any], value: str) -> None:
    failures = []
    with httpx.Client(base_url=app_server, timeout=30) as client:
        for path, names in query_operations(openapi):
            response = client.get(path, params={name: value for name in names})
            warming_up = path == "/ready" and response.status_code == 503  # "not ready yet" is its answer
            if response.status_code >= 500 and not warming_up:
                failures.append(f"GET {path} -> {response.status_code}")
    assert failures == []
