"""Every page and every answer carries the security headers, whichever route or error produced it."""

import re

import httpx
import pytest
from starlette.routing import BaseRoute, Mount, Route

from api.main import create_app
from api.settings import get_settings

PATH_PARAMETER = re.compile(r"\{[^}]+\}")
EMBEDDABLE = {"/embed"}


def get_paths(routes: list[BaseRoute], prefix: str = "") -> list[str]:
    """Every GET path the app routes (pages left out of the OpenAPI schema too), parameters filled in."""
    paths: list[str] = []
    for route in routes:
        if isinstance(route, Route) and route.methods and "GET" in route.methods:
            paths.append(prefix + PATH_PARAMETER.sub("1", route.path))
        elif isinstance(route, Mount):
            paths.append(prefix + route.path + "/missing-file")
        elif hasattr(route, "original_router"):  # FastAPI wraps each included router, keeping its prefix apart
            paths += get_paths(route.original_router.routes, prefix + route.include_context.prefix)
    return sorted(set(paths))


ALL_GET_PATHS = get_paths(create_app().routes)
ERROR_REQUESTS = [("GET", "/no-such-page"), ("POST", "/health"), ("DELETE", "/")]


def assert_secure(response: httpx.Response, path: str) -> None:
    headers = response.headers
    where = f"{response.request.method} {path} ({response.status_code})"
    csp = headers.get("Content-Security-Policy", "")
    assert "default-src" in csp, f"{where}: no Content-Security-Policy"
    ancestors = re.search(r"frame-ancestors ([^;]+)", csp)
    assert ancestors, f"{where}: CSP does not limit framing"
    if path in EMBEDDABLE:
        for origin in get_settings().allowed_origins:
            assert origin in ancestors.group(1), f"{where}: {origin} may not embed the widget"
        assert "*" not in ancestors.group(1)
    else:
        assert ancestors.group(1).strip() == "'none'", f"{where}: framable by {ancestors.group(1)}"
    assert headers.get("X-Content-Type-Options") == "nosniff", f"{where}: no nosniff"
    assert headers.get("Referrer-Policy") in {"no-referrer", "same-origin", "strict-origin-when-cross-origin"}, where


def test_the_app_routes_the_pages_residents_and_staff_open() -> None:
    assert {"/", "/health"} <= set(ALL_GET_PATHS)


@pytest.mark.parametrize("path", ALL_GET_PATHS)
def test_every_page_carries_the_security_headers(app_server: str, path: str) -> None:
    assert_secure(httpx.get(f"{app_server}{path}", timeout=30), path)


@pytest.mark.parametrize(("method", "path"), ERROR_REQUESTS)
def test_error_answers_carry_the_security_headers(app_server: str, method: str, path: str) -> None:
    assert_secure(httpx.request(method, f"{app_server}{path}", timeout=30), path)


def test_a_refused_oversized_request_carries_the_security_headers(app_server: str) -> None:
    response = httpx.post(
        f"{app_server}/health", content=b"{" * (get_settings().max_request_bytes + 10),
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    assert response.status_code == 413
    assert_secure(response, "/health")
