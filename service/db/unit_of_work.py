"""The unit of work: one DB session, and the side effects tied to how its transaction ends.

Services receive a ``UnitOfWork``, query and write through ``uow.session`` and flush; whoever
opened the unit of work commits or rolls it back: the request context (each mutation field is
its own unit of work), the CLI's ``with_unit_of_work``, or ``UnitOfWork.open``. A service
ends a transaction itself only at a named boundary: ``commit_reads`` (let go of a read
transaction before a slow hash) and ``checkpoint`` (make a counted try stick whatever comes
next). To undo its own writes a service raises ``outcomes.Rejected``.

Files are not in the database, so they cannot roll back with it. A service that writes or
replaces a file registers what to undo if the unit of work rolls back (``on_rollback``: delete
the new file) and what to finish once it commits (``after_commit``: delete the replaced one).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

Hook = Callable[[], Awaitable[None]]
logger = logging.getLogger("service.accounts")


class UnitOfWork:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._after_commit: list[Hook] = []
        self._on_rollback: list[Hook] = []

    @classmethod
    @asynccontextmanager
    async def open(cls, factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[UnitOfWork]:
        """A unit of work on a session of its own: committed on success, rolled back on any
        exception, closed either way."""
        uow = cls(factory())
        try:
            try:
                yield uow
            except BaseException:
                await uow.rollback()
                raise
            await uow.commit()
        finally:
            await uow.close()

    def after_commit(self, hook: Hook) -> None:
        self._after_commit.append(hook)

    def on_rollback(self, hook: Hook) -> None:
        self._on_rollback.append(hook)

    async def commit_reads(self) -> None:
        """Commit the read-only transaction a service opened, before it awaits argon2.

        Hashing takes tens of milliseconds; holding a pooled connection (and, on PostgreSQL,
        an open transaction) across it would let a login flood starve every other request of
        connections. Nothing is committed when something was written in the unit of work.
        """
        session = self.session
        if session.in_transaction() and not (session.new or session.dirty or session.deleted):
            await session.commit()

    async def checkpoint(self) -> None:
        """Commit what the unit of work wrote so far, whatever comes next: a try counted
        before the code it spends is checked stays counted, even when a later step of the
        same call rolls back (``two_factor.completion``)."""
        await self.commit()

    async def serialize(self) -> None:
        """From here to the end of the transaction, no other writer runs: on PostgreSQL the
        callers lock the rows they read (``FOR UPDATE``); SQLite ignores row locks, so a no-op
        write takes its one write lock now (pysqlite sends ``BEGIN`` before it), and what is read
        after it stays as read until the commit."""
        if self.session.get_bind().dialect.name == "sqlite":
            await self.session.execute(text("UPDATE users SET id = id WHERE 0"))

    async def commit(self) -> None:
        try:
            await self.session.commit()
        except BaseException:
            await self.rollback()
            raise
        self._on_rollback.clear()
        await self._run(self._after_commit)

    async def rollback(self) -> None:
        self._after_commit.clear()
        try:
            await self.session.rollback()
        finally:
            await self._run(self._on_rollback)

    async def close(self) -> None:
        await self.session.close()

    @staticmethod
    async def _run(hooks: list[Hook]) -> None:
        pending = list(hooks)
        hooks.clear()
        for hook in pending:
            try:
                await hook()
            except Exception:  # a cleanup failure must not turn a finished unit into an error
                logger.exception("cleanup after a unit of work failed")
