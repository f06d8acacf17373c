"""Domain errors: each carries the HTTP status it means and a message a person can act on."""


class DomainError(Exception):
    status_code = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SignInRequiredError(DomainError):
    status_code = 401


class PermissionDeniedError(DomainError):
    status_code = 403


class NotFoundError(DomainError):
    status_code = 404


class ConflictError(DomainError):
    status_code = 409


class InvalidInputError(DomainError):
    status_code = 400


class TooManyAttemptsError(DomainError):
    status_code = 429


# The name the referral service (api/referrals/service.py) imports.
Conflict = ConflictError
