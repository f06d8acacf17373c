"""A link worker takes a referral from new to closed in Chromium, and a team lead sees it in the report.

Every page is checked with axe-core (no serious or critical violation), and the resident's text,
laced with script and markup, is shown as text without anything running.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from api.auth.models import Role, User
from tests.browser.triage.triage_pages import (
    axe_serious_violations,
    choose,
    no_script_ran,
    press,
    sign_in,
    sign_out,
    text_of,
)
from tests.unit.triage.staff_support import make_referral, unique

PAYLOAD = "<script>window.pwned = true; alert(1)</script><img src=x onerror=\"document.title='pwned'\"><b>bold</b>"


def test_link_worker_takes_a_referral_from_new_to_closed_and_the_report_shows_it(
    browser: WebDriver, app_server: str, database_url: str, staff: dict[Role, User]
) -> None:
    area = unique("Browserbury ")
    referral = make_referral(
        database_url, area=area, what_matters=PAYLOAD, name=PAYLOAD, need_evidence={"debt_money": PAYLOAD}
    )
    browser.get(f"{app_server}/triage/queue")
    assert "/triage/login" in browser.current_url
    assert axe_serious_violations(browser) == []
    sign_in(browser, app_server, staff[Role.link_worker])

    choose(browser, "area", area)
    press(browser, "Filter")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.queue tbody tr")
    assert [row.find_element(By.CSS_SELECTOR, "th").text for row in rows] == [referral.reference]
    assert axe_serious_violations(browser) == []

    browser.find_element(By.LINK_TEXT, referral.reference).click()
    assert no_script_ran(browser)
    assert PAYLOAD in browser.find_element(By.CSS_SELECTOR, "blockquote.resident-text").text
    assert axe_serious_violations(browser) == []

    press(browser, "Claim this referral")
    assert text_of(browser, "referral-status") == "claimed"
    choose(browser, "method", "phone")
    choose(browser, "result", "reached")
    press(browser, "Record contact attempt")
    assert text_of(browser, "referral-status") == "contacted"
    browser.find_element(By.ID, "note-text").send_keys(PAYLOAD)
    press(browser, "Save note")
    assert no_script_ran(browser)
    assert PAYLOAD in browser.find_element(By.CSS_SELECTOR, ".note-text").text

    choose(browser, "outcome", "supported")
    browser.find_element(By.ID, "service-1").click()
    for field, score in (("life_satisfaction", "6"), ("worthwhile", "7"), ("happiness", "6"), ("anxiety", "3")):
        browser.find_element(By.ID, f"followup_{field}").send_keys(score)
    press(browser, "Close referral")
    assert text_of(browser, "referral-status") == "closed"
    assert text_of(browser, "referral-outcome") == "supported"
    assert "-4 (better)" in browser.find_element(By.CSS_SELECTOR, "#wellbeing-heading + table").text
    assert axe_serious_violations(browser) == []
    sign_out(browser)

    sign_in(browser, app_server, staff[Role.team_lead])
    browser.find_element(By.LINK_TEXT, "Reports").click()
    area_rows = browser.find_elements(By.CSS_SELECTOR, "#table-areas tbody tr")
    assert f"{area} 1" in [row.text for row in area_rows]
    outcomes = browser.find_element(By.ID, "table-outcomes").text
    assert "supported" in outcomes
    assert no_script_ran(browser)
    assert axe_serious_violations(browser) == []


def test_every_staff_page_passes_axe(
    browser: WebDriver, app_server: str, database_url: str, staff: dict[Role, User]
) -> None:
    referral = make_referral(database_url)
    sign_in(browser, app_server, staff[Role.admin])
    for path in (
        "/triage/queue",
        f"/triage/referrals/{referral.id}",
        "/triage/reports",
        "/triage/directory/stale",
        "/triage/users",
        "/triage/retention",
        "/triage/account/password",
        "/triage/referrals/999999999",
    ):
        browser.get(f"{app_server}{path}")
        assert axe_serious_violations(browser) == [], path
