"""Fixtures for the reliability suite: the app's own OpenAPI schema and the real servers' log lines."""

import json
from typing import Any

import httpx
import pytest

from tests.servers import ServerProcess


@pytest.fixture(scope="session")
def openapi(app_server: str) -> dict[str, Any]:
    """The OpenAPI schema the running app publishes."""
    response = httpx.get(f"{app_server}/openapi.json", timeout=30)
    response.raise_for_status()
    schema: dict[str, Any] = response.json()
    return schema


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (method, path template, operation) the schema lists."""
    return [
        (method.upper(), path, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def log_lines(server: ServerProcess, since: int = 0) -> list[str]:
    """The server's log lines from line `since` onwards."""
    if not server.log_path.exists():
        return []
    return server.log_path.read_text(errors="replace").splitlines()[since:]


def json_log_entries(server: ServerProcess, since: int = 0) -> list[dict[str, Any]]:
    entries = []
    for line in log_lines(server, since):
        if line.startswith("{"):
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue
    return entries
