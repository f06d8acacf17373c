"""Two Rasa servers (of two workers each, as `make start` runs Rasa) and two app servers share one
PostgreSQL and one Redis, as docs/deploy.md describes.

A conversation whose messages land on alternate Rasa replicas (each calling its own app replica)
ends in exactly one referral with everything the resident said; messages sent to both replicas at
once are all kept, because the Redis lock store makes them take turns.
"""

import os
import subprocess
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from sqlalchemy import create_engine, text

from api.auth.throttle import FAILURES_PER_USERNAME, REDIS_KEY_PREFIX
from tests.chat import RestConversation
from tests.integration.conversation.journeys import (
    consent_to_everything,
    give_about,
    rows,
    service_cards,
    start_with_support,
    tell_and_confirm_needs,
)
from tests.reliability.test_faults import give_contact_details
from tests.reliability.test_readiness import ready_within
from tests.servers import APP_PYTHON, ROOT, ServerProcess, app_process, free_port, rasa_process

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"
REDIS_DB = 7


@dataclass
class Deployment:
    database_url: str
    rasa_urls: list[str]
    app_urls: list[str]


@dataclass
class AlternatingConversation(RestConversation):
    """Each message goes to the next Rasa replica in turn, as a load balancer without stickiness does."""

    replicas: list[str] = field(default_factory=list)

    def say(self, message: str) -> list[dict[str, Any]]:
        self.rasa_url = self.replicas[len(self.transcript) % len(self.replicas)]
        return super().say(message)


