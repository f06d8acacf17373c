"""Every page tells the browser to load nothing from elsewhere, and only allowed sites may frame the chat."""

import pytest
from fastapi.testclient import TestClient

from tests.unit.widget.conftest import COUNCIL_SITE, RASA_URL

OTHER_SITE = "https://evil.example"


def directives(response) -> dict[str, str]:  # type: ignore[no-untyped-def]
    policy = response.headers["content-security-policy"]
    return {part.split(" ", 1)[0]: part.split(" ", 1)[1] for part in (p.strip() for p in policy.split(";")) if part}


@pytest.mark.parametrize("path", ["/", "/embed", "/privacy"])
def test_resident_pages_load_scripts_styles_and_images_from_linkway_only(pages_client: TestClient, path: str) -> None:
    response = pages_client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["img-src"] == "'self' data:"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert "unsafe-inline" not in response.headers["content-security-policy"]


def test_chat_may_connect_only_to_linkway_and_its_rasa_server(pages_client: TestClient) -> None:
    policy = directives(pages_client.get("/"))
    assert policy["connect-src"].split() == ["'self'", RASA_URL, "ws://rasa.linkway.example:5005"]


def test_only_the_allowed_sites_may_frame_the_embedded_chat(pages_client: TestClient) -> None:
    response = pages_client.get("/embed", params={"area": "Cherwell"})
    assert directives(response)["frame-ancestors"].split() == ["'self'", COUNCIL_SITE]
    assert "x-frame-options" not in response.headers


@pytest.mark.parametrize("path", ["/", "/privacy"])
def test_full_pages_refuse_to_be_framed_at_all(pages_client: TestClient, path: str) -> None:
    response = pages_client.get(path)
    assert directives(response)["frame-ancestors"] == "'none'"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/", "/embed", "/privacy", "/widget.js", "/static/js/chat.js", "/health"])
def test_no_sniffing_no_referrer_and_no_powerful_features(pages_client: TestClient, path: str) -> None:
    headers = pages_client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in headers["permissions-policy"]
    assert "geolocation=()" in headers["permissions-policy"]


def test_pages_that_show_a_conversation_are_never_cached(pages_client: TestClient) -> None:
    assert pages_client.get("/").headers["cache-control"] == "no-store"
    assert pages_client.get("/embed").headers["cache-control"] == "no-store"


def test_other_sites_may_load_the_embed_loader_but_not_the_pages(pages_client: TestClient) -> None:
    loader = pages_client.get("/widget.js")
    assert loader.headers["content-type"].startswith("text/javascript")
    assert loader.headers["cross-origin-resource-policy"] == "cross-origin"
    assert pages_client.get("/").headers["cross-origin-resource-policy"] == "same-origin"


def test_an_allowed_site_gets_cors_headers(pages_client: TestClient) -> None:
    response = pages_client.get("/health", headers={"Origin": COUNCIL_SITE})
    assert response.headers["access-control-allow-origin"] == COUNCIL_SITE
    preflight = pages_client.options(
        "/api/needs/detect",
        headers={"Origin": COUNCIL_SITE, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == COUNCIL_SITE


def test_any_other_site_gets_no_cors_headers(pages_client: TestClient) -> None:
    response = pages_client.get("/health", headers={"Origin": OTHER_SITE})
    assert "access-control-allow-origin" not in response.headers
    preflight = pages_client.options(
        "/api/needs/detect",
        headers={"Origin": OTHER_SITE, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
