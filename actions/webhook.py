"""`POST /webhook`: Rasa's action endpoint, served by the app.

A request names the action to run; the reply carries its events and responses. An unknown action
is a 404 and a rejected one a 400 with `action_name` and `error`, as Rasa's action-server protocol
expects. The request's database session commits once, after the action succeeded and before the
reply leaves: a reference is shown to a resident only once it is stored, and on SQLite the write
lock is released by the thread that took it rather than by a teardown queued for a free thread.
"""

import logging

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

import actions.catalogue  # noqa: F401  (registers every action family)
from actions.protocol import ActionRejectedError, ActionReply, ActionRequest, Dispatcher, Tracker
from actions.registry import ACTIONS, ActionContext
from api.db import get_db
from api.settings import Settings, get_settings

logger = logging.getLogger(__name__)
router = APIRouter(tags=["actions"])


@router.post("/webhook", response_model=ActionReply)
def run_action(
    request: ActionRequest,
    session: Session = Depends(get_db),
    settings: Settings = Depends(get_settings),
) -> ActionReply | JSONResponse:
    """Run one custom action for Rasa."""
    function = ACTIONS.get(request.next_action)
    if function is None:
        return JSONResponse(
            status_code=404,
            content={
                "action_name": request.next_action,
                "error": f"No registered action found for name '{request.next_action}'.",
            },
        )
    dispatcher = Dispatcher()
    tracker = Tracker(sender_id=request.sender_id, raw=request.tracker)
    try:
        function(tracker, dispatcher, ActionContext(settings=settings, session=session, domain=request.domain))
        session.commit()
    except ActionRejectedError as rejection:
        session.rollback()
        return JSONResponse(status_code=400, content={"action_name": request.next_action, "error": str(rejection)})
    except SQLAlchemyError:
        session.rollback()
        logger.exception("action %s could not reach the database", request.next_action)
        return database_unavailable_reply(request.next_action, settings)
    return dispatcher.reply()


def database_unavailable_reply(action_name: str, settings: Settings) -> ActionReply:
    """Nothing was written; the resident is told kindly and given the phone route."""
    dispatcher = Dispatcher()
    dispatcher.set("submission", "failed")
    dispatcher.set("phone_route", settings.phone_route)
    return dispatcher.reply()
