"""Erase "what I told you": this conversation's record and any referral not yet claimed.

Rasa's tracker store (assistant/components/tracker_store.py) deletes the conversation's stored
events when it sees this turn; the `restart` event here clears the slots in memory.
"""

from actions.protocol import Dispatcher, Tracker, restarted
from actions.registry import ActionContext, action
from actions.wording import DELETED, DELETED_BUT_CLAIMED
from api.referrals.service import ErasureResult, conversation_key, erase_conversation


@action("action_delete_conversation")
def delete_conversation(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    result = erase_conversation(context.session, conversation_key(tracker.sender_id, tracker.conversation_started_at))
    if result == ErasureResult.referral_claimed:
        dispatcher.say(DELETED_BUT_CLAIMED.format(phone_route=context.settings.phone_route))
    else:
        dispatcher.say(DELETED)
    dispatcher.events.append(restarted())
