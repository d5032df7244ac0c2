"""What the commands share: the migrations, and one unit of work on the service's state."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, TypeVar, cast

from service.config import Settings

if TYPE_CHECKING:
    from service.accounts.services import Services
    from service.db.unit_of_work import UnitOfWork

T = TypeVar("T")
# What ``ArgumentParser.add_subparsers`` returns; each command group adds its commands to it.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def migrations_dir() -> Path:
    """The Alembic scripts: beside the package in a checkout, inside it in a wheel."""
    package = Path(__file__).resolve().parent.parent
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


def with_unit_of_work(
    settings: Settings, work: Callable[[UnitOfWork, Services], Awaitable[T]]
) -> T:
    """Run ``work(uow, services)`` in one unit of work: committed when it returns, rolled
    back when it raises. A ``Rejected`` call answers its outcome after the rollback (services
    raise it only with an outcome their return type names). The process state is closed
    either way."""
    from service.accounts.outcomes import Rejected
    from service.state import AppState

    async def main() -> T:
        state = AppState.create(settings)
        try:
            async with state.unit_of_work() as uow:
                return await work(uow, state.services)
        except Rejected as rejected:
            return cast(T, rejected.outcome)
        finally:
            await state.close()

    return asyncio.run(main())
