"""Staff accounts: sign-in, creation, disabling and password changes. Services flush; the caller commits."""

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import Role, User
from api.auth.passwords import UNKNOWN_USER_HASH, hash_password, verify_password
from api.auth.throttle import SignInThrottle
from api.errors import ConflictError, InvalidInputError, NotFoundError, SignInRequiredError
from index.database import utcnow

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,49}$")
SIGN_IN_FAILED = "That username and password do not match an active account. Check them and try again."


def find_user(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username.strip().lower())).first()


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("There is no staff account with that id.")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def active_caseworkers(session: Session) -> list[User]:
    """Accounts a referral can be assigned to."""
    query = select(User).where(User.active.is_(True), User.role.in_([Role.link_worker, Role.team_lead]))
    return list(session.scalars(query.order_by(User.username)))


def authenticate(session: Session, throttle: SignInThrottle, username: str, password: str, client: str) -> User:
    throttle.check(username, client)
    # A NUL character can never be in a stored username, and PostgreSQL refuses it in a query.
    user = None if "\x00" in username else find_user(session, username)
    valid = verify_password(user.password_hash if user else UNKNOWN_USER_HASH, password)
    if user is None or not valid or not user.active:
        throttle.record_failure(username, client)
        raise SignInRequiredError(SIGN_IN_FAILED)
    user.last_sign_in_at = utcnow()
    session.flush()
    return user


def create_user(session: Session, username: str, role: Role | str, password: str) -> User:
    username = username.strip().lower()
    if not USERNAME_PATTERN.fullmatch(username):
        raise InvalidInputError("Usernames are 2 to 50 lowercase letters, digits, dots, dashes or underscores.")
    if role not in set(Role):
        raise InvalidInputError(f"The role must be one of: {', '.join(Role)}.")
    if find_user(session, username) is not None:
        raise ConflictError(f"The username {username!r} is taken; choose another.")
    user = User(username=username, role=Role(role), password_hash=hash_password(password), active=True)
    session.add(user)
    session.flush()
    return user


def set_active(session: Session, user: User, active: bool) -> None:
    user.active = active
    session.flush()


def set_password(session: Session, user: User, new_password: str) -> None:
    """Replace the password; every session and token issued before stops working."""
    user.password_hash = hash_password(new_password)
    user.password_changed_at = utcnow()
    session.flush()


def change_own_password(session: Session, user: User, current_password: str, new_password: str) -> None:
    if not verify_password(user.password_hash, current_password):
        raise InvalidInputError("Your current password was not right, so nothing changed. Try again.")
    if new_password == current_password:
        raise InvalidInputError("Choose a new password that differs from the current one.")
    set_password(session, user, new_password)
