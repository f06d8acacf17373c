"""Field cleaning for real feeds: HTML to text, labelled phone numbers, placeholder emails, -1 ages."""

import html
import re
from typing import Any

import nh3
import phonenumbers

BLOCK_END = re.compile(r"<\s*(?:br|/p|/h[1-6]|/li|/div|/tr)\b[^>]*>", re.IGNORECASE)
WHITESPACE_RUN = re.compile(r"[ \t\r\f\v]+")
BLANK_LINES = re.compile(r"\s*\n\s*")
PLAIN_NUMBER = re.compile(r"^\+?[\d ]{3,20}$")
PLACEHOLDER_EMAIL_TLDS = (".invalid", ".test", ".localhost", ".example")
PLACEHOLDER_EMAIL_USERS = {"noemail", "no-email", "no.email", "none", "noreply", "no-reply", "unknown", "test"}
SIMPLE_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text_from_html(value: object) -> str:
    """Plain text from an HTML fragment: tags dropped, entities decoded, whitespace tidied."""
    if not isinstance(value, str):
        return ""
    with_breaks = BLOCK_END.sub("\n", value)
    text = html.unescape(nh3.clean(with_breaks, tags=set(), clean_content_tags={"script", "style"}))
    text = WHITESPACE_RUN.sub(" ", text.replace("\xa0", " "))
    return BLANK_LINES.sub("\n", text).strip()


def optional_text(value: object) -> str | None:
    text = text_from_html(value)
    return text or None


def clean_phone(value: object) -> str | None:
    """The first dialable number in a field such as "Youth line: 0117 332 7111", or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    for match in phonenumbers.PhoneNumberMatcher(raw, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        return match.raw_string.strip()
    return raw if PLAIN_NUMBER.match(raw) else None


def clean_email(value: object) -> str | None:
    """The address, or None when it is missing, malformed or an obvious placeholder."""
    if not isinstance(value, str):
        return None
    email = value.strip()
    if not SIMPLE_EMAIL.match(email):
        return None
    user, domain = email.lower().rsplit("@", 1)
    if domain.endswith(PLACEHOLDER_EMAIL_TLDS) or user in PLACEHOLDER_EMAIL_USERS or "noemail" in domain:
        return None
    return email


def clean_url(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if url.startswith(("http://", "https://")) else None


def clean_age(value: object) -> int | None:
    """An age limit; ORUK feeds write -1 (or leave it out) for "no limit"."""
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        age = int(str(value).strip())
    except ValueError:
        return None
    return age if 0 <= age <= 120 else None


def mapping(value: object) -> dict[str, Any]:
    """The value if it is a JSON object, else an empty one: feeds leave out or null optional objects."""
    return value if isinstance(value, dict) else {}
