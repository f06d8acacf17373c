"""The resident's chat page as a person uses it: type, press Enter, read the replies, tap buttons."""

from dataclasses import dataclass

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.widget.chromium import save_screenshot

REPLY_SECONDS = 90


@dataclass
class ChatPage:
    driver: WebDriver

    def open(self, url: str) -> "ChatPage":
        self.driver.get(url)
        return self

    def wait_until_connected(self, seconds: float = 60) -> None:
        WebDriverWait(self.driver, seconds).until(
            lambda d: d.find_element(By.ID, "connection-status").get_attribute("data-state") == "connected"
        )

    @property
    def input(self) -> WebElement:
        return self.driver.find_element(By.ID, "message")

    def bot_messages(self) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, "#conversation .message-bot")

    def bot_texts(self) -> list[str]:
        return [message.find_element(By.CLASS_NAME, "message-body").text for message in self.bot_messages()]

    def say(self, text: str) -> list[str]:
        """Type a message, press Enter, and return the replies that answer it."""
        before = len(self.bot_messages())
        self.input.send_keys(text, Keys.ENTER)
        return self.wait_for_replies(before)

    def wait_for_replies(self, before: int, seconds: float = REPLY_SECONDS) -> list[str]:
        """Wait for the assistant to answer (new messages, then a short quiet spell)."""
        wait = WebDriverWait(self.driver, seconds)
        wait.until(lambda d: len(self.bot_messages()) > before)
        settled = [-1]

        def quiet(_: WebDriver) -> bool:
            count = len(self.bot_messages())
            still = count == settled[0]
            settled[0] = count
            return still and not self.driver.find_element(By.ID, "typing").is_displayed()

        WebDriverWait(self.driver, seconds, poll_frequency=1.0).until(quiet)
        return self.bot_texts()[before:]

    def quick_replies(self) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, "#conversation .quick-reply:not([disabled])")

    def choose(self, title_part: str) -> list[str]:
        """Press the first offered reply button whose title contains `title_part` (keyboard: focus, Enter)."""
        before = len(self.bot_messages())
        button = next(b for b in self.quick_replies() if title_part.lower() in b.text.lower())
        self.driver.execute_script("arguments[0].focus()", button)
        button.send_keys(Keys.ENTER)
        return self.wait_for_replies(before)

    def service_cards(self) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, "#conversation .service-card")

    def user_messages(self) -> list[str]:
        return [m.text for m in self.driver.find_elements(By.CSS_SELECTOR, "#conversation .message-user p")]

    def session_storage(self) -> dict[str, str]:
        result: dict[str, str] = self.driver.execute_script(
            "return Object.fromEntries(Object.entries(window.sessionStorage))"
        )
        return result

    def screenshot(self, name: str) -> None:
        save_screenshot(self.driver, name)
