"""What a resident types to identify themselves is found nowhere it should not be: after an anonymous
conversation, not in either database (app and Rasa's tracker store) nor in any log; after a
referral is erased by retention, not in either database; and never in the logs.
"""

import os
import random
import subprocess
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import MetaData, create_engine, select, text

from tests.chat import RestConversation
from tests.conftest import SCRATCH_DIR, server_env
from tests.integration.conversation.journeys import consent_to_everything, give_about, rows
from tests.reliability.conftest import log_lines
from tests.servers import APP_PYTHON, ROOT, ServerProcess, tracker_store_url


def identifying_values() -> dict[str, str]:
    number = "".join(random.choices("0123456789", k=6))
    return {
        "name": random.choice(["Ottoline", "Perpetua", "Leopoldine", "Hermengild"]),
        "surname": "Quarrington" + uuid.uuid4().hex[:4],
        "phone": f"07911 {number}",
        "phone_digits": f"7911{number}",
        "email": f"scan-{uuid.uuid4().hex[:10]}@example.com",
    }


def database_text(url: str) -> str:
    """Every value in every table of the database, as one text to search."""
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    parts = []
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            parts += [repr(tuple(row)) for row in connection.execute(select(table))]
    engine.dispose()
    return "\n".join(parts)


def tracker_store_sqlalchemy_url(database_url: str) -> str:
    url = tracker_store_url(database_url, SCRATCH_DIR)
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def found(values: dict[str, str], haystack: str) -> list[str]:
    return [name for name, value in values.items() if value.lower() in haystack.lower()]


@pytest.fixture
def logs_from_now(app_process_handle: ServerProcess, rasa_process_handle: ServerProcess):  # type: ignore[no-untyped-def]
    starts = [(server, len(log_lines(server))) for server in (app_process_handle, rasa_process_handle)]
    return lambda: "\n".join("\n".join(log_lines(server, start)) for server, start in starts)


def test_an_anonymous_conversation_leaves_no_identifying_value_in_databases_or_logs(
    rasa_server: str, app_server: str, database_url: str, logs_from_now
) -> None:  # type: ignore[no-untyped-def]
    values = identifying_values()
    chat = RestConversation(rasa_server)
    chat.say("hello")
    chat.say("/choose_anonymous")
    chat.say(
        f"I'm {values['name']} {values['surname']}, you can reach me on {values['phone']} or {values['email']}. "
        "I've been lonely since I moved here and I'm behind on my rent"
    )
    chat.say("/affirm")
    give_about(chat, "Banbury", "44")

    assert found(values, database_text(database_url)) == [], "app database"
    assert found(values, database_text(tracker_store_sqlalchemy_url(database_url))) == [], "tracker store"
    assert found(values, logs_from_now()) == [], "logs"


def test_after_retention_erases_a_referral_no_identifying_value_is_left_in_either_database(
    rasa_server: str, app_server: str, database_url: str, logs_from_now
) -> None:  # type: ignore[no-untyped-def]
    values = identifying_values()
    chat = RestConversation(rasa_server)
    chat.say("hello")
    chat.say("/choose_support")
    chat.say("I feel very alone and the bills are getting on top of me")
    chat.say("/affirm")
    give_about(chat, "Witney", "61")
    consent_to_everything(chat)
    for answer in (values["name"], values["email"], "mornings", "no", "no"):
        chat.say(answer)
    chat.say("/affirm")
    [referral] = rows(database_url, "SELECT id FROM referrals WHERE email = :e", e=values["email"])
    assert found({"email": values["email"]}, database_text(database_url)) == ["email"]

    long_ago = datetime.now(UTC) - timedelta(days=4000)
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE referrals SET status = 'closed', created_at = :t, closed_at = :t WHERE id = :id"),
            {"t": long_ago, "id": referral["id"]},
        )
    engine.dispose()
    subprocess.run(
        [str(APP_PYTHON), "-m", "api", "retention", "run"],
        cwd=ROOT,
        env={**os.environ, **server_env(database_url)},
        check=True,
        capture_output=True,
    )

    assert found(values, database_text(database_url)) == [], "app database after retention"
    assert found(values, database_text(tracker_store_sqlalchemy_url(database_url))) == [], "tracker store"
    assert found(values, logs_from_now()) == [], "logs"
