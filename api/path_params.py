"""Typed ids for staff routes: a number outside the database's integer range is a 422, never a database error."""

from typing import Annotated

from fastapi import Form, Path

MAX_ROW_ID = 2_147_483_647

ReferralId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
UserId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
UserIdField = Annotated[int, Form(ge=1, le=MAX_ROW_ID)]
