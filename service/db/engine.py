"""Async engine and session factory, tuned per backend."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
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
CLIENT_GRACE_SECONDS = 1.0


def create_engine(settings: Settings, *, read_only: bool = False) -> AsyncEngine:
    """The engine; ``read_only`` gives one for single-statement reads in autocommit mode.

    Autocommit reads need no ``BEGIN``/``COMMIT`` and nothing to roll back when the connection
    goes back to the pool, so the token lookup on every request costs one round trip. Read
    connections are not pinged on checkout (that would be a second round trip per request):
    the lookup that meets a dead one invalidates it and the pool (``invalidate_pool``) and
    retries on a fresh connection. The write engine pings on checkout, which costs little
    beside the transaction it starts and means no unit of work starts on a dead connection
    after a database restart.

    Every wait is bounded: connecting (``db_connect_timeout``), waiting for a pooled
    connection (the same), and each statement (``db_statement_timeout``, enforced by
    PostgreSQL itself and by the driver).
    """
    url = make_url(settings.database_url)
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {
        "echo": settings.db_echo,
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_max_overflow,
        "pool_recycle": POOL_RECYCLE_SECONDS,
        "pool_timeout": settings.db_connect_timeout,
        "pool_pre_ping": not read_only,
        "hide_parameters": not settings.db_echo,
    }
    if backend == "sqlite":
        kwargs["connect_args"] = {"timeout": _sqlite_busy_timeout(settings)}
    elif backend == "postgresql" and url.get_driver_name() == "asyncpg":
        connect_args: dict[str, Any] = {"timeout": settings.db_connect_timeout}
        if settings.db_statement_timeout:
            # The server cancels first (a clean, typed error on a live connection); the driver
            # gives up a moment later only when the server says nothing at all (hung, cut off).
            # Not on the read engine: a driver timeout arms a timer per query, and the token
            # lookup it serves has a deadline of its own (``lookup_deadline``).
            if not read_only:
                connect_args["command_timeout"] = (
                    settings.db_statement_timeout + CLIENT_GRACE_SECONDS
                )
            milliseconds = int(settings.db_statement_timeout * 1000)
            connect_args["server_settings"] = {"statement_timeout": str(milliseconds)}
        kwargs["connect_args"] = connect_args
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
    if backend == "sqlite":
        _tune_sqlite(engine, settings)
    return engine


def lookup_deadline(settings: Settings) -> float | None:
    """The longest a request waits for the token lookup: one connect, one statement."""
    if not settings.db_statement_timeout:
        return None
    return settings.db_connect_timeout + settings.db_statement_timeout


def _sqlite_busy_timeout(settings: Settings) -> float:
    """How long a SQLite writer waits for the lock: the statement timeout, when there is one."""
    return settings.db_statement_timeout or SQLITE_BUSY_TIMEOUT_SECONDS


_STALE_POOLS: weakref.WeakSet[Engine] = weakref.WeakSet()
_LISTENERS: weakref.WeakKeyDictionary[Engine, Callable[..., None]] = weakref.WeakKeyDictionary()


def invalidate_pool(engine: AsyncEngine) -> None:
    """Drop every pooled connection opened before now, at the next checkout.

    Called when a connection was found dead outside SQLAlchemy's own execution path (the
    driver-level lookup), where SQLAlchemy cannot see the disconnect: after a database restart
    every idle connection in the pool is as dead as the one that failed. The next checkout
    raises SQLAlchemy's public ``InvalidatePoolError`` from a pool event, which is the same
    pool-wide invalidation SQLAlchemy performs on its own paths. The event listener is only
    there from now until ``pool_renewed``: a pool with no checkout listener takes SQLAlchemy's
    faster checkout, which every request's token lookup goes through.
    """
    sync = engine.sync_engine
    _STALE_POOLS.add(sync)
    listener = _LISTENERS.get(sync)
    if listener is None:
        listener = _LISTENERS[sync] = _checkout_listener(weakref.ref(sync))
    if not event.contains(sync, "checkout", listener):
        event.listen(sync, "checkout", listener)


def pool_renewed(engine: AsyncEngine) -> None:
    """The invalidation has happened (or is no longer wanted): take the listener away."""
    sync = engine.sync_engine
    listener = _LISTENERS.get(sync)
    if (
        listener is not None
        and sync not in _STALE_POOLS
        and event.contains(sync, "checkout", listener)
    ):
        event.remove(sync, "checkout", listener)


def _checkout_listener(engine: weakref.ref[Engine]) -> Callable[..., None]:
    def on_checkout(_dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        target = engine()
        if target is not None and target in _STALE_POOLS:
            _STALE_POOLS.discard(target)
            raise sa_exc.InvalidatePoolError("a connection of this pool was found dead")

    return on_checkout


def lookups_in_flight(engine: AsyncEngine) -> int:
    """How many coalesced hot-path lookups may run at once on the read engine.

    Two keep the driver busy while the next batch gathers (one query running, one being
    answered); more would only make batches smaller. Never more than the pool holds.
    """
    size = getattr(engine.pool, "size", None)
    return min(LOOKUPS_IN_FLIGHT, size()) if callable(size) else 1


def _tune_sqlite(engine: AsyncEngine, settings: Settings) -> None:
    """WAL lets readers run beside the one writer; foreign keys make ON DELETE CASCADE work.

    ``synchronous=FULL`` (the default of ``ACCOUNTS_SQLITE_SYNCHRONOUS``) syncs the WAL on
    every commit, so a write acknowledged to a client survives power loss or an OS crash;
    ``NORMAL`` is faster but may lose the last commits on such a crash (never on a process
    crash).

    pysqlite's default transaction handling is kept on purpose: reads run outside a
    transaction and ``BEGIN`` is sent just before the first write, so a request never holds a
    stale read snapshot that SQLite would refuse to upgrade to a write (``SQLITE_BUSY``).
    """

    synchronous = settings.sqlite_synchronous
    busy_milliseconds = int(_sqlite_busy_timeout(settings) * 1000)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_milliseconds}")
        cursor.close()


WEBHOOK_URLS = "webhook_urls"


def create_session_factory(
    engine: AsyncEngine, webhook_urls: tuple[str, ...] = ()
) -> async_sessionmaker[AsyncSession]:
    """Sessions of this service; each carries the webhook endpoints (``session.info``) that the
    events written in it are queued for (``mail.outbox.enqueue_webhook``)."""
    return async_sessionmaker(
        engine, expire_on_commit=False, autoflush=False, info={WEBHOOK_URLS: webhook_urls}
    )
