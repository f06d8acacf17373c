"""The staff JSON API: bearer tokens, the queue, one referral, and its FHIR R4 ServiceRequest."""

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import Role, User
from api.referrals.models import AuditEvent
from tests.unit.triage.staff_support import PASSWORD, hours_ago, unique


def bearer(client: TestClient, user: User) -> dict[str, str]:
    response = client.post("/api/staff/token", json={"username": user.username, "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 8 * 3600
    return {"Authorization": f"Bearer {body['access_token']}"}


def test_anonymous_gets_401(staff_client: TestClient) -> None:
    response = staff_client.get("/api/staff/referrals")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_wrong_password_gets_no_token(staff_client: TestClient, users: dict[Role, User]) -> None:
    response = staff_client.post(
        "/api/staff/token", json={"username": users[Role.link_worker].username, "password": "nope"}
    )
    assert response.status_code == 401
    assert "do not match" in response.json()["detail"]


def test_a_forged_token_is_refused(staff_client: TestClient) -> None:
    response = staff_client.get("/api/staff/referrals", headers={"Authorization": "Bearer eyJ1aWQiOjF9.forged.sig"})
    assert response.status_code == 401


def test_list_filters_by_status_need_and_area(staff_client: TestClient, users, referral_factory) -> None:  # type: ignore[no-untyped-def]
    area = unique("Apiford ")
    housing = referral_factory(area=area, needs=["housing"])
    debt = referral_factory(area=area, needs=["debt_money"])
    headers = bearer(staff_client, users[Role.link_worker])
    listed = staff_client.get("/api/staff/referrals", params={"area": area}, headers=headers).json()["referrals"]
    assert {row["reference"] for row in listed} == {housing.reference, debt.reference}
    assert "phone" not in listed[0] and "name" not in listed[0]
    by_need = staff_client.get("/api/staff/referrals", params={"area": area, "need": "housing"}, headers=headers).json()
    assert [row["reference"] for row in by_need["referrals"]] == [housing.reference]
    closed = staff_client.get("/api/staff/referrals", params={"area": area, "status": "closed"}, headers=headers).json()
    assert closed["referrals"] == []
    unknown = staff_client.get("/api/staff/referrals", params={"need": "astrology"}, headers=headers)
    assert unknown.status_code == 400 and "not a need" in unknown.json()["detail"]


def test_one_referral_carries_contact_details_and_the_read_is_audited(
    staff_client: TestClient,
    users,
    referral_factory,
    db_session: Session,  # type: ignore[no-untyped-def]
) -> None:
    referral = referral_factory()
    headers = bearer(staff_client, users[Role.link_worker])
    body = staff_client.get(f"/api/staff/referrals/{referral.id}", headers=headers).json()
    assert body["phone"] == "+447700900123" and body["voicemail_safe"] is False
    assert body["need_evidence"]["debt_money"] == "behind on bills"
    events = db_session.scalars(select(AuditEvent).where(AuditEvent.referral_id == referral.id)).all()
    assert [(e.action, e.detail) for e in events] == [("viewed_details", {"via": "staff API"})]
    assert staff_client.get("/api/staff/referrals/999999999", headers=headers).status_code == 404


def test_fhir_export_is_a_service_request_coded_for_social_prescribing(
    staff_client: TestClient, users, referral_factory
) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory(urgent=True, crisis_type="danger_abuse")
    headers = bearer(staff_client, users[Role.link_worker])
    resource = staff_client.get(f"/api/staff/referrals/{referral.id}/fhir", headers=headers).json()
    assert resource["resourceType"] == "ServiceRequest"
    assert resource["status"] == "active" and resource["intent"] == "order" and resource["priority"] == "urgent"
    coding = resource["code"]["coding"][0]
    assert coding == {
        "system": "http://snomed.info/sct",
        "code": "871731000000106",
        "display": "Referral to social prescribing service",
    }
    assert resource["identifier"][0]["value"] == referral.reference
    assert resource["authoredOn"].endswith("+00:00")
    assert [reason["text"] for reason in resource["reasonCode"]] == [
        "Loneliness and social isolation",
        "Debt, bills and money",
    ]
    assert resource["subject"] == {"reference": "#patient"}
    patient = resource["contained"][0]
    assert patient["resourceType"] == "Patient" and patient["id"] == "patient"
    assert {"system": "phone", "value": "+447700900123", "use": "mobile"} in patient["telecom"]


def test_fhir_export_leaves_out_identity_without_consent_to_share(
    staff_client: TestClient, users, referral_factory
) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory(consent_share=False)
    headers = bearer(staff_client, users[Role.link_worker])
    resource = staff_client.get(f"/api/staff/referrals/{referral.id}/fhir", headers=headers).json()
    assert "contained" not in resource and "reference" not in resource["subject"]
    assert "+447700900123" not in str(resource)


def test_erasure_and_export_need_a_team_lead(staff_client: TestClient, users, referral_factory) -> None:  # type: ignore[no-untyped-def]
    referral = referral_factory()
    worker = bearer(staff_client, users[Role.link_worker])
    lead = bearer(staff_client, users[Role.team_lead])
    assert staff_client.post(f"/api/staff/referrals/{referral.id}/erase", headers=worker).status_code == 403
    export = staff_client.get(f"/api/staff/referrals/{referral.id}/export", headers=lead).json()
    assert export["referral"]["email"] == "sam.tester@example.org"
    erased = staff_client.post(f"/api/staff/referrals/{referral.id}/erase", headers=lead)
    assert erased.status_code == 200 and erased.json()["status"] == "closed"
    detail = staff_client.get(f"/api/staff/referrals/{referral.id}", headers=lead).json()
    assert detail["email"] is None and detail["erased_at"] is not None


def test_a_long_queue_comes_a_page_at_a_time_with_the_total(staff_client: TestClient, users, referral_factory) -> None:  # type: ignore[no-untyped-def]
    area = unique("Pageford ")
    made = [referral_factory(area=area, created_at=hours_ago(10 - n)).reference for n in range(5)]
    headers = bearer(staff_client, users[Role.link_worker])

    def page(offset: int) -> dict:  # type: ignore[type-arg]
        params = {"area": area, "limit": 2, "offset": offset}
        return staff_client.get("/api/staff/referrals", params=params, headers=headers).json()

    pages = [page(offset) for offset in (0, 2, 4)]
    assert [p["total"] for p in pages] == [5, 5, 5]
    assert [row["reference"] for p in pages for row in p["referrals"]] == made
    too_big = staff_client.get("/api/staff/referrals", params={"limit": 201}, headers=headers)
    assert too_big.status_code == 422
