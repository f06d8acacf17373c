"""Admin pages: staff accounts and the retention period."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from api.auth import service as users
from api.auth.dependencies import AdminPage, CsrfChecked
from api.auth.models import Role
from api.deps import SessionDep, SettingsDep
from api.path_params import UserId
from api.referrals.workflow import audit
from api.retention import retention_days, run_retention, set_retention_days
from api.triage.templating import render

router = APIRouter(prefix="/triage", tags=["triage admin"])
Checked = Annotated[None, CsrfChecked]
NOTICES = {
    "created": "The account has been created.",
    "enabled": "The account has been enabled.",
    "disabled": "The account has been disabled; its sessions and tokens stop working.",
    "password": "The password has been reset; tell the person their new password in a safe way.",
    "retention": "The retention period has been saved.",
}


@router.get("/users")
def users_page(request: Request, user: AdminPage, session: SessionDep, notice: str | None = None) -> Response:
    """Staff accounts."""
    context = {"accounts": users.list_users(session), "roles": list(Role), "notice": NOTICES.get(notice or "")}
    return render(request, "triage/users.html", context)


@router.post("/users")
def create_user(
    user: AdminPage,
    session: SessionDep,
    _: Checked,
    username: Annotated[str, Form(max_length=50)],
    role: Annotated[str, Form(max_length=20)],
    password: Annotated[str, Form(max_length=300)],
) -> Response:
    """Create a staff account."""
    created = users.create_user(session, username, role, password)
    audit(session, user, "user_created", None, user_id=created.id, role=role)
    return RedirectResponse("/triage/users?notice=created", status_code=303)


@router.post("/users/{user_id}/active")
def set_active(
    user_id: UserId, user: AdminPage, session: SessionDep, _: Checked, active: Annotated[bool, Form()]
) -> Response:
    """Enable or disable an account."""
    account = users.get_user(session, user_id)
    users.set_active(session, account, active)
    audit(session, user, "user_enabled" if active else "user_disabled", None, user_id=account.id)
    return RedirectResponse(f"/triage/users?notice={'enabled' if active else 'disabled'}", status_code=303)


@router.post("/users/{user_id}/password")
def reset_password(
    user_id: UserId, user: AdminPage, session: SessionDep, _: Checked, password: Annotated[str, Form(max_length=300)]
) -> Response:
    """Set a new password for someone who forgot theirs."""
    account = users.get_user(session, user_id)
    users.set_password(session, account, password)
    audit(session, user, "password_reset", None, user_id=account.id)
    return RedirectResponse("/triage/users?notice=password", status_code=303)


@router.get("/retention")
def retention_page(
    request: Request, user: AdminPage, session: SessionDep, settings: SettingsDep, notice: str | None = None
) -> Response:
    """How long closed referrals keep identifying details."""
    context = {"days": retention_days(session, settings), "notice": NOTICES.get(notice or "")}
    return render(request, "triage/retention.html", context)


@router.post("/retention")
def save_retention(user: AdminPage, session: SessionDep, _: Checked, days: Annotated[int, Form()]) -> Response:
    """Change the retention period."""
    set_retention_days(session, user, days)
    return RedirectResponse("/triage/retention?notice=retention", status_code=303)


@router.post("/retention/run")
def run_retention_now(
    request: Request, user: AdminPage, session: SessionDep, settings: SettingsDep, _: Checked
) -> Response:
    """Erase every closed referral past the retention period now, as the nightly command does."""
    erased = run_retention(session, settings)
    audit(session, user, "retention_run", None, erased=len(erased))
    context = {"days": retention_days(session, settings), "notice": f"{len(erased)} referral(s) erased."}
    return render(request, "triage/retention.html", context)
