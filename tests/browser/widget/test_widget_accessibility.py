"""WCAG 2.2 AA checks: axe-core (served from web/node_modules) on every resident page, reflow at 320 px,
reduced motion, visible focus, and a conversation screen readers hear politely."""

from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from api.widget.assets import WEB_DIR
from tests.browser.widget.chromium import save_screenshot
from tests.browser.widget.test_widget_rendering import SERVICE_CARDS, render

AXE = WEB_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = ["/", "/privacy", "/services", "/services?need=housing&area=Oxford", "/services?age=twelve", "/embed"]


def serious_violations(driver: WebDriver) -> list[dict[str, Any]]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        """
        const [tags, done] = arguments;
        axe.run(document, { runOnly: { type: 'tag', values: tags } }).then(done, (e) => done({ error: String(e) }));
        """,
        WCAG_AA,
    )
    assert "error" not in result, result
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["html"][:120] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_serious_or_critical_violation(browser: WebDriver, app_server: str, path: str) -> None:
    browser.get(f"{app_server}{path}")
    assert serious_violations(browser) == []


def test_axe_passes_a_conversation_with_buttons_and_service_cards(browser: WebDriver, app_server: str) -> None:
    render(browser, app_server, {"text": "Which area do you live in?", "quick_replies": [{"title": "Oxford"}]})
    browser.execute_async_script(
        """
        const [cards, done] = arguments;
        import('/static/js/render.js').then((r) => {
          document.getElementById('conversation').append(r.renderUserMessage('I feel lonely since my wife died'));
          document.getElementById('conversation').append(r.renderBotMessage(cards, {}));
          done();
        });
        """,
        SERVICE_CARDS,
    )
    assert serious_violations(browser) == []


@pytest.mark.parametrize("path", ["/", "/privacy", "/services?need=housing"])
def test_pages_reflow_to_320_px_without_sideways_scrolling(
    phone_browser: WebDriver, app_server: str, path: str
) -> None:
    phone_browser.get(f"{app_server}{path}")
    overflow = phone_browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert phone_browser.find_element(By.CSS_SELECTOR, "[data-quick-exit]").is_displayed()
    if path == "/privacy":
        save_screenshot(phone_browser, "privacy-320px")


def test_chat_controls_fit_at_320_px(phone_browser: WebDriver, app_server: str) -> None:
    render(phone_browser, app_server, SERVICE_CARDS)
    phone_browser.execute_script("document.getElementById('conversation').scrollIntoView()")
    save_screenshot(phone_browser, "phone-320px-service-cards")
    for element_id in ("message", "go-anonymous"):
        assert phone_browser.find_element(By.ID, element_id).is_displayed()
    assert phone_browser.find_element(By.CSS_SELECTOR, "#composer button[type=submit]").is_displayed()
    overflow = phone_browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_the_typing_animation_stops_for_people_who_ask_for_less_motion(browser: WebDriver, app_server: str) -> None:
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]}
    )
    browser.get(f"{app_server}/")
    animation = browser.execute_script(
        "const dot = document.querySelector('.typing-dots span');"
        "document.getElementById('typing').hidden = false;"
        "return getComputedStyle(dot).animationName;"
    )
    assert animation == "none"


def test_the_conversation_is_a_polite_live_region_and_every_control_has_a_label(
    browser: WebDriver, app_server: str
) -> None:
    browser.get(f"{app_server}/")
    log = browser.find_element(By.ID, "conversation")
    assert log.get_attribute("role") == "log"
    assert log.get_attribute("aria-live") == "polite"
    label = browser.find_element(By.CSS_SELECTOR, "label[for=message]")
    assert label.text == "Your message"
    assert "counter" in browser.find_element(By.ID, "message").get_attribute("aria-describedby")


def test_keyboard_focus_is_always_visible(browser: WebDriver, app_server: str) -> None:
    browser.get(f"{app_server}/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    reached = []
    for _ in range(20):
        focused = browser.switch_to.active_element
        outline = browser.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];", focused
        )
        assert outline[0] != "none" and outline[1] != "0px", focused.get_attribute("outerHTML")[:80]
        reached.append(focused.get_attribute("id") or focused.text)
        if focused.tag_name == "button" and focused.text == "Send":
            break
        focused.send_keys(Keys.TAB)
    assert {"Quick exit", "go-anonymous", "conversation", "message"} <= set(reached)
