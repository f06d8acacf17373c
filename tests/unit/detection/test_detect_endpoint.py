"""`POST /api/needs/detect`: the detector over HTTP, with input a resident might really send."""

from fastapi.testclient import TestClient

from index.detection import get_detector


def test_the_endpoint_and_the_detector_give_the_same_answer(detect_client: TestClient) -> None:
    text = "nobody rings me anymore and the heating's been off for a week because I can't top up"

    response = detect_client.post("/api/needs/detect", json={"text": text})

    assert response.status_code == 200
    assert response.json() == get_detector().detect(text).model_dump()


def test_a_crisis_comes_back_with_its_type_and_evidence(detect_client: TestClient) -> None:
    response = detect_client.post("/api/needs/detect", json={"text": "I've taken an overdose, what do I do"})

    body = response.json()
    assert body["crisis"] == "medical_emergency"
    assert "overdose" in body["evidence"]["medical_emergency"]


def test_empty_text_is_refused(detect_client: TestClient) -> None:
    for text in ["", "   \n\t "]:
        response = detect_client.post("/api/needs/detect", json={"text": text})

        assert response.status_code == 422


def test_text_over_2000_characters_is_refused_with_the_limit_in_the_message(detect_client: TestClient) -> None:
    response = detect_client.post("/api/needs/detect", json={"text": "I need help. " * 200})

    assert response.status_code == 422
    assert "2,000" in response.text


def test_text_of_exactly_2000_characters_is_accepted(detect_client: TestClient) -> None:
    text = ("I feel lonely and I can't pay my rent. " * 60)[:2000]

    response = detect_client.post("/api/needs/detect", json={"text": text})

    assert response.status_code == 200
    assert {"loneliness_isolation", "debt_money"} <= set(response.json()["needs"])


def test_control_characters_and_odd_unicode_are_handled(detect_client: TestClient) -> None:
    body = '{"text": "\\u0000I\\u0007 feel so \\u202elonely\\u200b \\ud800 \\ufeff\\u2019cos nobody visits"}'

    response = detect_client.post("/api/needs/detect", content=body, headers={"content-type": "application/json"})

    assert response.status_code == 200
    assert "loneliness_isolation" in response.json()["needs"]


def test_text_of_only_control_characters_is_refused(detect_client: TestClient) -> None:
    response = detect_client.post("/api/needs/detect", json={"text": "\u0000\u0001\u0002"})

    assert response.status_code == 422


def test_a_body_that_is_not_utf8_is_refused_without_a_server_error(detect_client: TestClient) -> None:
    response = detect_client.post(
        "/api/needs/detect", content=b'{"text": "\xff\xfe lonely"}', headers={"content-type": "application/json"}
    )

    assert 400 <= response.status_code < 500


def test_text_must_be_a_string(detect_client: TestClient) -> None:
    response = detect_client.post("/api/needs/detect", json={"text": 42})

    assert response.status_code == 422
