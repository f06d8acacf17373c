"""The API documentation at /docs works on a machine with no internet, under the strict CSP."""

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.widget.chromium import requested_urls


def test_the_api_documentation_lists_the_operations_from_the_app_alone(
    browser: webdriver.Chrome, app_server: str
) -> None:
    browser.get(f"{app_server}/docs")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
    paths = {element.text for element in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert "/api/services/search" in paths
    assert "/api/needs/detect" in paths
    fetched = [url for url in requested_urls(browser) if url.startswith(("http", "ws"))]
    elsewhere = [url for url in fetched if not url.startswith(app_server)]
    assert elsewhere == []
    refused = [
        entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]
    ]
    assert refused == []
