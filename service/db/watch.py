"""The database as operators need to hear about it: which one (never its password), why it
cannot be reached, and a wait with backoff until it can.

A service started before its database (a container that comes up first, a restart) serves
``/healthz`` at once and ``/readyz`` 503, and says once per attempt, with a growing pause
between attempts, which database it is waiting for; the courier starts when the database
answers.
"""

from __future__ import annotations

import asyncio
import logging
import socket

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from service.db.faults import causes

logger = logging.getLogger("service.db")
FIRST_DELAY = 1.0
MAX_DELAY = 60.0


def describe_database(url: str) -> str:
    """``PostgreSQL database "accounts" at db.internal:5432``: no user name, no password."""
    try:
        parsed = make_url(url)
    except Exception:
        return "the database of ACCOUNTS_DATABASE_URL"
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return f"SQLite database {parsed.database or ':memory:'}"
    name = {"postgresql": "PostgreSQL"}.get(backend, backend)
    where = parsed.host or "localhost"
    if parsed.port:
        where = f"{where}:{parsed.port}"
    return f'{name} database "{parsed.database or ""}" at {where}'


def describe_failure(error: BaseException) -> str:
    """Why a connection failed, in a few words (never the URL)."""
    for item in causes(error):
        if isinstance(item, ConnectionRefusedError):
            return "connection refused (is the server running, on this host and port?)"
        if isinstance(item, socket.gaierror):
            return "host name not found"
        if isinstance(item, TimeoutError):
            return "no answer in time"
        if type(item).__module__.startswith("asyncpg") and str(item):
            return str(item).splitlines()[0]
        if isinstance(item, OSError) and item.strerror:
            return item.strerror.lower()
    return type(error).__name__


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


async def wait_for_database(
    engine: AsyncEngine, url: str, *, first_delay: float = FIRST_DELAY, max_delay: float = MAX_DELAY
) -> None:
    """Return once the database answers; until then log one line per failed attempt and wait
    twice as long before the next (``first_delay`` up to ``max_delay`` seconds)."""
    delay, failed = first_delay, False
    database = describe_database(url)
    while True:
        try:
            await ping(engine)
        except Exception as exc:  # any failure means "not yet": the line says which
            failed = True
            reason = describe_failure(exc)
            logger.error(
                "cannot reach the %s: %s; trying again in %g s",
                database,
                reason,
                delay,
                extra={
                    "fields": {
                        "event": "database_unreachable",
                        "database": database,
                        "error": reason,
                        "retry_in_seconds": delay,
                    }
                },
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)
            continue
        if failed:
            logger.info(
                "the %s answers again",
                database,
                extra={"fields": {"event": "database_reachable", "database": database}},
            )
        return
