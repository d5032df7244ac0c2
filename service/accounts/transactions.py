"""Units of work: short transactions around slow work, and side effects tied to the outcome.

Files are not in the database, so they cannot roll back with it. A service that writes or
replaces a file registers what to undo if the unit of work rolls back (delete the new file)
and what to finish once it commits (delete the replaced file). ``commit`` and ``rollback``
here run those hooks; the transport layer ends every unit of work through them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

Hook = Callable[[], Awaitable[None]]
logger = logging.getLogger("service.accounts")
_ON_ROLLBACK = "accounts.on_rollback"
_AFTER_COMMIT = "accounts.after_commit"


async def end_read(db: AsyncSession) -> None:
    """End the read-only transaction a service opened before it awaits argon2.

    Hashing takes tens of milliseconds; holding a pooled connection (and, on PostgreSQL, an
    open transaction) across it would let a login flood starve every other request of
    connections. Callers use this only when nothing has been written in the unit of work yet:
    the transport layer commits each mutation separately, so a service call starts clean.
    """
    if db.in_transaction() and not (db.new or db.dirty or db.deleted):
        await db.commit()


def on_rollback(db: AsyncSession, hook: Hook) -> None:
    db.info.setdefault(_ON_ROLLBACK, []).append(hook)


def after_commit(db: AsyncSession, hook: Hook) -> None:
    db.info.setdefault(_AFTER_COMMIT, []).append(hook)


async def _run(hooks: list[Hook]) -> None:
    for hook in hooks:
        try:
            await hook()
        except Exception:  # a cleanup failure must not turn a finished unit into an error
            logger.exception("cleanup after a unit of work failed")


async def commit(db: AsyncSession) -> None:
    try:
        await db.commit()
    except BaseException:
        await rollback(db)
        raise
    db.info.pop(_ON_ROLLBACK, None)
    await _run(db.info.pop(_AFTER_COMMIT, []))


async def rollback(db: AsyncSession) -> None:
    await db.rollback()
    db.info.pop(_AFTER_COMMIT, None)
    await _run(db.info.pop(_ON_ROLLBACK, []))
