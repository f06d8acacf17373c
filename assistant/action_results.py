"""Rasa checks every custom action's reply against its response schema; this makes that check cheap.

Rasa 3.6 calls `jsonschema.validate(reply, schema)` for each action call, and `validate` first checks
the schema itself against JSON Schema's meta-schema, every time. With Rasa's large event schema that
was the biggest single cost in Rasa's handling of a turn: about 40 % of its CPU time over one
resident's conversation, some 40 ms per action call (py-spy, `bench/reports/load.md`). Here the
validator is built, and the schema checked, once; each reply is still validated against the same
schema and a bad reply fails with the same error as before.

Installed when Rasa loads this project's channels (`assistant.guarded_channels` imports it).
"""

from functools import lru_cache
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def reply_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """Rasa's own check (same schema, same error), without re-checking the schema each time."""
    error: ValidationError | None = best_match(reply_validator().iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign,assignment]
