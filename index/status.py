"""Is the search index there and built from the directory as it is now? For `/ready` and the loader."""

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from index.database import session_scope
from index.documents import index_checksum
from index.embeddings import MODEL_NAME
from index.snapshot import load_snapshot_from_database, read_config


@dataclass(frozen=True)
class IndexStatus:
    ready: bool
    reason: str


def index_status(index_dir: Path, database_url: str) -> IndexStatus:
    """Ready only when the index exists, uses the current model and matches the database's directory checksum."""
    try:
        config = read_config(index_dir)
    except (OSError, ValidationError):
        return IndexStatus(False, f"the index config in {index_dir} is unreadable; run `python -m index build`")
    if config is None:
        return IndexStatus(False, f"no index in {index_dir}; run `python -m index build`")
    if config.model != MODEL_NAME:
        return IndexStatus(False, f"the index was built with {config.model}, not {MODEL_NAME}; rebuild it")
    with session_scope(database_url) as session:
        checksum = index_checksum(load_snapshot_from_database(session))
    if checksum != config.directory_checksum:
        return IndexStatus(False, "the directory changed since the index was built; run `python -m index build`")
    return IndexStatus(True, "index matches the directory")
