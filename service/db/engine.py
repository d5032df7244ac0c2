"""Async engine and session factory, tuned per backend."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from service.config import Settings

SQLITE_BUSY_TIMEOUT_SECONDS = 30
POOL_RECYCLE_SECONDS = 1800
SQLITE_READ_CONNECTIONS = 2
LOOKUPS_IN_FLIGHT = 2


def create_engine(settings: Settings, *, read_only: bool = False) -> AsyncEngine:
    """The engine; ``read_only`` gives one for single-statement reads in autocommit mode.

    Autocommit reads need no ``BEGIN``/``COMMIT`` and nothing to roll back when the connection
    goes back to the pool, so the token lookup on every request costs one round trip.
    Connections are not pinged on checkout (that would be a second round trip per request);
    a broken connection is discarded when it fails and recycled after ``POOL_RECYCLE_SECONDS``.
    """
    url = make_url(settings.database_url)
    kwargs: dict[str, Any] = {
        "echo": settings.db_echo,
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_max_overflow,
        "pool_recycle": POOL_RECYCLE_SECONDS,
    }
    if url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
    if read_only:
        # Every request reads, so the read pool keeps all its connections: connections opened
        # beyond ``pool_size`` would be closed on return and reopened under load.
        kwargs.update(
            isolation_level="AUTOCOMMIT",
            pool_reset_on_return=None,
            pool_size=settings.db_pool_size + settings.db_max_overflow,
            max_overflow=0,
        )
        if url.get_backend_name() == "sqlite":
            # Each aiosqlite connection is a thread; a few are enough for lookups that take
            # microseconds, and more only fight over the GIL.
            kwargs["pool_size"] = SQLITE_READ_CONNECTIONS
    engine = create_async_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _tune_sqlite(engine)
    return engine


def lookups_in_flight(engine: AsyncEngine) -> int:
    """How many coalesced hot-path lookups may run at once on the read engine.

    Two keep the driver busy while the next batch gathers (one query running, one being
    answered); more would only make batches smaller. Never more than the pool holds.
    """
    size = getattr(engine.pool, "size", None)
    return min(LOOKUPS_IN_FLIGHT, size()) if callable(size) else 1


def _tune_sqlite(engine: AsyncEngine) -> None:
    """WAL lets readers run beside the one writer; foreign keys make ON DELETE CASCADE work.

    pysqlite's default transaction handling is kept on purpose: reads run outside a
    transaction and ``BEGIN`` is sent just before the first write, so a request never holds a
    stale read snapshot that SQLite would refuse to upgrade to a write (``SQLITE_BUSY``).
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.close()


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
