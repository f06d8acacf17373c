"""The request-scoped database session: the one place a request's transaction commits."""

from collections.abc import Iterator

from sqlalchemy.orm import Session

from api.settings import get_settings
from index.database import session_scope


def get_db() -> Iterator[Session]:
    """One unit of work per request: committed when the endpoint returns, rolled back if it raises."""
    with session_scope(get_settings().database_url) as session:
        yield session
