"""Debian's Chromium under Selenium, headless, in a fresh profile, able to reach this machine only."""

import json
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from tests.servers import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = ROOT / "bench" / "reports" / "widget"
# Any host other than this machine fails to resolve, so a test can never reach a third party.
LOCAL_ONLY = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"


def chromium(width: int = 1024, height: int = 900) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--host-resolver-rules={LOCAL_ONLY}",
        f"--user-data-dir={tempfile.mkdtemp(prefix='linkway-chromium-')}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    return driver


def requested_urls(driver: webdriver.Chrome) -> list[str]:
    """Every URL the browser asked for (HTTP and WebSocket) since the last call."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
        elif message["method"] == "Network.webSocketCreated":
            urls.append(message["params"]["url"])
    return urls


def save_screenshot(driver: webdriver.Remote, name: str) -> None:
    """A picture of a main state for bench/reports/widget/ (linked from the README)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
