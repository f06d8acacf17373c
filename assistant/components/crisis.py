"""Every resident message goes through the need and crisis detector, inside forms too.

This NLU component runs last in the pipeline. It asks the app's detector
(`POST {LINKWAY_APP_URL}/api/needs/detect`, short timeout) about each message; if it reports a
crisis, the message's intent becomes `crisis` with `crisis_type` and `crisis_evidence` entities, and
rules answer it from any state. If the app cannot be reached, the detector's own crisis vocabulary
(read by `CrisisLexicon`) decides instead. When the detector is reachable and finds no crisis, a
`crisis` guess by the intent classifier is withdrawn (figures of speech such as "this form is killing me").

Rasa runs its NLU pipeline on its one event loop, so a blocking call from here stalls every other
conversation until the app answers (at 50 simultaneous conversations Rasa's loop was busy far more
than its CPU time explains). The channels (`assistant.guarded_channels`) therefore ask the detector
without blocking, before Rasa parses the message (`ask_detector_ahead`), and this component reads that
answer by message id; it asks the app itself only for messages that did not come through them.
"""

import asyncio
import logging
import os
from collections import OrderedDict
from typing import Any, Dict, List, Optional, Text

import aiohttp
import requests
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from assistant.components.crisis_lexicon import CrisisLexicon

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
TIMEOUT_SECONDS = 2.0
MAX_CHARS = 2000
ANSWERS_KEPT = 1000
UNREACHABLE = "unreachable"

# The detector's answers asked ahead by the channels, by message id, until the component reads them.
# In this process's memory only; an answer not read (a refused message) is dropped when the store is full.
answers_ahead: "OrderedDict[str, Any]" = OrderedDict()
_client: Optional[aiohttp.ClientSession] = None


def detector_url() -> str:
    return os.environ.get("LINKWAY_APP_URL", "http://localhost:8000").rstrip("/") + "/api/needs/detect"


def needs_reading(text: str) -> bool:
    return bool(text.strip()) and not text.startswith("/")


async def ask_detector_ahead(text: str, message_id: str) -> None:
    """Ask the app's detector about a message without blocking Rasa's event loop; keep the answer (or
    that the app could not be reached) for the component, which runs when Rasa parses the message."""
    global _client
    if not needs_reading(text):
        return
    if _client is None or _client.closed:
        _client = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_SECONDS))
    answer: Any = UNREACHABLE
    try:
        async with _client.post(
            detector_url(), json={"text": text[:MAX_CHARS]}, headers={"X-Request-ID": message_id}
        ) as response:
            response.raise_for_status()
            answer = await response.json()
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        logger.warning("need detector unreachable; using the offline crisis vocabulary")
    answers_ahead[message_id] = answer
    while len(answers_ahead) > ANSWERS_KEPT:
        answers_ahead.popitem(last=False)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisIntentOverride(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisIntentOverride":
        return cls()

    def __init__(self) -> None:
        self.lexicon = CrisisLexicon.load()
        self.http = requests.Session()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get("text") or ""
            if not needs_reading(text):
                continue
            asked_ahead = answers_ahead.pop(message.get("message_id") or "", None)
            if asked_ahead is None:
                verdict = self.crisis_in(text[:MAX_CHARS], message.get("message_id"))
            else:
                verdict = self.verdict_from(None if asked_ahead == UNREACHABLE else asked_ahead, text[:MAX_CHARS])
            if verdict is None:
                continue
            if verdict[0] is None:
                self._withdraw_crisis_guess(message)
            else:
                self._mark_crisis(message, verdict[0], verdict[1] or text[:200])
        return messages

    def crisis_in(self, text: str, request_id: Optional[str] = None) -> Optional[tuple[Optional[str], Optional[str]]]:
        """(type, evidence) from the app's detector, (None, None) for no crisis; the lexicon if unreachable."""
        body = None
        try:
            # The message id is the request id the app logs for this turn (its webhook calls use it too).
            headers = {"X-Request-ID": request_id} if request_id else {}
            response = self.http.post(detector_url(), json={"text": text}, headers=headers, timeout=TIMEOUT_SECONDS)
            response.raise_for_status()
            body = response.json()
        except (requests.RequestException, ValueError):
            logger.warning("need detector unreachable; using the offline crisis vocabulary")
        return self.verdict_from(body, text)

    def verdict_from(self, body: Optional[Dict[str, Any]], text: str) -> Optional[tuple[Optional[str], Optional[str]]]:
        """The detector's answer as (type, evidence); with no answer, the offline vocabulary's (or None)."""
        if body is None:
            found = self.lexicon.detect(text)
            return found if found else None
        crisis = body.get("crisis")
        evidence = (body.get("evidence") or {}).get(crisis) if crisis else None
        return (crisis, evidence) if crisis else (None, None)

    @staticmethod
    def _mark_crisis(message: Message, crisis_type: str, evidence: str) -> None:
        intent = {"name": CRISIS_INTENT, "confidence": 1.0}
        ranking = [intent] + [r for r in message.get("intent_ranking") or [] if r.get("name") != CRISIS_INTENT]
        message.set("intent", intent, add_to_output=True)
        message.set("intent_ranking", ranking, add_to_output=True)
        entities = [
            e for e in message.get("entities") or [] if e.get("entity") not in ("crisis_type", "crisis_evidence")
        ]
        for name, value in (("crisis_type", crisis_type), ("crisis_evidence", str(evidence)[:300])):
            entities.append({"entity": name, "value": value, "start": 0, "end": 0, "extractor": "CrisisIntentOverride"})
        message.set("entities", entities, add_to_output=True)

    @staticmethod
    def _withdraw_crisis_guess(message: Message) -> None:
        intent = message.get("intent") or {}
        if intent.get("name") != CRISIS_INTENT:
            return
        ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != CRISIS_INTENT]
        fallback = ranking[0] if ranking else {"name": "describe_situation", "confidence": 0.0}
        message.set("intent", fallback, add_to_output=True)
        message.set("intent_ranking", ranking, add_to_output=True)
