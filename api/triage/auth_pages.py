"""Signing in and out of the triage pages, and changing one's own password."""

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from api.auth import service
from api.auth.csrf import rotate_csrf_token
from api.auth.dependencies import SESSION_COOKIE, CsrfChecked, LinkWorkerPage, OptionalPageUser, ThrottleDep
from api.auth.tokens import SESSION_SECONDS, session_signer
from api.deps import SessionDep, SettingsDep
from api.errors import DomainError
from api.settings import Settings
from api.triage.templating import attach_csrf_cookie, render

router = APIRouter(prefix="/triage", tags=["triage"])
STYLESHEET = Path(__file__).resolve().parent / "static" / "triage.css"


def safe_next(target: str | None) -> str:
    """Only ever redirect within the triage pages after sign-in (no open redirect)."""
    if target and target.startswith("/triage/") and not target.startswith("/triage//") and "\\" not in target:
        return target
    return "/triage/queue"


def _set_session(response: Response, value: str, settings: Settings, max_age: int) -> None:
    response.set_cookie(
        SESSION_COOKIE, value, max_age=max_age, httponly=True, samesite="lax", secure=not settings.is_development,
        path="/triage",
    )  # fmt: skip


@router.get("/static/triage.css", include_in_schema=False)
def stylesheet() -> FileResponse:
    """Linkway's own stylesheet for staff pages."""
    return FileResponse(STYLESHEET, media_type="text/css")


@router.get("", include_in_schema=False)
def triage_home(user: LinkWorkerPage) -> RedirectResponse:
    """The queue is the home page."""
    return RedirectResponse("/triage/queue", status_code=303)


@router.get("/login")
def login_page(request: Request, user: OptionalPageUser, next: str | None = None) -> Response:
    """The sign-in form."""
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "triage/login.html", {"next": safe_next(next)})


@router.post("/login", dependencies=[CsrfChecked])
def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=300)],
    next: Annotated[str, Form(max_length=500)] = "/triage/queue",
) -> Response:
    """Check the password and start an 8-hour session."""
    client = request.client.host if request.client else "unknown"
    try:
        user = service.authenticate(session, throttle, username, password, client)
    except DomainError as error:
        context = {"next": safe_next(next), "error": error.message, "username": username}
        return render(request, "triage/login.html", context, status_code=error.status_code)
    response = RedirectResponse(safe_next(next), status_code=303)
    _set_session(response, session_signer(settings.secret_key).issue(user), settings, SESSION_SECONDS)
    rotate_csrf_token(request)
    attach_csrf_cookie(request, response, settings)
    return response


@router.post("/logout")
def logout(request: Request, user: LinkWorkerPage, settings: SettingsDep, _: Annotated[None, CsrfChecked]) -> Response:
    """End the session."""
    request.state.user = None
    response = render(request, "triage/login.html", {"next": "/triage/queue", "notice": "You have signed out."})
    response.delete_cookie(SESSION_COOKIE, path="/triage")
    return response


@router.get("/account/password")
def password_page(request: Request, user: LinkWorkerPage) -> Response:
    """The change-password form."""
    return render(request, "triage/password.html")


@router.post("/account/password")
def change_password(
    request: Request,
    user: LinkWorkerPage,
    session: SessionDep,
    settings: SettingsDep,
    _: Annotated[None, CsrfChecked],
    current_password: Annotated[str, Form(max_length=300)],
    new_password: Annotated[str, Form(max_length=300)],
    confirm_password: Annotated[str, Form(max_length=300)],
) -> Response:
    """Change one's own password; other sessions of this account end."""
    if new_password != confirm_password:
        return render(request, "triage/password.html", {"error": "The two new passwords differ."}, status_code=400)
    try:
        service.change_own_password(session, user, current_password, new_password)
    except DomainError as error:
        return render(request, "triage/password.html", {"error": error.message}, status_code=error.status_code)
    response = render(request, "triage/password.html", {"notice": "Your password has been changed."})
    _set_session(response, session_signer(settings.secret_key).issue(user), settings, SESSION_SECONDS)
    return response
