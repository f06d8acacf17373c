"""The resident pages as served: configuration handed to the widget, escaping, and nothing stored."""

from fastapi.testclient import TestClient

from api.settings import get_settings
from tests.unit.widget.conftest import RASA_URL


def test_the_chat_page_tells_the_widget_where_rasa_is_and_the_message_limit(pages_client: TestClient) -> None:
    page = pages_client.get("/").text
    assert f'data-rasa-url="{RASA_URL}"' in page
    assert f'data-max-chars="{get_settings().max_message_chars}"' in page
    assert "/static/js/chat.js" in page


def test_an_area_hint_from_the_embedding_site_is_escaped(pages_client: TestClient) -> None:
    page = pages_client.get("/embed", params={"area": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in page
    assert 'data-area-hint="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_an_overlong_area_hint_is_refused(pages_client: TestClient) -> None:
    assert pages_client.get("/embed", params={"area": "x" * 101}).status_code == 422


def test_the_privacy_notice_says_how_long_details_are_kept_and_how_to_ask_for_deletion(
    pages_client: TestClient,
) -> None:
    settings = get_settings()
    page = pages_client.get("/privacy").text
    assert f"{settings.retention_days} days" in page
    assert settings.phone_route in page
    assert "delete" in page


def test_the_embed_loader_is_javascript(pages_client: TestClient) -> None:
    response = pages_client.get("/widget.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "set-cookie" not in response.headers
    assert "linkwayArea" in response.text


def test_the_socket_io_client_is_served_by_the_app(pages_client: TestClient) -> None:
    response = pages_client.get("/static/vendor/socket.io/socket.io.esm.min.js")
    assert response.status_code == 200
    assert "export" in response.text


def test_browsing_services_sets_no_cookie_and_shows_search_words_as_text(client: TestClient) -> None:
    response = client.get("/services", params={"q": "<b>walking</b>", "need": "physical_activity"})
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    assert "<b>walking</b>" not in response.text
    assert "&lt;b&gt;walking&lt;/b&gt;" in response.text


def test_a_bad_filter_value_is_a_plain_error_not_a_crash(client: TestClient) -> None:
    response = client.get("/services", params={"age": "-3"})
    assert response.status_code == 422
    assert "Age must be a whole number between 0 and 120." in response.text
    unknown_area = client.get("/services", params={"area": "Atlantis"})
    assert unknown_area.status_code == 422
    assert "Unknown area" in unknown_area.text
