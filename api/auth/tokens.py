"""Signed, time-limited credentials (itsdangerous): the triage session cookie and staff API bearer tokens.

Both carry the user's id and a fingerprint of their password hash, so resetting or changing a
password signs out every existing session and token at once.
"""

import hashlib
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from api.auth.models import User

SESSION_SECONDS = 8 * 60 * 60
TOKEN_SECONDS = 8 * 60 * 60


@dataclass(frozen=True)
class Credential:
    user_id: int
    fingerprint: str


def password_fingerprint(user: User) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


class CredentialSigner:
    """Issues and reads one kind of credential; `purpose` keeps session cookies and API tokens apart."""

    def __init__(self, secret_key: str, purpose: str, max_age_seconds: int) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt=f"linkway-{purpose}")
        self.max_age_seconds = max_age_seconds

    def issue(self, user: User) -> str:
        return self._serializer.dumps({"uid": user.id, "pv": password_fingerprint(user)})

    def read(self, value: str | None) -> Credential | None:
        if not value:
            return None
        try:
            payload = self._serializer.loads(value, max_age=self.max_age_seconds)
        except BadSignature:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("uid"), int):
            return None
        return Credential(user_id=payload["uid"], fingerprint=str(payload.get("pv", "")))


def session_signer(secret_key: str) -> CredentialSigner:
    return CredentialSigner(secret_key, "staff-session", SESSION_SECONDS)


def token_signer(secret_key: str) -> CredentialSigner:
    return CredentialSigner(secret_key, "staff-api-token", TOKEN_SECONDS)
