"""What the widget shows for the assistant's messages, checked in a real browser on the real page.

The messages here have the shapes Rasa's socket.io channel emits; they are handed to the page's own
renderer, so these tests hold whatever the dialogue says."""

from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

SERVICE_CARDS = {
    "type": "service_cards",
    "services": [
        {
            "id": "svc-test-1",
            "name": "Banbury Walking Friends",
            "why": "A friendly weekly walk in Banbury, free and open to anyone over 18.",
            "phone": "01632 960123",
            "sms": "07700 900123",
            "email": "walks@example.org",
            "url": "https://example.org/walks",
            "schedule_text": "Tuesdays 10am to 11:30am",
        },
        {
            "id": "svc-test-2",
            "name": '<img src=x onerror="window.pwned=1">Debt clinic',
            "why": "<script>window.pwned=1</script> Free debt advice.",
            "url": "javascript:window.pwned=1",
            "phone": "call us",
        },
    ],
}


# The rendered message goes into a container of its own: the page's own messages (a conversation restored from
# an earlier test in the same browser, a greeting, crisis help with 999 and the privacy link) must never be read
# in its place.
UNDER_TEST = "#under-test"


def render(driver: WebDriver, app_server: str, message: dict[str, Any]) -> None:
    """Open the chat and hand one assistant message to the page's renderer."""
    driver.get(f"{app_server}/")
    driver.execute_async_script(
        """
        const [message, done] = arguments;
        import('/static/js/render.js').then((render) => {
          const node = render.renderBotMessage(message, { onChoose() {} });
          const holder = document.createElement('section');
          holder.id = 'under-test';
          document.body.append(holder);
          if (node) holder.append(node);
          done();
        });
        """,
        message,
    )


def test_service_cards_show_name_why_times_and_safe_contact_links(browser: WebDriver, app_server: str) -> None:
    render(browser, app_server, SERVICE_CARDS)
    first = browser.find_elements(By.CSS_SELECTOR, f"{UNDER_TEST} .service-card")[0]
    assert first.find_element(By.TAG_NAME, "h3").text == "Banbury Walking Friends"
    assert "friendly weekly walk" in first.text
    assert "Tuesdays 10am to 11:30am" in first.text
    links = {link.text: link for link in first.find_elements(By.TAG_NAME, "a")}
    assert links["Call 01632 960123"].get_attribute("href") == "tel:01632960123"
    assert links["Text 07700 900123"].get_attribute("href") == "sms:07700900123"
    assert links["Email walks@example.org"].get_attribute("href") == "mailto:walks@example.org"
    website = links["Website (opens in a new tab)"]
    assert website.get_attribute("href") == "https://example.org/walks"
    assert website.get_attribute("rel") == "noopener noreferrer"
    assert website.get_attribute("target") == "_blank"


def test_markup_in_a_service_is_shown_as_text_and_never_runs(browser: WebDriver, app_server: str) -> None:
    render(browser, app_server, SERVICE_CARDS)
    second = browser.find_elements(By.CSS_SELECTOR, f"{UNDER_TEST} .service-card")[1]
    assert second.find_element(By.TAG_NAME, "h3").text.startswith("<img src=x")
    assert "<script>" in second.text
    assert second.find_elements(By.TAG_NAME, "img") == []
    assert second.find_elements(By.TAG_NAME, "a") == []
    assert browser.execute_script("return window.pwned") is None


def test_crisis_numbers_in_the_assistants_text_become_call_links(browser: WebDriver, app_server: str) -> None:
    text = (
        "If you are in danger call 999. Samaritans are free on 116 123, any time. The helpline is open 24 hours "
        "on 0808 2000 247, Childline on 0800 1111. Your reference is LW-4821, aged 16 to 24. "
        "Read more at /privacy."
    )
    render(browser, app_server, {"text": text})
    message = browser.find_element(By.CSS_SELECTOR, f"{UNDER_TEST} .message-bot .message-body")
    hrefs = [a.get_attribute("href") for a in message.find_elements(By.TAG_NAME, "a")]
    assert hrefs == ["tel:999", "tel:116123", "tel:08082000247", "tel:08001111", f"{app_server}/privacy"]
    assert message.text == text


def test_quick_replies_are_buttons_that_send_their_payload(browser: WebDriver, app_server: str) -> None:
    browser.get(f"{app_server}/")
    chosen = browser.execute_async_script(
        """
        const [done] = arguments;
        import('/static/js/render.js').then((render) => {
          const message = { text: 'Shall I look?', quick_replies: [
            { content_type: 'text', title: 'Yes please', payload: '/affirm' },
            { content_type: 'text', title: 'No thanks', payload: '/deny' } ] };
          const node = render.renderBotMessage(message, { onChoose: (title, payload) => done([title, payload]) });
          const holder = document.createElement('section');
          holder.id = 'under-test';
          document.body.append(holder);
          holder.append(node);
          node.querySelector('button').click();
        });
        """
    )
    assert chosen == ["Yes please", "/affirm"]
    buttons = browser.find_elements(By.CSS_SELECTOR, f"{UNDER_TEST} .quick-reply")
    assert [b.get_attribute("type") for b in buttons] == ["button", "button"]
    assert all(not b.is_enabled() for b in buttons)


def test_rest_shaped_custom_payloads_render_the_same_cards(browser: WebDriver, app_server: str) -> None:
    render(browser, app_server, {"custom": SERVICE_CARDS})
    assert len(browser.find_elements(By.CSS_SELECTOR, f"{UNDER_TEST} .service-card")) == 2
