"""Browser fixtures for the triage pages: Debian's Chromium on the real app server, staff of each role."""

from collections.abc import Iterator

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from api.auth.models import Role, User
from tests.browser.widget.chromium import chromium
from tests.unit.triage.staff_support import make_user


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    driver = chromium(width=1280, height=1000)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def staff(database_url: str) -> dict[Role, User]:
    return {role: make_user(database_url, role) for role in Role}
