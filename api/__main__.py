"""Command line: `python -m api users create|disable|reset-password` and `python -m api retention run`."""

import argparse
import sys

from api.auth import service as users
from api.auth.models import Role
from api.errors import DomainError, NotFoundError
from api.retention import run_retention
from api.settings import get_settings
from index.database import session_scope


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    return getpass.getpass("Password: ")


def users_command(args: argparse.Namespace) -> str:
    with session_scope(get_settings().database_url) as session:
        if args.action == "create":
            user = users.create_user(session, args.username, args.role, read_password(args.password_stdin))
            return f"Created {user.username} ({user.role})."
        user_found = users.find_user(session, args.username)
        if user_found is None:
            raise NotFoundError(f"There is no account called {args.username!r}.")
        if args.action == "disable":
            users.set_active(session, user_found, False)
            return f"Disabled {user_found.username}; their sessions and tokens no longer work."
        if args.action == "enable":
            users.set_active(session, user_found, True)
            return f"Enabled {user_found.username}."
        users.set_password(session, user_found, read_password(args.password_stdin))
        return f"Reset the password of {user_found.username}; their sessions and tokens no longer work."


def retention_command(args: argparse.Namespace) -> str:
    settings = get_settings()
    with session_scope(settings.database_url) as session:
        erased = run_retention(session, settings)
    return f"Erased identifying details of {len(erased)} closed referral(s)" + (
        f": {', '.join(erased)}." if erased else "."
    )


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m api", description="Linkway staff accounts and data retention.")
    commands = root.add_subparsers(dest="command", required=True)
    user_parser = commands.add_parser("users", help="manage staff accounts")
    user_actions = user_parser.add_subparsers(dest="action", required=True)
    for action in ("create", "disable", "enable", "reset-password"):
        action_parser = user_actions.add_parser(action)
        action_parser.add_argument("--username", required=True)
        if action == "create":
            action_parser.add_argument("--role", required=True, choices=[role.value for role in Role])
        if action in ("create", "reset-password"):
            action_parser.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    user_parser.set_defaults(handler=users_command)
    retention_parser = commands.add_parser("retention", help="erase identifying details past the retention period")
    retention_parser.add_argument("action", choices=["run"])
    retention_parser.set_defaults(handler=retention_command)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        print(args.handler(args))
    except DomainError as error:
        print(error.message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
