"""A dropped connection (the Rasa server restarted mid-conversation) does not lose the conversation."""

import json

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.widget.chat_page import REPLY_SECONDS, ChatPage
from tests.browser.widget.resident import Resident
from tests.browser.widget.test_widget_conversation import COMMON_ANSWERS
from tests.servers import ServerProcess

RESTART_SECONDS = 300


def session_id(chat: ChatPage) -> str:
    stored = json.loads(chat.session_storage()["linkway.conversation"])
    return str(stored["sessionId"])


def test_after_the_assistant_restarts_the_same_conversation_carries_on(
    browser: WebDriver, app_server: str, rasa_server: str, rasa_process_handle: ServerProcess
) -> None:
    chat = ChatPage(browser).open(f"{app_server}/")
    chat.wait_until_connected()
    chat.wait_for_replies(0)
    Resident(COMMON_ANSWERS).talk_until(chat, r"which area")
    conversation = session_id(chat)
    status = browser.find_element(By.ID, "connection-status")

    rasa_process_handle.stop()
    WebDriverWait(browser, 30).until(lambda _: status.get_attribute("data-state") != "connected")
    assert status.is_displayed()
    chat.screenshot("reconnecting")
    before = len(chat.bot_messages())
    chat.input.send_keys("Banbury", Keys.ENTER)

    rasa_process_handle.start()
    chat.wait_until_connected(RESTART_SECONDS)
    replies = chat.wait_for_replies(before, REPLY_SECONDS)
    assert session_id(chat) == conversation
    assert any("how old" in reply.lower() for reply in replies), replies
    assert not any("how would you like to start" in reply.lower() for reply in replies)
