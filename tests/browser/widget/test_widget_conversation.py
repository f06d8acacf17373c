"""Whole conversations in the widget against the real Rasa server and app, by keyboard only."""

import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from api.auth.models import Role
from tests.browser.triage.triage_pages import sign_in
from tests.browser.widget.chat_page import ChatPage
from tests.browser.widget.resident import Resident, choose, say
from tests.unit.triage.staff_support import make_user

SITUATION = "Since my husband died last spring I hardly see anyone, and the house feels so quiet."
WHAT_MATTERS = "Having somewhere to go where I can meet people"

COMMON_ANSWERS = [
    (r"how would you like to start", choose("Help me find support")),
    (r"what's been going on", say(SITUATION)),
    (r"biggest difference", say(WHAT_MATTERS)),
    (r"which area", say("Banbury")),
    (r"how old", choose("65 or over")),
    (r"anything else|did I get|is that right|have I understood", choose("Yes")),
]


@pytest.fixture
def chat(browser: WebDriver, app_server: str, rasa_server: str) -> ChatPage:
    page = ChatPage(browser).open(f"{app_server}/")
    page.wait_until_connected()
    page.wait_for_replies(0)
    return page


def test_a_whole_conversation_ends_in_a_referral_a_link_worker_sees_in_triage(
    chat: ChatPage, app_server: str, database_url: str
) -> None:
    chat.screenshot("welcome")
    resident = Resident(
        [
            (r"shall I send it", choose("Yes, send it")),
            *COMMON_ANSWERS,
            (r"link worker to get in touch", choose("Yes please")),
            (r"keep|store|share|pass .* details|agree", choose("Yes")),
            (r"call you\?", say("Maggie")),
            (r"phone number or email", say("maggie.h@example.org")),
            (r"good time to contact", say("weekday mornings")),
            (r"voicemail", choose("Yes, that's safe")),
            (r"four quick questions", choose("Skip these")),
        ]
    )
    resident.talk_until(chat, r"here are some services")
    cards = chat.service_cards()
    assert 3 <= len(cards) <= 5
    first = cards[0]
    assert first.find_element(By.TAG_NAME, "h3").text
    assert first.find_element(By.CLASS_NAME, "service-why").text
    for link in first.find_elements(By.CSS_SELECTOR, "a[target=_blank]"):
        assert link.get_attribute("rel") == "noopener noreferrer"
    chat.driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", first)
    chat.screenshot("service-cards")
    done = resident.talk_until(chat, r"your reference is LW-")
    reference = re.search(r"LW-[A-Z0-9]+", done)
    assert reference, done
    chat.screenshot("referral-submitted")

    worker = make_user(database_url, Role.link_worker)
    sign_in(chat.driver, app_server, worker)
    chat.driver.get(f"{app_server}/triage/queue")
    assert reference.group(0) in chat.driver.find_element(By.TAG_NAME, "main").text


def test_the_anonymous_path_asks_for_nothing_identifying(chat: ChatPage) -> None:
    indicator = chat.driver.find_element(By.ID, "anonymous-state")
    assert indicator.get_attribute("data-on") == "false"
    before = len(chat.bot_messages())
    chat.driver.find_element(By.ID, "go-anonymous").click()
    chat.wait_for_replies(before)
    assert indicator.get_attribute("data-on") == "true"
    assert "Anonymous mode is on" in indicator.text
    assert not chat.driver.find_element(By.ID, "go-anonymous").is_displayed()
    chat.screenshot("anonymous-mode")
    resident = Resident(COMMON_ANSWERS)
    resident.talk_until(chat, r"nothing you typed has been kept")
    assert chat.service_cards()
    questions = " ".join(chat.bot_texts()).lower()
    assert "call you" not in questions
    assert "phone number or email" not in questions


def test_a_crisis_message_gets_crisis_help_at_once(chat: ChatPage) -> None:
    chat.choose("Help me find support")
    replies = chat.say("I don't want to be alive any more, I've been thinking about ending it")
    help_text = " ".join(replies)
    assert "116 123" in help_text
    assert "999" in help_text
    calls = [a.get_attribute("href") for a in chat.bot_messages()[-len(replies) :][0].find_elements(By.TAG_NAME, "a")]
    assert "tel:116123" in calls
    chat.screenshot("crisis-help")


def test_the_area_from_the_embedding_site_is_pre_filled_when_the_area_is_asked(
    browser: WebDriver, app_server: str, rasa_server: str
) -> None:
    chat = ChatPage(browser).open(f"{app_server}/?area=Cherwell")
    chat.wait_until_connected()
    chat.wait_for_replies(0)
    Resident([a for a in COMMON_ANSWERS if a[0] != r"which area"]).talk_until(chat, r"which area")
    WebDriverWait(browser, 10).until(lambda _: chat.input.get_attribute("value") == "Cherwell")
