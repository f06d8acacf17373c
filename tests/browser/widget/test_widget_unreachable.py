"""When the assistant cannot be reached, the resident is told plainly and given a phone number."""

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from api.settings import get_settings
from tests.browser.widget.chat_page import ChatPage


def test_an_unreachable_assistant_gets_a_clear_message_with_the_phone_route(
    browser: WebDriver, app_without_rasa: str
) -> None:
    chat = ChatPage(browser).open(f"{app_without_rasa}/")
    status = browser.find_element(By.ID, "connection-status")
    WebDriverWait(browser, 30).until(lambda _: status.get_attribute("data-state") == "unreachable")
    assert "can't be reached" in status.text
    phone = get_settings().phone_route
    call = status.find_element(By.CSS_SELECTOR, "a[href^='tel:']")
    assert call.text == phone
    assert call.get_attribute("href") == "tel:" + phone.replace(" ", "")
    chat.input.send_keys("is anyone there?", Keys.ENTER)
    assert chat.user_messages() == ["is anyone there?"]
    chat.screenshot("assistant-unreachable")


def test_the_length_counter_shows_the_servers_limit_and_refuses_longer_messages(
    browser: WebDriver, app_without_rasa: str
) -> None:
    chat = ChatPage(browser).open(f"{app_without_rasa}/")
    limit = get_settings().max_message_chars
    counter = browser.find_element(By.ID, "counter")
    assert counter.text == f"0 of {limit} characters"
    chat.input.send_keys("Hello")
    assert counter.text == f"5 of {limit} characters"
    browser.execute_script(
        "arguments[0].value = 'a'.repeat(arguments[1]); arguments[0].dispatchEvent(new Event('input'))",
        chat.input,
        limit + 1,
    )
    assert counter.text == f"{limit + 1} of {limit} characters"
    chat.input.send_keys(Keys.ENTER)
    error = browser.find_element(By.ID, "message-error")
    assert error.is_displayed()
    assert "too long" in error.text
    assert chat.user_messages() == []
