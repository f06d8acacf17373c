"""Linkway's tracker store keeps each conversation's events in memory between turns; two Rasa replicas
sharing one database must still each see exactly what Rasa's own SQL tracker store reads from the rows:
the other replica's turns, a new session, a conversation rewritten redacted, an erasure.
"""

import json
import subprocess
from typing import Any

import pytest

from tests.conftest import SCRATCH_DIR
from tests.servers import ROOT, tracker_store_url

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
PROBE = ROOT / "tests" / "reliability" / "tracker_store_probe.py"


@pytest.fixture(scope="module")
def retrieved(database_url: str) -> dict[str, Any]:
    SCRATCH_DIR.mkdir(parents=True, exist_ok=True)
    url = tracker_store_url(database_url, SCRATCH_DIR)
    result = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), url], capture_output=True, text=True, timeout=300, check=True, cwd=ROOT
    )
    steps: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return steps


@pytest.mark.parametrize(
    "step",
    [
        "first turn",
        "second turn on the other replica",
        "new session",
        "turned anonymous on the other replica",
        "erased on the other replica",
    ],
)
def test_each_replica_retrieves_what_rasa_reads_from_the_database(retrieved: dict[str, Any], step: str) -> None:
    seen = retrieved[step]
    assert seen["a"] == seen["rasa"]
    assert seen["b"] == seen["rasa"]


def test_a_replica_sees_the_other_replicas_turn(retrieved: dict[str, Any]) -> None:
    seen = retrieved["second turn on the other replica"]["a"]
    assert seen["area"] == "Oxford"
    assert seen["texts"] == ["hello there", "I moved"]


def test_a_new_session_starts_the_tracker_afresh(retrieved: dict[str, Any]) -> None:
    seen = retrieved["new session"]["b"]
    assert seen["texts"] == ["back again"]
    assert seen["area"] is None


def test_a_conversation_turned_anonymous_elsewhere_is_not_served_from_memory(retrieved: dict[str, Any]) -> None:
    assert retrieved["turned anonymous on the other replica"]["a"]["texts"] == ["[redacted]"]


def test_a_conversation_erased_elsewhere_is_gone_on_both_replicas(retrieved: dict[str, Any]) -> None:
    assert retrieved["erased on the other replica"] == {"a": None, "b": None, "rasa": None}
