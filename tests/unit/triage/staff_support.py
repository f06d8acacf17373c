"""Test data and a signed-in staff member, shared by the triage unit and browser tests.

Referrals are written here directly (the conversation's own referral writer is tested elsewhere),
each with a unique reference and area so tests sharing one database never see each other's rows.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.auth.models import Role, User
from api.auth.service import create_user
from api.referrals.models import Referral
from index.database import get_session_factory, utcnow

PASSWORD = "correct horse battery staple"
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


def make_user(database_url: str, role: Role = Role.link_worker, password: str = PASSWORD) -> User:
    with get_session_factory(database_url)() as session:
        user = create_user(session, unique(f"{role.value.replace('_', '')}-"), role, password)
        session.commit()
        return user


def referral_values(**overrides: Any) -> dict[str, Any]:
    key = uuid.uuid4().hex
    values: dict[str, Any] = {
        "reference": f"LW-{key[:8].upper()}",
        "conversation_key": f"test-{key}",
        "created_at": utcnow() - timedelta(hours=30),
        "needs": ["loneliness_isolation", "debt_money"],
        "need_evidence": {"loneliness_isolation": "I hardly see anyone these days", "debt_money": "behind on bills"},
        "what_matters": "Getting out of the house once a week",
        "area": unique("Testshire "),
        "age_band": "65_plus",
        "services_shown": ["svc-0001"],
        "consent_store": True,
        "consent_share": True,
        "consent_version": "2026-11-v1",
        "consent_at": utcnow() - timedelta(hours=30),
        "name": "Sam Tester",
        "phone": "+447700900123",
        "email": "sam.tester@example.org",
        "preferred_method": "phone",
        "preferred_times": "weekday mornings",
        "voicemail_safe": False,
        "wellbeing_baseline": {"life_satisfaction": 4, "worthwhile": 5, "happiness": 3, "anxiety": 7},
    }
    values.update(overrides)
    return values


def make_referral(database_url: str, **overrides: Any) -> Referral:
    with get_session_factory(database_url)() as session:
        referral = Referral(**referral_values(**overrides))
        session.add(referral)
        session.commit()
        return referral


def reload(session: Session, referral_id: int) -> Referral:
    session.expire_all()
    referral = session.get(Referral, referral_id)
    assert referral is not None
    return referral


def hours_ago(hours: float) -> datetime:
    return utcnow() - timedelta(hours=hours)


@dataclass
class StaffMember:
    """A person using the triage pages through a test client, with the CSRF token the pages gave them."""

    client: TestClient
    user: User | None = None

    def csrf(self) -> str:
        page = self.client.get("/triage/login" if self.user is None else "/triage/account/password")
        match = CSRF_INPUT.search(page.text)
        assert match, page.text
        return match.group(1)

    def sign_in(self, user: User, password: str = PASSWORD) -> Any:
        response = self.sign_in_as(user.username, password)
        if response.status_code == 303:
            self.user = user
        return response

    def sign_in_as(self, username: str, password: str) -> Any:
        data = {"username": username, "password": password, "csrf_token": self.csrf()}
        return self.client.post("/triage/login", data=data, follow_redirects=False)

    def submit(self, path: str, data: dict[str, Any] | None = None) -> Any:
        return self.client.post(path, data={**(data or {}), "csrf_token": self.csrf()}, follow_redirects=False)
