"""Typed dependency aliases used by the routes."""

from typing import Annotated

from fastapi import Depends
from sqlalchemy.orm import Session

from api.db import get_db
from api.settings import Settings, get_settings

# "function" scope commits before the response leaves: a redirect's next page sees the write,
# and a failed commit becomes an error response instead of a success that was never stored.
SessionDep = Annotated[Session, Depends(get_db, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]
