"""The ``accounts`` command: one module per command group.

``server`` (serve, migrate, export-schema), ``users`` (list, create, suspend, activate,
set-role, reset-2fa, identities), ``admin`` (admin-keys create, list, revoke),
``maintenance`` (sessions purge, media gc) and ``mail`` (courier, outbox list, outbox retry);
``runtime`` holds what they share (migrations, one unit of work on the service's own state).

A setting the service cannot use ends any command with one line per problem and exit status 2,
a database that cannot be reached with one line and status 1; ``--debug`` (or
``ACCOUNTS_LOG_LEVEL=DEBUG``) adds the trace.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import cast

from pydantic import ValidationError

from service.cli import admin, mail, maintenance, server, signing, users
from service.cli.runtime import Commands, migrations_dir, run_migrations
from service.config import ConfigurationError, Settings, get_settings
from service.config.errors import describe

__all__ = ["build_parser", "main", "migrations_dir", "run_migrations"]
CONFIGURATION_ERROR = 2
UNAVAILABLE = 1


class Parser(argparse.ArgumentParser):
    """Every command's ``--help`` shows the defaults of its options."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", argparse.ArgumentDefaultsHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def _describe_commands(parser: argparse.ArgumentParser) -> None:
    """A command without a description of its own shows its one-line help at the top of its
    ``--help``."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, command in action.choices.items():
                text = helps.get(name, "")
                if command.description is None and text:
                    command.description = f"{text[:1].upper()}{text[1:]}."
                _describe_commands(command)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="accounts",
        description="The accounts service: a self-hosted GraphQL account service. Settings "
        "come from ACCOUNTS_* environment variables (and a .env file): see "
        "docs/configuration.md.",
    )
    parser.add_argument(
        "--debug", action="store_true", help="show the Python trace behind an error"
    )
    commands = cast(
        Commands, parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    )
    server.add_commands(commands)
    users.add_commands(commands)
    admin.add_commands(commands)
    signing.add_commands(commands)
    maintenance.add_commands(commands)
    mail.add_commands(commands)
    _describe_commands(parser)
    return parser


def _debugging(args: argparse.Namespace) -> bool:
    level = os.environ.get("ACCOUNTS_LOG_LEVEL", "").strip().upper()
    return bool(getattr(args, "debug", False)) or level == "DEBUG"


def _refuse(lines: list[str], debug: bool, status: int) -> int:
    if debug:
        traceback.print_exc()
    for line in lines:
        print(f"accounts: {line}", file=sys.stderr)
    return status


DATABASE_MODULES = ("sqlalchemy", "asyncpg", "aiosqlite", "sqlite3")


def _from_the_database(error: BaseException) -> bool:
    """Whether ``error`` was raised while talking to the database (not, say, by the disk of
    the media directory)."""
    return any(
        str(frame.f_globals.get("__name__", "")).startswith(DATABASE_MODULES)
        for frame, _ in traceback.walk_tb(error.__traceback__)
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, Settings], int] = args.handler
    debug = _debugging(args)
    try:
        settings = get_settings()
    except (ValidationError, ConfigurationError) as exc:
        return _refuse(describe(exc, Settings), debug, CONFIGURATION_ERROR)
    try:
        return handler(args, settings)
    except ConfigurationError as exc:
        return _refuse(describe(exc, Settings), debug, CONFIGURATION_ERROR)
    except Exception as exc:
        from service.db.faults import is_unavailable
        from service.db.watch import describe_database, describe_failure

        if not (is_unavailable(exc) and _from_the_database(exc)):
            raise
        where = describe_database(settings.database_url)
        return _refuse([f"cannot reach the {where}: {describe_failure(exc)}"], debug, UNAVAILABLE)
