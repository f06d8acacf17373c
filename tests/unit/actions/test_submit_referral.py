"""Submitting writes one referral per conversation, with the consent wording and wellbeing baseline."""

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.referrals.models import Referral
from tests.unit.actions.conftest import tracker_request


def submitted_reference(body: dict) -> str:
    [reference] = [e["value"] for e in body["events"] if e["name"] == "referral_reference"]
    return str(reference)


def test_submission_writes_the_referral_with_consent_text_and_baseline(
    webhook: TestClient, db_session: Session
) -> None:
    body = webhook.post("/webhook", json=tracker_request("ready_to_submit", "action_submit_referral")).json()
    reference = submitted_reference(body)
    assert body["events"][1:] == [
        {"event": "slot", "name": "submission", "value": "submitted"},
        {"event": "slot", "name": "urgent", "value": False},
        {"event": "slot", "name": "phone_route", "value": "01632 960000"},
    ]
    referral = db_session.scalars(select(Referral).where(Referral.reference == reference)).one()
    assert referral.phone == "+447911123456" and referral.name == "Margaret"
    assert referral.consent_version == "2026-11-v1" and "May I keep the details" in (referral.consent_text or "")
    assert referral.wellbeing_baseline == {"life_satisfaction": 4, "worthwhile": 6, "happiness": 3, "anxiety": 7}


def test_a_retried_submission_returns_the_same_referral(webhook: TestClient, db_session: Session) -> None:
    request = tracker_request("ready_to_submit", "action_submit_referral")
    request["sender_id"] = request["tracker"]["sender_id"] = "unit-submit-retry"
    first = submitted_reference(webhook.post("/webhook", json=request).json())
    second = submitted_reference(webhook.post("/webhook", json=request).json())
    assert first == second
    assert len(db_session.scalars(select(Referral).where(Referral.reference == first)).all()) == 1


def test_a_crisis_in_the_conversation_makes_the_referral_urgent(webhook: TestClient, db_session: Session) -> None:
    request = tracker_request(
        "ready_to_submit", "action_submit_referral", crisis_type="danger_abuse", crisis_evidence="hurt me"
    )
    request["sender_id"] = request["tracker"]["sender_id"] = "unit-submit-crisis"
    reference = submitted_reference(webhook.post("/webhook", json=request).json())
    referral = db_session.scalars(select(Referral).where(Referral.reference == reference)).one()
    assert referral.urgent and referral.crisis_type == "danger_abuse" and referral.crisis_evidence == "hurt me"
