"""The table of actions the webhook can run, filled by the `@action` decorator in each family module."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from actions.protocol import Dispatcher, Tracker
from api.settings import Settings


@dataclass
class ActionContext:
    """What an action may use besides the tracker: settings and the request's database session."""

    settings: Settings
    session: Session
    domain: dict


ActionFunction = Callable[[Tracker, Dispatcher, ActionContext], None]
ACTIONS: dict[str, ActionFunction] = {}


def action(name: str) -> Callable[[ActionFunction], ActionFunction]:
    def register(function: ActionFunction) -> ActionFunction:
        if name in ACTIONS:
            raise ValueError(f"action {name} registered twice")
        ACTIONS[name] = function
        return function

    return register
