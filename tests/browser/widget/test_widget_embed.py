"""The one-script-tag embed on another site: a launcher, the chat in a frame, quick exit for the whole page."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from api.widget.pages import QUICK_EXIT_URL
from tests.browser.widget.chromium import requested_urls, save_screenshot

COUNCIL_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cherwell District Council: support</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' {app}; frame-src {app}">
</head><body><h1>Help and support in Cherwell</h1><p>Our community pages.</p>
<script src="{app}/widget.js" data-linkway-area="Cherwell"></script>
</body></html>
"""


@pytest.fixture
def council_page(council_site: tuple[str, Path], embedding_app_server: str) -> str:
    base, folder = council_site
    (folder / "support.html").write_text(COUNCIL_PAGE.format(app=embedding_app_server))
    return f"{base}/support.html"


def open_embedded_chat(browser: WebDriver, page: str) -> None:
    browser.get(page)
    launcher = WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "linkway-launcher"))
    assert launcher.get_attribute("aria-expanded") == "false"
    launcher.send_keys(Keys.ENTER)
    assert launcher.get_attribute("aria-expanded") == "true"
    frame = browser.find_element(By.CSS_SELECTOR, "#linkway-panel iframe")
    assert frame.get_attribute("title") == "Linkway chat"
    browser.switch_to.frame(frame)
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.ID, "message"))


def test_the_script_tag_adds_a_launcher_that_opens_the_chat_with_the_area_hint(
    browser: WebDriver, council_page: str, embedding_app_server: str
) -> None:
    open_embedded_chat(browser, council_page)
    body = browser.find_element(By.TAG_NAME, "body")
    assert body.get_attribute("data-area-hint") == "Cherwell"
    save_screenshot(browser, "embedded-on-a-council-page")
    assert browser.find_element(By.CSS_SELECTOR, "[data-quick-exit]").is_displayed()
    hosts = {urlsplit(url).hostname for url in requested_urls(browser) if url.startswith(("http", "ws"))}
    assert hosts == {"127.0.0.1"}, "no request leaves this machine: no CDN, fonts or analytics"


def test_the_chat_can_be_minimised_and_reopened_by_keyboard(browser: WebDriver, council_page: str) -> None:
    open_embedded_chat(browser, council_page)
    browser.switch_to.default_content()
    minimise = browser.find_element(By.XPATH, "//div[@id='linkway-panel']/button")
    minimise.send_keys(Keys.ENTER)
    launcher = browser.find_element(By.ID, "linkway-launcher")
    assert launcher.is_displayed()
    assert browser.switch_to.active_element == launcher
    assert not browser.find_element(By.ID, "linkway-panel").is_displayed()


def test_quick_exit_inside_the_frame_replaces_the_whole_council_page(browser: WebDriver, council_page: str) -> None:
    open_embedded_chat(browser, council_page)
    browser.find_element(By.ID, "message").send_keys("my dad hits me")
    browser.find_element(By.CSS_SELECTOR, "[data-quick-exit]").click()
    browser.switch_to.default_content()
    WebDriverWait(browser, 15).until(lambda d: d.current_url.startswith(QUICK_EXIT_URL))


def test_a_site_not_on_the_allowed_list_cannot_frame_the_chat(
    browser: WebDriver, council_site: tuple[str, Path], embedding_app_server: str
) -> None:
    base, folder = council_site
    (folder / "other.html").write_text(COUNCIL_PAGE.format(app=embedding_app_server))
    other_origin_page = base.replace("127.0.0.1", "localhost") + "/other.html"
    browser.get(other_origin_page)
    WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "linkway-launcher")).click()
    WebDriverWait(browser, 20).until(
        lambda d: any("frame-ancestors" in entry["message"] for entry in d.get_log("browser")),
        "the browser refuses the frame because of the chat's frame-ancestors policy",
    )
    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "#linkway-panel iframe"))
    assert browser.find_elements(By.ID, "message") == []
