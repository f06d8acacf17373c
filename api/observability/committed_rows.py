"""Count rows of a model when their transaction commits, so no feature module has to remember to.

Counting at flush would over-count: a flush can still roll back (the database fails mid-referral,
a duplicate submission loses the unique-key race). So new rows are noted at flush and counted only
after the commit that makes them real.
"""

from typing import Any

from prometheus_client import Counter
from sqlalchemy import event
from sqlalchemy.orm import Session

_PENDING_KEY = "linkway_rows_pending_count"
_watched: dict[type, Counter] = {}


def count_committed_rows(model: type, counter: Counter) -> None:
    """Increment `counter` once per new `model` row, after its transaction commits."""
    _watched[model] = counter


@event.listens_for(Session, "after_flush")
def _note_new_rows(session: Session, _flush_context: Any) -> None:
    pending: dict[type, int] = session.info.setdefault(_PENDING_KEY, {})
    for instance in session.new:
        model = type(instance)
        if model in _watched:
            pending[model] = pending.get(model, 0) + 1


@event.listens_for(Session, "after_commit")
def _count_committed(session: Session) -> None:
    for model, count in session.info.pop(_PENDING_KEY, {}).items():
        _watched[model].inc(count)


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)
