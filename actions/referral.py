"""The summary, the chance to change any item, and writing the referral."""

from typing import Any

from actions.contact import ONS_SLOTS, SKIPPED
from actions.forms import validates, yes_or_no
from actions.protocol import Dispatcher, Tracker, button
from actions.registry import ActionContext, action
from actions.wording import AGE_BANDS, consent_record, need_phrase
from api.referrals.service import Consent, ContactDetails, ReferralDraft, conversation_key, submit_referral

# What each "change" choice clears, so the journey asks for it again.
CHANGEABLE = {
    "needs": ("needs_confirmed", "services_shown"),
    "area": ("area", "services_shown"),
    "age_band": ("age_band", "services_shown"),
    "what_matters": ("what_matters",),
    "contact_name": ("contact_name",),
    "contact_detail": ("contact_detail", "phone", "email", "preferred_method", "contact_attempts"),
    "preferred_times": ("preferred_times",),
    "voicemail_safe": ("voicemail_safe",),
}
ONS_KEYS = dict(zip(ONS_SLOTS, ("life_satisfaction", "worthwhile", "happiness", "anxiety"), strict=True))


def summary_lines(slots: dict[str, Any]) -> list[str]:
    contact = " and ".join(value for value in (slots.get("phone"), slots.get("email")) if value)
    return [
        f"What you'd like help with: {need_phrase(list(slots.get('needs') or []))}",
        f"What matters most to you: {slots.get('what_matters') or '(not said)'}",
        f"Area: {slots.get('area') or '(not said)'}",
        f"Age: {AGE_BANDS.get(slots.get('age_band') or 'not_said', 'rather not say')}",
        f"Name: {slots.get('contact_name')}",
        f"Contact: {contact}",
        f"Best times: {slots.get('preferred_times')}",
        f"Safe to leave a message: {'yes' if slots.get('voicemail_safe') else 'no'}",
    ]


@action("action_ask_summary_confirmed")
def ask_summary_confirmed(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    lines = "\n".join(f"- {line}" for line in summary_lines(tracker.slots))
    buttons = [
        button("Yes, send it", "/affirm"),
        button("Change my name", '/change_detail{"detail":"contact_name"}'),
        button("Change my number or email", '/change_detail{"detail":"contact_detail"}'),
        button("Change the times", '/change_detail{"detail":"preferred_times"}'),
        button("Change what I need help with", '/change_detail{"detail":"needs"}'),
    ]
    dispatcher.say(f"Here's what I'll send to the link worker team:\n{lines}\nShall I send it?", buttons=buttons)


@validates("confirm_form", "summary_confirmed")
def validate_summary_confirmed(value: Any, tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> dict:
    details = [detail for detail in tracker.entity_values("detail") if detail in CHANGEABLE]
    if details:
        cleared = {slot: None for detail in details for slot in CHANGEABLE[detail]}
        dispatcher.say("Of course, let's change that.")
        return {**cleared, "summary_confirmed": None, "requested_slot": None}
    if tracker.latest_intent == "change_detail":
        dispatcher.say("Which part would you like to change? Choose one of the buttons, or tell me.")
        return {"summary_confirmed": None}
    answer = yes_or_no(tracker)
    if answer is None or answer is False:
        dispatcher.say("No problem. Tell me what you'd like to change, or say 'send it' when it's right.")
        return {"summary_confirmed": None}
    return {"summary_confirmed": True}


def draft_from(tracker: Tracker, context: ActionContext) -> ReferralDraft:
    slots = tracker.slots
    version = slots.get("consent_version") or context.settings.consent_version
    store, share = bool(slots.get("consent_store")), bool(slots.get("consent_share"))
    answered = [slots.get(slot) for slot in ONS_SLOTS]
    baseline = None
    if all(isinstance(score, int | float) and score != SKIPPED for score in answered):
        baseline = {ONS_KEYS[slot]: int(slots[slot]) for slot in ONS_SLOTS}
    return ReferralDraft(
        conversation_key=conversation_key(tracker.sender_id, tracker.conversation_started_at),
        needs=list(slots.get("needs") or []),
        need_evidence=dict(slots.get("need_evidence") or {}),
        what_matters=None if slots.get("what_matters") == "(not said)" else slots.get("what_matters"),
        area=slots.get("area"),
        age_band=slots.get("age_band"),
        services_shown=list(slots.get("services_shown") or []),
        consent=Consent(store=store, share=share, version=version, text=consent_record(version, store, share)),
        contact=ContactDetails(
            name=slots.get("contact_name") or "",
            phone=slots.get("phone"),
            email=slots.get("email"),
            preferred_method=slots.get("preferred_method"),
            preferred_times=slots.get("preferred_times"),
            voicemail_safe=slots.get("voicemail_safe"),
        ),
        crisis_type=slots.get("crisis_type"),
        crisis_evidence=slots.get("crisis_evidence"),
        wellbeing_baseline=baseline,
        sender_id=tracker.sender_id,
    )


@action("action_submit_referral")
def submit(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    """Write the referral (once per conversation); `utter_submission_result` then tells the resident."""
    referral = submit_referral(context.session, draft_from(tracker, context))
    dispatcher.set("referral_reference", referral.reference)
    dispatcher.set("submission", "submitted")
    dispatcher.set("urgent", referral.urgent)
    dispatcher.set("phone_route", context.settings.phone_route)
