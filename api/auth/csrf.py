"""CSRF protection for every triage form: a signed double-submit token (itsdangerous).

The browser holds the token in an HttpOnly cookie signed with the app's secret; each form
carries the same token in a hidden field. A cross-site page can make the browser send the
cookie but cannot read it, so it cannot fill in the field.
"""

import hmac
import secrets

from fastapi import Request, Response
from itsdangerous import BadSignature, Signer

from api.errors import PermissionDeniedError
from api.settings import Settings

CSRF_COOKIE = "linkway_csrf"
CSRF_FIELD = "csrf_token"
CSRF_FAILED = "This form had expired or did not come from Linkway. Go back, reload the page and submit it again."


def _signer(settings: Settings) -> Signer:
    return Signer(settings.secret_key, salt="linkway-csrf")


def _token_from_cookie(request: Request, settings: Settings) -> str | None:
    value = request.cookies.get(CSRF_COOKIE)
    if not value:
        return None
    try:
        return _signer(settings).unsign(value).decode()
    except BadSignature:
        return None


def csrf_token(request: Request, settings: Settings) -> str:
    """The token for this browser, minting one (sent by `attach_csrf_cookie`) when it has none."""
    existing = getattr(request.state, "csrf_token", None) or _token_from_cookie(request, settings)
    if existing:
        request.state.csrf_token = existing
        return existing
    request.state.csrf_token = secrets.token_urlsafe(32)
    request.state.csrf_is_new = True
    return str(request.state.csrf_token)


def rotate_csrf_token(request: Request) -> None:
    """Called at sign-in and sign-out so a token planted before sign-in is useless after it."""
    request.state.csrf_token = secrets.token_urlsafe(32)
    request.state.csrf_is_new = True


def attach_csrf_cookie(request: Request, response: Response, settings: Settings) -> None:
    if getattr(request.state, "csrf_is_new", False):
        response.set_cookie(
            CSRF_COOKIE,
            _signer(settings).sign(request.state.csrf_token).decode(),
            httponly=True,
            samesite="lax",
            secure=not settings.is_development,
            path="/triage",
        )


async def verify_csrf(request: Request, settings: Settings) -> None:
    form = await request.form()
    submitted = form.get(CSRF_FIELD)
    expected = _token_from_cookie(request, settings)
    if not expected or not isinstance(submitted, str) or not hmac.compare_digest(submitted, expected):
        raise PermissionDeniedError(CSRF_FAILED)
