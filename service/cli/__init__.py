"""The ``accounts`` command: one module per command group.

``server`` (serve, migrate, export-schema), ``users`` (list, create, suspend, activate),
``maintenance`` (sessions purge, media gc) and ``mail`` (courier, outbox list, outbox retry);
``runtime`` holds what they share (migrations, one unit of work on the service's own state).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from service.cli import mail, maintenance, server, users
from service.cli.runtime import migrations_dir, run_migrations
from service.config import Settings, get_settings

__all__ = ["build_parser", "main", "migrations_dir", "run_migrations"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accounts", description="GraphQL account service")
    commands = parser.add_subparsers(dest="command", required=True)
    server.add_commands(commands)
    users.add_commands(commands)
    maintenance.add_commands(commands)
    mail.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, Settings], int] = args.handler
    return handler(args, get_settings())
