"""Browsing services without chatting: filters, the same results as the search API, shareable links, no trace."""

from urllib.parse import parse_qs, urlsplit

import httpx
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.widget.chromium import chromium, save_screenshot


def result_names(driver: WebDriver) -> list[str]:
    return [card.text for card in driver.find_elements(By.CSS_SELECTOR, ".results .service-card h3")]


def filter_by_keyboard(driver: WebDriver, app_server: str) -> None:
    driver.get(f"{app_server}/services")
    Select(driver.find_element(By.ID, "need")).select_by_value("physical_activity")
    Select(driver.find_element(By.ID, "area")).select_by_visible_text("Banbury")
    driver.find_element(By.ID, "age").send_keys("70")
    free = driver.find_element(By.NAME, "free")
    free.send_keys(Keys.SPACE)
    assert free.is_selected()
    driver.find_element(By.ID, "q").send_keys("walking", Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda d: "need=physical_activity" in d.current_url)


def test_filters_give_the_same_services_and_reasons_as_the_search_api(browser: WebDriver, app_server: str) -> None:
    filter_by_keyboard(browser, app_server)
    names = result_names(browser)
    api = httpx.get(
        f"{app_server}/api/services/search",
        params={"q": "walking", "needs": "physical_activity", "area": "Banbury", "age": 70, "free": True, "limit": 20},
        timeout=60,
    ).json()["results"]
    assert names, "a search for walking groups in Banbury finds something"
    assert names == [service["name"] for service in api]
    whys = [p.text for p in browser.find_elements(By.CSS_SELECTOR, ".results .service-why")]
    assert whys == [service["why"] for service in api]
    save_screenshot(browser, "services-results")


def test_a_results_page_is_a_link_that_shows_the_same_results_elsewhere(browser: WebDriver, app_server: str) -> None:
    filter_by_keyboard(browser, app_server)
    shared = browser.find_element(By.CSS_SELECTOR, ".share a").get_attribute("href")
    query = parse_qs(urlsplit(shared).query)
    expected = {"q": "walking", "need": "physical_activity", "area": "Banbury", "age": "70", "free": "true"}
    assert query == {name: [value] for name, value in expected.items()}
    names = result_names(browser)
    friend = chromium()
    try:
        friend.get(f"{app_server}/services?{urlsplit(shared).query}")
        assert result_names(friend) == names
    finally:
        friend.quit()


def test_browsing_stores_nothing_and_new_searches_do_not_pile_up_in_history(
    browser: WebDriver, app_server: str
) -> None:
    browser.get(f"{app_server}/services")
    length = browser.execute_script("return history.length")
    filter_by_keyboard(browser, app_server)
    Select(browser.find_element(By.ID, "area")).select_by_visible_text("Witney")
    browser.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda d: "area=Witney" in d.current_url)
    assert browser.execute_script("return history.length") == length
    assert browser.get_cookies() == []
    assert browser.execute_script("return window.localStorage.length + window.sessionStorage.length") == 0


def test_a_filter_value_the_directory_does_not_know_gets_a_plain_message(browser: WebDriver, app_server: str) -> None:
    browser.get(f"{app_server}/services?age=twelve")
    alert = browser.find_element(By.CSS_SELECTOR, "[role=alert]")
    assert "Age must be a whole number" in alert.text
