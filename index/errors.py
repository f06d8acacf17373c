"""Typed errors of the directory and search, each with its HTTP status and a message a person can act on."""


class DirectoryError(Exception):
    status_code = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidSearchError(DirectoryError):
    """A search parameter outside what the directory knows; `allowed` lists the valid values when there are few."""

    status_code = 422

    def __init__(self, field: str, message: str, allowed: list[str] | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.allowed = allowed or []


class UnknownAreaError(InvalidSearchError):
    def __init__(self, area: str, allowed: list[str]) -> None:
        super().__init__("area", f"Unknown area {area!r}. Use one of: {', '.join(allowed)}.", allowed)


class UnknownNeedError(InvalidSearchError):
    def __init__(self, need: str, allowed: list[str]) -> None:
        super().__init__("needs", f"Unknown need {need!r}. Use taxonomy keys: {', '.join(allowed)}.", allowed)


class IndexUnavailableError(DirectoryError):
    """The search index is missing, unreadable or out of date; run `python -m index build`."""

    status_code = 503
