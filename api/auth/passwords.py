"""Password hashing with Argon2id (argon2-cffi), and the minimum a staff password must meet."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from api.errors import InvalidInputError

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256
_hasher = PasswordHasher()


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            f"Choose a password of at least {MIN_PASSWORD_LENGTH} characters; a short phrase works well."
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInputError(f"Choose a password of at most {MAX_PASSWORD_LENGTH} characters.")


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password[:MAX_PASSWORD_LENGTH])
    except (VerificationError, InvalidHashError):
        return False


# Verifying against a real hash when the username is unknown keeps sign-in timing the same either way.
UNKNOWN_USER_HASH = _hasher.hash("no-such-user-placeholder")
