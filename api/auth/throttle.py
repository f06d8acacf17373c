"""Sign-in throttling (the `limits` package): failures are counted per username and per client address.

With `LINKWAY_REDIS_URL` set, the counts live in Redis, so every app replica sees the same failures and
an attacker gains nothing by spreading attempts across replicas. Without it they are kept per process.
"""

import logging
from functools import lru_cache

from limits import RateLimitItem, RateLimitItemPerMinute
from limits.errors import StorageError
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from api.errors import TooManyAttemptsError
from api.settings import get_settings

logger = logging.getLogger(__name__)

WINDOW_MINUTES = 15
FAILURES_PER_USERNAME = 5
# A whole office can share one address, so an address gets more room than one username.
FAILURES_PER_CLIENT = 30
REDIS_KEY_PREFIX = "linkway-sign-in"
_username_limit = RateLimitItemPerMinute(FAILURES_PER_USERNAME, WINDOW_MINUTES)
_client_limit = RateLimitItemPerMinute(FAILURES_PER_CLIENT, WINDOW_MINUTES)


def failure_storage(redis_url: str | None) -> Storage:
    if not redis_url:
        return MemoryStorage()
    # wrap_exceptions turns the Redis client's errors into limits' StorageError, handled below.
    return RedisStorage(redis_url, key_prefix=REDIS_KEY_PREFIX, wrap_exceptions=True, socket_timeout=1)


class SignInThrottle:
    def __init__(self, redis_url: str | None = None) -> None:
        self._limiter = MovingWindowRateLimiter(failure_storage(redis_url))

    def _limits(self, username: str, client: str) -> list[tuple[RateLimitItem, str, str]]:
        return [(_username_limit, "user", username.strip().lower()), (_client_limit, "client", client)]

    def check(self, username: str, client: str) -> None:
        """Refuse before checking the password once the username or the address has used up its failures.

        If Redis cannot be reached the check is skipped (and logged): link workers can still sign in with
        the right password, which matters more during an outage than the throttle does.
        """
        try:
            allowed = all(self._limiter.test(limit, *key) for limit, *key in self._limits(username, client))
        except StorageError:
            logger.warning("sign-in throttle unavailable: Redis did not answer")
            return
        if not allowed:
            raise TooManyAttemptsError(
                f"Too many failed sign-in attempts. Wait {WINDOW_MINUTES} minutes and try again, "
                "or ask an admin to reset your password."
            )

    def record_failure(self, username: str, client: str) -> None:
        try:
            for limit, *key in self._limits(username, client):
                self._limiter.hit(limit, *key)
        except StorageError:
            logger.warning("sign-in throttle unavailable: Redis did not answer")

    def reset(self) -> None:
        self._limiter.storage.reset()


@lru_cache
def get_throttle() -> SignInThrottle:
    return SignInThrottle(get_settings().redis_url)
