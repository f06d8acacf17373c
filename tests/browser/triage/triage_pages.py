"""Driving the triage pages as a person would, and checking them with axe-core served from web/node_modules."""

from pathlib import Path
from typing import Any

from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait

from api.auth.models import User
from tests.servers import ROOT
from tests.unit.triage.staff_support import PASSWORD

AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"


def axe_serious_violations(driver: WebDriver, axe_file: Path = AXE) -> list[dict[str, Any]]:
    """Every axe-core rule on the current page; only serious and critical violations are returned."""
    driver.execute_script(axe_file.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(done, (error) => done({ error: String(error) }));"
    )
    assert "error" not in result, result
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [node["html"][:160] for node in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def no_script_ran(driver: WebDriver) -> bool:
    """Payloads in test data try to open an alert or change the title; neither may happen."""
    try:
        driver.switch_to.alert.dismiss()
        return False
    except NoAlertPresentException:
        return "pwned" not in driver.title and not driver.execute_script("return window.pwned === true")


def sign_in(driver: WebDriver, base_url: str, user: User) -> None:
    driver.get(f"{base_url}/triage/login")
    driver.find_element(By.ID, "username").send_keys(user.username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    press(driver, "Sign in")


def sign_out(driver: WebDriver) -> None:
    press(driver, "Sign out")


def press(driver: WebDriver, label: str) -> None:
    """Press a form's button and wait for the next page to replace this one.

    While the old page is being torn down, chromedriver can answer a probe of its
    elements with an "unhandled inspector error" instead of a stale reference; the
    wait polls again rather than failing on that moment.
    """
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, f"//button[normalize-space()={label!r}]").click()
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(staleness_of(page))


def choose(driver: WebDriver, select_id: str, visible_text: str) -> None:
    Select(driver.find_element(By.ID, select_id)).select_by_visible_text(visible_text)


def text_of(driver: WebDriver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text
