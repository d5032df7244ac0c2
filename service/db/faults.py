"""Which database errors mean "the database is unreachable right now", not "this request is wrong".

A restart, failover or network cut shows up in many shapes: the socket is refused or reset,
asyncpg says the connection is closed, PostgreSQL says it is shutting down or starting up, a
connect or statement timeout fires, the pool has no connection to lend in time, SQLite's lock
wait runs out. SQLAlchemy wraps some of these (``DBAPIError.orig``) and not others (a refused
connect arrives as a bare ``OSError``), so the whole chain of causes is inspected.
"""

from __future__ import annotations

import sqlite3

import asyncpg
from sqlalchemy import exc as sa_exc

_DISCONNECTS: tuple[type[BaseException], ...] = (
    ConnectionError,  # refused, reset, aborted, broken pipe
    asyncpg.PostgresConnectionError,  # SQLSTATE class 08, incl. "connection does not exist"
    asyncpg.InterfaceError,  # "connection is closed" and other client-side dead ends
    asyncpg.AdminShutdownError,  # 57P01: the server is shutting down / the backend was killed
    asyncpg.CrashShutdownError,  # 57P02
    asyncpg.CannotConnectNowError,  # 57P03: the server is starting up or in recovery
)
_UNAVAILABLE: tuple[type[BaseException], ...] = (
    *_DISCONNECTS,
    OSError,  # no route, host down, DNS failure on connect
    TimeoutError,  # connect timeout, client-side statement timeout
    asyncpg.QueryCanceledError,  # 57014: server-side statement_timeout
    asyncpg.TooManyConnectionsError,  # 53300
    sa_exc.TimeoutError,  # no pooled connection free within the pool timeout
)
_SQLITE_UNAVAILABLE = ("database is locked", "disk i/o error", "unable to open database")


class DatabaseUnavailable(Exception):
    """The database could not be reached within the configured bounds."""


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or any(current is known for known in seen) or len(seen) > 16:
            continue
        seen.append(current)
        pending.extend([current.__cause__, current.__context__])
        if isinstance(current, sa_exc.DBAPIError):
            orig = current.orig
            pending.append(orig if isinstance(orig, BaseException) else None)
    return seen


def causes(error: BaseException) -> list[BaseException]:
    """``error`` and what it was raised from or during, DBAPI originals included."""
    return _chain(error)


def is_disconnect(error: BaseException) -> bool:
    """The connection that raised ``error`` is dead and must not go back to the pool."""
    for item in _chain(error):
        if isinstance(item, sa_exc.DBAPIError) and item.connection_invalidated:
            return True
        if isinstance(item, asyncpg.InterfaceError) and "closed" not in str(item).lower():
            continue  # e.g. misuse of the API, not a dead connection
        if isinstance(item, _DISCONNECTS):
            return True
    return False


def is_unavailable(error: BaseException) -> bool:
    """``error`` means the database is down, restarting, overloaded or out of reach."""
    for item in _chain(error):
        if isinstance(item, DatabaseUnavailable | sa_exc.DisconnectionError):
            return True
        if isinstance(item, sa_exc.DBAPIError) and item.connection_invalidated:
            return True
        if isinstance(item, _UNAVAILABLE):
            return True
        if isinstance(item, sqlite3.OperationalError) and any(
            text in str(item).lower() for text in _SQLITE_UNAVAILABLE
        ):
            return True
    return False
