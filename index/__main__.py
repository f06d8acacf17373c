"""Command line: `python -m index import FILE [--dry-run]` and `python -m index build [--force]`."""

import argparse
import sys
from pathlib import Path

from api.settings import get_settings
from index.build import build_index
from index.database import session_scope
from index.importing.feeds import FeedError, read_feed
from index.importing.importer import import_feed
from index.snapshot import load_snapshot_from_database


def run_import(path: Path, dry_run: bool) -> int:
    try:
        feed = read_feed(path)
    except FeedError as error:
        print(f"Cannot import {path}: {error}", file=sys.stderr)
        return 2
    with session_scope(get_settings().database_url) as session:
        report = import_feed(session, feed, source=path.name, dry_run=dry_run)
        if dry_run:
            session.rollback()
    print(report.summary())
    return 0


def run_build(force: bool) -> int:
    settings = get_settings()
    with session_scope(settings.database_url) as session:
        snapshot = load_snapshot_from_database(session)
    if not snapshot.services:
        print("The directory is empty: import a feed first (`python -m index import FILE`).", file=sys.stderr)
        return 2
    result = build_index(snapshot, settings.index_dir, force=force, progress=sys.stderr.isatty())
    if result.skipped:
        print(
            f"Index in {settings.index_dir} is up to date (directory checksum {result.checksum[:12]}); build skipped."
        )
    else:
        print(
            f"Built the index in {settings.index_dir}: {result.services} services, {result.embedded} embedded, "
            f"{result.reused} from the cache, in {result.seconds:.1f}s (checksum {result.checksum[:12]})."
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index", description="Linkway's service directory.")
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser("import", help="import a directory feed (Linkway demo or ORUK JSON)")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    building = commands.add_parser("build", help="build the search index (skipped when the directory is unchanged)")
    building.add_argument("--force", action="store_true", help="rebuild even when the directory is unchanged")
    args = parser.parse_args(argv)
    if args.command == "import":
        return run_import(args.file, args.dry_run)
    return run_build(args.force)


if __name__ == "__main__":
    sys.exit(main())
