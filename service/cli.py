"""The ``accounts`` command: serve, migrate, export-schema, users, sessions."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO, TypeVar

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


def _with_db(
    settings: Settings, work: Callable[..., Awaitable[T]], *, with_deps: bool = False
) -> T:
    """Run ``work(db)`` (or ``work(db, deps)``) in one committed unit of work."""
    from service.accounts.transactions import commit, rollback
    from service.state import AppState

    async def main() -> T:
        state = AppState.create(settings)
        try:
            async with state.session_factory() as db:
                try:
                    result = await (work(db, state.deps) if with_deps else work(db))
                    await commit(db)
                except BaseException:
                    await rollback(db)
                    raise
                return result
        finally:
            await state.close()

    return asyncio.run(main())


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    if args.workers > 1 and "hash_concurrency" not in settings.model_fields_set:
        # Every worker hashes in its own threads: share the cores instead of giving each
        # worker all of them (more hashes at once than cores only adds contention).
        os.environ["ACCOUNTS_HASH_CONCURRENCY"] = str(hash_concurrency_per_worker(args.workers))

    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level.lower(),
        proxy_headers=False,
        server_header=False,
        access_log=False,  # the service logs one structured event per request itself
        timeout_graceful_shutdown=settings.shutdown_timeout,
    )
    return 0


def hash_concurrency_per_worker(workers: int) -> int:
    return max(1, (os.cpu_count() or 1) // workers)


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    run_migrations(settings, args.revision)
    return 0


def cmd_export_schema(_: argparse.Namespace, __: Settings) -> int:
    from service.graphql.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    columns = zip(headers, *rows, strict=False)
    widths = [max(len(cell) for cell in column) for column in columns]
    lines = [list(headers), ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def cmd_users_list(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.users import list_users

    users = _with_db(settings, lambda db: list_users(db, limit=args.limit, offset=args.offset))
    if args.format == "tsv":
        for user in users:
            fields = [str(user.id), user.username, user.email, user.status]
            print("\t".join([*fields, user.date_joined.isoformat()]))
        return 0
    rows = [
        [
            user.username,
            user.email,
            user.status,
            _when(user.date_joined),
            _when(user.last_login),
            str(user.id),
        ]
        for user in users
    ]
    print(format_table(["USERNAME", "EMAIL", "STATUS", "JOINED", "LAST LOGIN", "ID"], rows))
    print(f"({len(rows)} user{'s' if len(rows) != 1 else ''})")
    return 0


def read_password(stdin: TextIO) -> str:
    """From a prompt (typed twice) on a terminal, else the first line of stdin. Never argv."""
    if stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password (again): ") != password:
            raise SystemExit("accounts: passwords do not match")
        return password
    return stdin.readline().rstrip("\r\n")


def cmd_users_create(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.results import ClientInfo, ValidationFailed
    from service.accounts.users import Registration, create_user
    from service.db.models import User

    password = read_password(sys.stdin)
    data = Registration(
        email=args.email,
        username=args.username,
        password=password,
        password_confirmation=password,
        first_name=args.first_name,
        last_name=args.last_name,
        bio=args.bio,
        contact=args.contact,
    )
    # An operator's command is not an anonymous client: no rate limit applies to it.
    settings = settings.model_copy(update={"rate_limit_enabled": False})
    result = _with_db(
        settings, lambda db, deps: create_user(db, deps, data, ClientInfo()), with_deps=True
    )
    if isinstance(result, User):
        print(f"created {result.username} <{result.email}> ({result.id})")
        return 0
    if isinstance(result, ValidationFailed):
        for error in result.fields:
            print(f"accounts: {error.field}: {error.message} ({error.code})", file=sys.stderr)
        return 1
    print(f"accounts: {getattr(result, 'message', result)}", file=sys.stderr)
    return 1


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

    count = _with_db(settings, lambda db: purge_expired(db))
    print(f"purged {count} expired sessions")
    return 0


def cmd_media_gc(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.stored_images import collect_garbage
    from service.state import AppState

    async def main() -> int:
        state = AppState.create(settings)
        try:
            return await collect_garbage(state.engine, state.deps.media, args.grace)
        finally:
            await state.close()

    print(f"removed {asyncio.run(main())} unreferenced images")
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
    listing.add_argument("--format", choices=["table", "tsv"], default="table")
    listing.set_defaults(handler=cmd_users_list)
    create = users.add_parser(
        "create",
        help="create a user; the password is read from a prompt or stdin, never argv",
        description="Create a user (no session is opened). The password is read from a prompt "
        "(typed twice) or, when stdin is not a terminal, from its first line; never from the "
        "command line, where other users of the machine could see it.",
    )
    create.add_argument("--email", required=True)
    create.add_argument("--username", required=True)
    create.add_argument("--first-name", required=True)
    create.add_argument("--last-name", required=True)
    create.add_argument("--bio")
    create.add_argument("--contact")
    create.set_defaults(handler=cmd_users_create)
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

    media = commands.add_parser("media", help="manage stored images").add_subparsers(
        dest="media_command", required=True
    )
    gc = media.add_parser("gc", help="delete image files no user refers to")
    gc.add_argument("--grace", type=float, default=3600.0, help="spare files younger than this")
    gc.set_defaults(handler=cmd_media_gc)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, Settings], int] = args.handler
    return handler(args, get_settings())


if __name__ == "__main__":
    raise SystemExit(main())
