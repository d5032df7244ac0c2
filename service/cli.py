"""The ``accounts`` command: serve, migrate, export-schema, users, sessions."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TypeVar

from service.config import Settings, get_settings

T = TypeVar("T")


def migrations_dir() -> Path:
    """The Alembic scripts: beside the package in a checkout, inside it in a wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "migrations", package / "_migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise SystemExit("accounts: migrations directory not found")


def run_migrations(settings: Settings, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", settings.database_url.replace("%", "%%"))
    _ensure_sqlite_dir(settings.database_url)
    command.upgrade(config, revision)


def _ensure_sqlite_dir(url: str) -> None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


def _with_db(settings: Settings, work: Callable[..., Awaitable[T]]) -> T:
    from service.state import AppState

    async def main() -> T:
        state = AppState.create(settings)
        try:
            async with state.session_factory() as db:
                result = await work(db)
                await db.commit()
                return result
        finally:
            await state.close()

    return asyncio.run(main())


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level.lower(),
        proxy_headers=False,
        server_header=False,
    )
    return 0


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    run_migrations(settings, args.revision)
    return 0


def cmd_export_schema(_: argparse.Namespace, __: Settings) -> int:
    from service.graphql.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0


def cmd_users_list(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.users import list_users

    rows = _with_db(settings, lambda db: list_users(db, limit=args.limit, offset=args.offset))
    for user in rows:
        print(
            f"{user.id}\t{user.username}\t{user.email}\t{user.status}\t{user.date_joined.isoformat()}"
        )
    return 0


def _set_status(identifier: str, settings: Settings, status_name: str) -> int:
    from service.accounts.users import find_user, set_status
    from service.db.models import AccountStatus

    async def work(db):  # type: ignore[no-untyped-def]
        user = await find_user(db, identifier)
        if user is None:
            return None
        return user, await set_status(db, user, AccountStatus(status_name))

    found = _with_db(settings, work)
    if found is None:
        print(f"accounts: no user matches {identifier!r}", file=sys.stderr)
        return 1
    user, revoked = found
    print(f"{user.username}: {status_name} ({revoked} sessions revoked)")
    return 0


def cmd_users_suspend(args: argparse.Namespace, settings: Settings) -> int:
    return _set_status(args.identifier, settings, "SUSPENDED")


def cmd_users_activate(args: argparse.Namespace, settings: Settings) -> int:
    return _set_status(args.identifier, settings, "ACTIVE")


def cmd_sessions_purge(_: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.sessions import purge_expired

    count = _with_db(settings, purge_expired)
    print(f"purged {count} expired sessions")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accounts", description="GraphQL account service")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(handler=cmd_serve)

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.add_argument("--revision", default="head")
    migrate.set_defaults(handler=cmd_migrate)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL to stdout")
    export.set_defaults(handler=cmd_export_schema)

    users = commands.add_parser("users", help="manage users").add_subparsers(
        dest="users_command", required=True
    )
    listing = users.add_parser("list", help="list users")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--offset", type=int, default=0)
    listing.set_defaults(handler=cmd_users_list)
    suspend = users.add_parser("suspend", help="suspend a user (by email or username)")
    suspend.add_argument("identifier")
    suspend.set_defaults(handler=cmd_users_suspend)
    activate = users.add_parser("activate", help="reactivate a user (by email or username)")
    activate.add_argument("identifier")
    activate.set_defaults(handler=cmd_users_activate)

    sessions = commands.add_parser("sessions", help="manage sessions").add_subparsers(
        dest="sessions_command", required=True
    )
    purge = sessions.add_parser("purge", help="delete expired sessions")
    purge.set_defaults(handler=cmd_sessions_purge)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, Settings], int] = args.handler
    return handler(args, get_settings())


if __name__ == "__main__":
    raise SystemExit(main())
