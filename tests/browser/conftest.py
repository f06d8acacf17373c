"""The browser every browser test drives: Debian's Chromium, headless, one per test (triage overrides the size)."""

from collections.abc import Iterator

import pytest
from selenium import webdriver

from tests.browser.widget.chromium import chromium


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    driver = chromium()
    try:
        yield driver
    finally:
        driver.quit()
