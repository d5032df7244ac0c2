"""Keeping transactions short around slow, CPU-bound work."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession


async def end_read(db: AsyncSession) -> None:
    """End the read-only transaction a service opened before it awaits argon2.

    Hashing takes tens of milliseconds; holding a pooled connection (and, on PostgreSQL, an
    open transaction) across it would let a login flood starve every other request of
    connections. Callers use this only when nothing has been written in the unit of work yet:
    the transport layer commits each mutation separately, so a service call starts clean.
    """
    if db.in_transaction() and not (db.new or db.dirty or db.deleted):
        await db.commit()
