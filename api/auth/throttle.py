"""Sign-in throttling (the `limits` package): failures are counted per username and per client address."""

from functools import lru_cache

from limits import RateLimitItem, RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from api.errors import TooManyAttemptsError

WINDOW_MINUTES = 15
FAILURES_PER_USERNAME = 5
# A whole office can share one address, so an address gets more room than one username.
FAILURES_PER_CLIENT = 30
_username_limit = RateLimitItemPerMinute(FAILURES_PER_USERNAME, WINDOW_MINUTES)
_client_limit = RateLimitItemPerMinute(FAILURES_PER_CLIENT, WINDOW_MINUTES)


class SignInThrottle:
    def __init__(self) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def _limits(self, username: str, client: str) -> list[tuple[RateLimitItem, str, str]]:
        return [(_username_limit, "user", username.strip().lower()), (_client_limit, "client", client)]

    def check(self, username: str, client: str) -> None:
        """Refuse before checking the password once the username or the address has used up its failures."""
        if not all(self._limiter.test(limit, *key) for limit, *key in self._limits(username, client)):
            raise TooManyAttemptsError(
                f"Too many failed sign-in attempts. Wait {WINDOW_MINUTES} minutes and try again, "
                "or ask an admin to reset your password."
            )

    def record_failure(self, username: str, client: str) -> None:
        for limit, *key in self._limits(username, client):
            self._limiter.hit(limit, *key)

    def reset(self) -> None:
        self._limiter.storage.reset()


@lru_cache
def get_throttle() -> SignInThrottle:
    return SignInThrottle()
