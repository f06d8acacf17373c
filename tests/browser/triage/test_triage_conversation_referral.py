"""Done when: a referral made through the real conversation goes from new to closed in the browser.

The resident's words carry script and markup; the link worker's browser shows them as text and
runs none of it.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from api.auth.models import Role, User
from tests.browser.triage.resident_script import refer_with_untrusted_text
from tests.browser.triage.triage_pages import axe_serious_violations, choose, no_script_ran, press, sign_in, text_of

SCRIPT = "<script>window.pwned = true; alert(1)</script>"
MARKUP = "<img src=x onerror=\"document.title='pwned'\">"


def test_referral_from_the_conversation_is_worked_to_closed_and_nothing_it_carries_runs(
    browser: WebDriver, app_server: str, rasa_server: str, staff: dict[Role, User]
) -> None:
    reference = refer_with_untrusted_text(
        rasa_server,
        situation=f"Since my wife died I've been so lonely, and I can't keep up with the council tax {SCRIPT}",
        what_matters=f"Some company and sorting the money out {MARKUP} <b>soon</b>",
        preferred_times=f"weekday mornings {MARKUP}",
    )

    sign_in(browser, app_server, staff[Role.link_worker])
    choose(browser, "area", "Banbury")
    press(browser, "Filter")
    browser.find_element(By.LINK_TEXT, reference).click()
    assert no_script_ran(browser)
    assert text_of(browser, "referral-status") == "new"
    shown = browser.find_element(By.TAG_NAME, "main").text
    assert MARKUP in shown
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, main script, main b")
    assert axe_serious_violations(browser) == []

    press(browser, "Claim this referral")
    choose(browser, "method", "phone")
    choose(browser, "result", "reached")
    press(browser, "Record contact attempt")
    choose(browser, "outcome", "referred elsewhere")
    press(browser, "Close referral")
    assert text_of(browser, "referral-status") == "closed"
    assert text_of(browser, "referral-outcome") == "referred elsewhere"
    assert no_script_ran(browser)
