"""Staff API payloads."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class TokenRequest(BaseModel):
    username: str = Field(max_length=100)
    password: str = Field(max_length=300)


class TokenPublic(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105  (the OAuth token type, not a secret)
    expires_in: int


class ReferralSummary(BaseModel):
    """A queue row: nothing identifying, so listing is not an audited read."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    reference: str
    created_at: datetime
    status: str
    urgent: bool
    crisis_type: str | None
    needs: list[str]
    area: str | None
    age_band: str | None
    preferred_method: str | None
    voicemail_safe: bool | None
    claimed_by_id: int | None
    first_contact_at: datetime | None
    outcome: str | None
    closed_at: datetime | None


class ContactAttemptPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    at: datetime
    method: str
    result: str
    user_id: int | None


class ReferralDetail(ReferralSummary):
    """Everything a link worker needs; reading it is audited."""

    crisis_evidence: str | None
    need_evidence: dict[str, Any]
    what_matters: str | None
    services_shown: list[Any]
    consent_store: bool
    consent_share: bool
    consent_version: str | None
    consent_at: datetime | None
    name: str | None
    phone: str | None
    email: str | None
    preferred_times: str | None
    wellbeing_baseline: dict[str, Any] | None
    wellbeing_followup: dict[str, Any] | None
    outcome_services: list[Any]
    erased_at: datetime | None
    contact_history: list[ContactAttemptPublic] = []


class ReferralList(BaseModel):
    referrals: list[ReferralSummary]
    total: int = Field(description="Referrals matching the filters, on every page")
    offset: int
    limit: int
