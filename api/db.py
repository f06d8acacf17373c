"""The request-scoped database session: the one place a request's transaction commits."""

from collections.abc import Iterator

from sqlalchemy.orm import Session

from api.settings import get_settings
from index.database import get_session_factory


def get_db() -> Iterator[Session]:
    session = get_session_factory(get_settings().database_url)()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
