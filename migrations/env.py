"""Alembic environment: async engine, batch mode so every migration runs on SQLite too."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from alembic import context
from sqlalchemy.engine import Connection

from service.config import Settings
from service.db.engine import create_engine
from service.db.models import metadata

config = context.config


def _settings() -> Settings:
    url = config.get_main_option("sqlalchemy.url")
    return Settings(database_url=url) if url else Settings()


def run_migrations_offline() -> None:
    context.configure(
        url=_settings().database_url,
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def _on_this_database(dialect: str) -> Callable[..., bool]:
    """Autogenerate compares only what exists on this database: an index the models create on
    one dialect alone (``Index(...).ddl_if(dialect=...)``) is not missing on the others."""

    def include(item: object, _name: object, kind: str, _reflected: bool, _other: object) -> bool:
        condition = getattr(item, "_ddl_if", None)
        return kind != "index" or condition is None or condition.dialect in (None, dialect)

    return include


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        include_object=_on_this_database(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_online() -> None:
    engine = create_engine(_settings())
    try:
        async with engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                # Batch mode rebuilds a table by copying it and dropping the original: with
                # foreign keys on (as the service's connections have them), that drop would
                # cascade to every row naming the table (sessions, events, devices, factors).
                # Off for the migration (a no-op inside a transaction: set before one begins).
                await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                await connection.commit()
            await connection.run_sync(_run)
            await connection.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_migrations_online())
