"""Who is calling: the signed-in staff member (triage pages) or the bearer of a token (staff API).

Every staff route depends on one of the role aliases below; that is what refuses anonymous callers.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from api.auth.csrf import verify_csrf
from api.auth.models import Role, User
from api.auth.throttle import SignInThrottle, get_throttle
from api.auth.tokens import Credential, password_fingerprint, session_signer, token_signer
from api.deps import SessionDep, SettingsDep
from api.errors import PermissionDeniedError, SignInRequiredError

SESSION_COOKIE = "linkway_staff"
ROLE_NAMES = {Role.link_worker: "link worker", Role.team_lead: "team lead", Role.admin: "admin"}


def user_for(session: Session, credential: Credential | None) -> User | None:
    if credential is None:
        return None
    user = session.get(User, credential.user_id)
    if user is None or not user.active or password_fingerprint(user) != credential.fingerprint:
        return None
    return user


def require_role(user: User, required: Role) -> User:
    if not Role(user.role).includes(required):
        raise PermissionDeniedError(
            f"This needs the {ROLE_NAMES[required]} role; you are signed in as a {ROLE_NAMES[Role(user.role)]}. "
            "Ask an admin if you need it."
        )
    return user


@dataclass(frozen=True)
class PageIdentity:
    """Who is signed in, as the page templates see it; a plain copy survives the request's session closing."""

    id: int
    username: str
    role: Role


def signed_in_user(request: Request, session: SessionDep, settings: SettingsDep) -> User | None:
    user = user_for(session, session_signer(settings.secret_key).read(request.cookies.get(SESSION_COOKIE)))
    request.state.user = PageIdentity(user.id, user.username, Role(user.role)) if user else None
    return user


def page_role(required: Role) -> Callable[..., User]:
    def dependency(request: Request, session: SessionDep, settings: SettingsDep) -> User:
        user = signed_in_user(request, session, settings)
        if user is None:
            raise SignInRequiredError("Sign in to continue.")
        return require_role(user, required)

    return dependency


def api_role(required: Role) -> Callable[..., User]:
    def dependency(request: Request, session: SessionDep, settings: SettingsDep) -> User:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        token = value.strip() if scheme.lower() == "bearer" else None
        user = user_for(session, token_signer(settings.secret_key).read(token))
        if user is None:
            raise SignInRequiredError("Send a valid bearer token from POST /api/staff/token.")
        return require_role(user, required)

    return dependency


async def checked_form(request: Request, settings: SettingsDep) -> None:
    await verify_csrf(request, settings)


LinkWorkerPage = Annotated[User, Depends(page_role(Role.link_worker))]
TeamLeadPage = Annotated[User, Depends(page_role(Role.team_lead))]
AdminPage = Annotated[User, Depends(page_role(Role.admin))]
LinkWorkerApi = Annotated[User, Depends(api_role(Role.link_worker))]
TeamLeadApi = Annotated[User, Depends(api_role(Role.team_lead))]
OptionalPageUser = Annotated[User | None, Depends(signed_in_user)]
ThrottleDep = Annotated[SignInThrottle, Depends(get_throttle)]
CsrfChecked = Depends(checked_form)
