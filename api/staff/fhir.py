"""A referral as a FHIR R4 ServiceRequest, for GP systems that take social prescribing referrals.

Coded with SNOMED CT 871731000000106 "Referral to social prescribing service". The person's
contact details travel in a contained Patient resource, only when the resident agreed to share.
"""

from datetime import datetime
from typing import Any

from api.referrals.display import as_utc, need_label
from api.referrals.models import Referral, ReferralStatus
from api.settings import Settings

SNOMED = "http://snomed.info/sct"
SOCIAL_PRESCRIBING_REFERRAL = {
    "system": SNOMED,
    "code": "871731000000106",
    "display": "Referral to social prescribing service",
}
FHIR_STATUS = {
    ReferralStatus.new: "active",
    ReferralStatus.claimed: "active",
    ReferralStatus.contacted: "active",
    ReferralStatus.closed: "completed",
}


def instant(moment: datetime | None) -> str | None:
    return as_utc(moment).isoformat() if moment else None


def contained_patient(referral: Referral) -> dict[str, Any]:
    telecom = []
    if referral.phone:
        telecom.append({"system": "phone", "value": referral.phone, "use": "mobile"})
    if referral.email:
        telecom.append({"system": "email", "value": referral.email})
    patient: dict[str, Any] = {"resourceType": "Patient", "id": "patient"}
    if referral.name:
        patient["name"] = [{"text": referral.name}]
    if telecom:
        patient["telecom"] = telecom
    return patient


def service_request(referral: Referral, settings: Settings) -> dict[str, Any]:
    shares_identity = referral.consent_share and referral.erased_at is None
    resource: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "id": referral.reference,
        "identifier": [{"system": f"{settings.public_url}/referrals", "value": referral.reference}],
        "status": "revoked" if referral.erased_at else FHIR_STATUS[ReferralStatus(referral.status)],
        "intent": "order",
        "category": [{"coding": [SOCIAL_PRESCRIBING_REFERRAL]}],
        "priority": "urgent" if referral.urgent else "routine",
        "code": {"coding": [SOCIAL_PRESCRIBING_REFERRAL], "text": "Referral to social prescribing service"},
        "authoredOn": instant(referral.created_at),
        "reasonCode": [{"text": need_label(need)} for need in referral.needs or []],
        "subject": {"reference": "#patient"} if shares_identity else {"display": "Self-referral (identity not shared)"},
    }
    if shares_identity:
        resource["contained"] = [contained_patient(referral)]
    notes = [
        f"Area: {referral.area}" if referral.area else None,
        f"Age band: {referral.age_band}" if referral.age_band else None,
    ]
    if referral.preferred_method:
        notes.append(f"Preferred contact: {referral.preferred_method}; voicemail safe: {bool(referral.voicemail_safe)}")
    resource["note"] = [{"text": text} for text in notes if text]
    return resource
