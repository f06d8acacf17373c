"""Run with Rasa's Python: two Linkway tracker stores (two Rasa replicas) share one database.

Prints, as JSON, what each replica retrieves after each step, next to what Rasa's own SQL tracker
store retrieves from the same rows. `test_tracker_store.py` runs it and compares.

    .venv-rasa/bin/python tests/reliability/tracker_store_probe.py sqlite:///tmp/events.db
"""

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine.url import make_url

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.components.tracker_store import PrivacyTrackerStore  # noqa: E402

CONVERSATION = "probe-conversation"


def session_start() -> list[Event]:
    return [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]


def seen(tracker: DialogueStateTracker | None) -> Any:
    if tracker is None:
        return None
    return {
        "events": [event.as_dict() for event in tracker.events],
        "area": tracker.get_slot("area"),
        "texts": [event.text for event in tracker.events if isinstance(event, UserUttered)],
    }


async def probe(url: str) -> dict[str, Any]:
    domain = Domain.load(str(ROOT / "assistant" / "domain.yml"))
    location = make_url(url)
    replica_a = PrivacyTrackerStore(domain=domain, url=url)
    replica_b = PrivacyTrackerStore(domain=domain, url=url)
    rasa_own = SQLTrackerStore(
        domain=domain,
        dialect=location.get_backend_name(),
        host=location.host,
        port=location.port,
        db=location.database,
        username=location.username,
    )
    replica_a.erase(CONVERSATION)
    steps: dict[str, Any] = {}

    async def look(step: str) -> None:
        steps[step] = {
            "a": seen(await replica_a.retrieve(CONVERSATION)),
            "b": seen(await replica_b.retrieve(CONVERSATION)),
            "rasa": seen(await rasa_own.retrieve(CONVERSATION)),
        }

    tracker = replica_a.init_tracker(CONVERSATION)
    for event in [*session_start(), UserUttered("hello there"), SlotSet("area", "Banbury"), BotUttered("Hi!")]:
        tracker.update(event)
    await replica_a.save(tracker)
    await look("first turn")

    tracker = await replica_b.retrieve(CONVERSATION)
    assert tracker is not None
    tracker.update(UserUttered("I moved"))
    tracker.update(SlotSet("area", "Oxford"))
    await replica_b.save(tracker)
    await look("second turn on the other replica")

    tracker = await replica_a.retrieve(CONVERSATION)
    assert tracker is not None
    for event in [*session_start(), UserUttered("back again")]:
        tracker.update(event)
    await replica_a.save(tracker)
    await look("new session")

    tracker = await replica_b.retrieve(CONVERSATION)
    assert tracker is not None
    tracker.update(SlotSet("anonymous", True))
    await replica_b.save(tracker)
    await look("turned anonymous on the other replica")

    replica_b.erase(CONVERSATION)
    await look("erased on the other replica")
    return steps


if __name__ == "__main__":
    print(json.dumps(asyncio.run(probe(sys.argv[1]))))