def create_database(name: str) -> str:
    admin = create_engine(f"{POSTGRES}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return f"{POSTGRES}/{name}"


def drop_database(name: str) -> None:
    admin = create_engine(f"{POSTGRES}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def start_all(servers: list[ServerProcess]) -> None:
    with ThreadPoolExecutor(max_workers=len(servers)) as pool:
        list(pool.map(lambda server: server.start(), servers))


@pytest.fixture(scope="module")
def deployment(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """Migrate a fresh PostgreSQL database, import the directory once, and start 2 + 2 replicas on it."""
    name = f"lw_scale_out_{uuid.uuid4().hex[:8]}"
    url = create_database(name)
    logs = tmp_path_factory.mktemp("scale-out")
    shared = {
        "DATABASE_URL": url,
        "LINKWAY_INDEX_DIR": str(index_dir),  # built once, shipped read-only to every app replica
        "LINKWAY_ENV": "test",
        "LINKWAY_TRACKER_STORE_URL": "postgresql://" + url.split("://", 1)[1],
        "LINKWAY_LOCK_STORE_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "LINKWAY_REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "SANIC_WORKERS": "2",  # each worker is an event loop of its own; the Redis locks order them too
    }
    for command in (["-m", "alembic", "upgrade", "head"], ["-m", "index", "import", "data/directory/oxfordshire.json"]):
        subprocess.run([str(APP_PYTHON), *command], cwd=ROOT, env={**os.environ, **shared}, check=True,
                       capture_output=True)  # fmt: skip
    app_ports, rasa_ports = [free_port(), free_port()], [free_port(), free_port()]
    apps = [
        app_process(port, {**shared, "LINKWAY_PUBLIC_URL": f"http://127.0.0.1:{port}"}, logs, f"app-{n}")
        for n, port in enumerate(app_ports)
    ]
    rasas = [
        rasa_process(
            port,
            {
                **shared,
                "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{app_port}/webhook",
                "LINKWAY_APP_URL": f"http://127.0.0.1:{app_port}",
            },
            logs,
            f"rasa-{n}",
        )  # fmt: skip
        for n, (port, app_port) in enumerate(zip(rasa_ports, app_ports, strict=True))
    ]
    try:
        start_all([*apps, *rasas])
        yield Deployment(
            database_url=url,
            rasa_urls=[f"http://127.0.0.1:{port}" for port in rasa_ports],
            app_urls=[f"http://127.0.0.1:{port}" for port in app_ports],
        )
    finally:
        for server in [*rasas, *apps]:
            server.stop()
        drop_database(name)
        forget_redis_keys()


def forget_redis_keys() -> None:
    """Remove only what this deployment wrote: Rasa's conversation locks and the rate counters."""
    client = redis.Redis(db=REDIS_DB)
    for pattern in ("lock:*", "linkway:lock-mutex:*", "linkway:chat-rate:*", f"{REDIS_KEY_PREFIX}*"):
        for key in client.scan_iter(match=pattern):
            client.delete(key)


def webhook_calls(app_url: str) -> float:
    metrics = httpx.get(f"{app_url}/metrics").text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith("linkway_http_requests_total{") and 'route="/webhook"' in line
    )


def test_every_app_replica_is_ready_on_the_shipped_index(deployment: Deployment) -> None:
    for app_url in deployment.app_urls:
        assert ready_within(app_url).json()["checks"] == {"database": True, "index": True}


def test_a_conversation_alternating_between_replicas_ends_in_exactly_one_correct_referral(
    deployment: Deployment,
) -> None:
    chat = AlternatingConversation(deployment.rasa_urls[0], replicas=deployment.rasa_urls)
    email = f"scale-{uuid.uuid4().hex[:12]}@example.com"
    start_with_support(chat)
    reflection = tell_and_confirm_needs(chat)
    assert reflection
    assert service_cards(give_about(chat, "Witney", "67"))
    consent_to_everything(chat)
    summary = give_contact_details(chat, email)
    assert "Robin" in summary and email in summary
    confirmation = chat.text_of(chat.say("/affirm"))

    [referral] = rows(deployment.database_url, "SELECT * FROM referrals WHERE email = :e", e=email)
    assert referral["reference"] in confirmation
    assert referral["name"] == "Robin" and referral["area"] == "Witney" and referral["age_band"]
    assert len(rows(deployment.database_url, "SELECT id FROM referrals")) == 1
    assert all(webhook_calls(app_url) > 0 for app_url in deployment.app_urls), "both app replicas served actions"


def test_messages_sent_to_both_replicas_at_once_are_all_kept(deployment: Deployment) -> None:
    sender = f"burst-{uuid.uuid4().hex}"
    messages = [f"hello number {n}" for n in range(8)]

    def send(numbered: tuple[int, str]) -> int:
        number, message = numbered
        rasa_url = deployment.rasa_urls[number % 2]
        response = httpx.post(
            f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=120
        )
        return response.status_code

    with ThreadPoolExecutor(max_workers=len(messages)) as pool:
        assert set(pool.map(send, enumerate(messages))) == {200}
    tracker = httpx.get(f"{deployment.rasa_urls[0]}/conversations/{sender}/tracker").json()
    kept = [event["text"] for event in tracker["events"] if event["event"] == "user"]
    assert sorted(kept) == sorted(messages)


def create_link_worker(database_url: str, username: str, password: str) -> None:
    subprocess.run(
        [str(APP_PYTHON), "-m", "api", "users", "create", "--username", username, "--role", "link_worker",
         "--password-stdin"],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": database_url}, input=f"{password}\n", text=True, check=True,
        capture_output=True,
    )  # fmt: skip


def test_wrong_passwords_spread_across_app_replicas_still_lock_the_account(deployment: Deployment) -> None:
    username, password = f"lw-{uuid.uuid4().hex[:10]}", "a-long-enough-password"
    create_link_worker(deployment.database_url, username, password)

    def sign_in(replica: int, attempt: str) -> int:
        app_url = deployment.app_urls[replica % len(deployment.app_urls)]
        body = {"username": username, "password": attempt}
        return httpx.post(f"{app_url}/api/staff/token", json=body, timeout=30).status_code

    assert {sign_in(n, f"wrong-{n}") for n in range(FAILURES_PER_USERNAME)} == {401}
    assert [sign_in(replica, password) for replica in range(len(deployment.app_urls))] == [429, 429]
