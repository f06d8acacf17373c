"""Quick exit: one press (or Esc twice) swaps the page for a neutral site and leaves nothing behind."""

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from api.widget.pages import QUICK_EXIT_URL
from tests.browser.widget.chat_page import ChatPage

PRIVATE_WORDS = "my partner reads my messages"


@pytest.fixture
def earlier_page(council_site: tuple[str, Path]) -> str:
    """Some ordinary page the resident was on before opening Linkway."""
    base, folder = council_site
    (folder / "news.html").write_text("<!doctype html><title>Local news</title><h1>Bin collection changes</h1>")
    return f"{base}/news.html"


def start_a_conversation(browser: WebDriver, earlier_page: str, chat_url: str) -> ChatPage:
    browser.get(earlier_page)
    chat = ChatPage(browser).open(chat_url)
    chat.input.send_keys(PRIVATE_WORDS, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda _: PRIVATE_WORDS in " ".join(chat.user_messages()))
    WebDriverWait(browser, 30).until(lambda _: '"sessionId":"' in " ".join(chat.session_storage().values()))
    assert PRIVATE_WORDS in " ".join(chat.session_storage().values())
    return chat


def session_id(stored: dict[str, str]) -> str:
    conversation_id: str = json.loads(stored["linkway.conversation"])["sessionId"]
    assert conversation_id
    return conversation_id


def assert_left_without_trace(
    browser: WebDriver, earlier_page: str, chat_url: str, stored_before: dict[str, str]
) -> None:
    """Back leads past the chat, and opening the chat again starts afresh: none of the old conversation
    (its words or its session, which Rasa would replay) is left in the tab."""
    WebDriverWait(browser, 15).until(lambda d: d.current_url.startswith(QUICK_EXIT_URL))
    browser.back()
    WebDriverWait(browser, 15).until(lambda d: d.current_url == earlier_page)
    assert PRIVATE_WORDS not in browser.page_source
    chat = ChatPage(browser).open(chat_url)
    stored_now = " ".join(chat.session_storage().values())
    assert PRIVATE_WORDS not in stored_now
    assert session_id(stored_before) not in stored_now
    assert chat.user_messages() == []


def test_quick_exit_button_replaces_the_page_and_back_cannot_return(
    browser: WebDriver, app_server: str, earlier_page: str
) -> None:
    chat = start_a_conversation(browser, earlier_page, f"{app_server}/")
    stored_before = chat.session_storage()
    history_before = browser.execute_script("return history.length")
    browser.find_element(By.CSS_SELECTOR, "[data-quick-exit]").click()
    WebDriverWait(browser, 15).until(lambda d: d.current_url.startswith(QUICK_EXIT_URL))
    assert browser.execute_script("return history.length") == history_before
    assert_left_without_trace(browser, earlier_page, f"{app_server}/", stored_before)


def test_pressing_escape_twice_is_a_quick_exit(browser: WebDriver, app_server: str, earlier_page: str) -> None:
    stored_before = start_a_conversation(browser, earlier_page, f"{app_server}/").session_storage()
    ActionChains(browser).send_keys(Keys.ESCAPE).send_keys(Keys.ESCAPE).perform()
    assert_left_without_trace(browser, earlier_page, f"{app_server}/", stored_before)


@pytest.mark.parametrize("path", ["/", "/privacy", "/services"])
def test_every_page_has_a_visible_quick_exit_reachable_by_keyboard(
    browser: WebDriver, app_server: str, path: str
) -> None:
    browser.get(f"{app_server}{path}")
    button = browser.find_element(By.CSS_SELECTOR, "[data-quick-exit]")
    assert button.is_displayed()
    assert button.text == "Quick exit"
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("data-quick-exit") is not None, "Quick exit is the second stop after the skip link"
    focused.send_keys(Keys.ENTER)
    WebDriverWait(browser, 15).until(lambda d: d.current_url.startswith(QUICK_EXIT_URL))
