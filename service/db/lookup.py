"""Reads on the hot path: one statement on the autocommit read engine, batched.

``RowLookup`` runs its statement through ``Connection.execute``, or, with
``driver_level`` (``ACCOUNTS_FAST_TOKEN_LOOKUP``, the default), as a ``DriverQuery`` on the
raw driver connection (see ``service.db.driver_query``); ``BatchedLookup`` then lets
concurrent requests share one such query. Use it only on an autocommit engine: nothing is
begun, so nothing needs rolling back.

Both paths handle a dead connection alike: it is invalidated (never returned to the pool),
every connection of the pool opened before it is dropped at the next checkout, and the read is
retried once on a fresh connection. After a database restart the first lookup therefore
succeeds instead of every pooled connection failing in turn. SQLAlchemy does this much on its
own path (but does not retry); on the driver connection it sees no error, so this module does
it.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncEngine

from service.db.driver_query import DriverQuery
from service.db.engine import invalidate_pool, pool_renewed
from service.db.faults import DatabaseUnavailable, is_disconnect


class _DeadConnection(Exception):
    """A pooled connection turned out to be dead; the pool is stale, the database may be up."""


class RowLookup:
    """The rows of one read; ``driver_level`` runs it below SQLAlchemy where the driver allows."""

    def __init__(
        self, engine: AsyncEngine, statement: Select[Any], *, driver_level: bool = True
    ) -> None:
        self.engine = engine
        self.statement = statement
        self.driver_query = (
            DriverQuery(statement, engine.dialect)
            if driver_level and DriverQuery.supports(engine.dialect)
            else None
        )

    async def all(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        try:
            return await self._read(params, retry=True)
        except _DeadConnection:
            invalidate_pool(self.engine)
            try:
                return await self._read(params, retry=False)  # once more, on a fresh connection
            finally:
                pool_renewed(self.engine)

    async def _read(self, params: Mapping[str, Any], *, retry: bool) -> list[dict[str, Any]]:
        """The rows; a pooled connection found dead raises ``_DeadConnection`` when ``retry``.

        Failing to open a connection is not retried: the database is down, and a second
        connect would only double the wait.
        """
        if self.driver_query is None:
            return await self._execute(params, retry=retry)
        query = self.driver_query
        args = query.arguments(params)
        raw = await self.engine.raw_connection()
        try:
            return await query.fetch(raw, args)
        except Exception as exc:
            if not is_disconnect(exc):
                raise
            raw.invalidate(exc)  # closed, so it never goes back to the pool
            if retry:
                raise _DeadConnection from exc
            raise
        except BaseException:  # cancelled mid-query: the connection's state is unknown
            raw.invalidate()
            raise
        finally:
            raw.close()

    async def _execute(self, params: Mapping[str, Any], *, retry: bool) -> list[dict[str, Any]]:
        """The stock path; SQLAlchemy invalidates a dead connection (and a cancelled one)."""
        async with self.engine.connect() as connection:
            try:
                result = await connection.execute(self.statement, dict(params))
            except Exception as exc:
                if retry and is_disconnect(exc):
                    raise _DeadConnection from exc
                raise
            return [dict(row._mapping) for row in result]


class _Running:
    """A lookup running in its caller's task; the sweep cancels that task once overdue."""

    __slots__ = ("expired", "finished", "task")

    def __init__(self, task: asyncio.Task[Any] | None) -> None:
        if task is None:
            raise RuntimeError("a lookup runs inside a task")
        self.task = task
        self.finished = False
        self.expired = False

    def done(self) -> bool:
        return self.finished

    def expire(self) -> None:
        self.expired = True
        self.task.cancel()


BATCH_SIZES = (1, 2, 4, 8, 16, 32)
SWEEPS = 10  # a queued lookup fails at most a tenth of the deadline after it


class BatchedLookup:
    """Rows by a unique key, with concurrent lookups coalesced into one query.

    Under load many requests want their row at the same moment. While ``max_in_flight``
    queries are already running, new keys wait and go out together in the next query
    (``WHERE key IN (...)``, at most ``BATCH_SIZES[-1]`` keys): one thread hop on aiosqlite
    and one round trip on asyncpg for the lot, instead of one per request. When nothing is
    in flight a key is looked up at once, so an idle service adds no delay. The IN list is
    padded to a few fixed sizes, so the driver's statement caches see a handful of queries.

    ``build(n)`` returns the statement for ``n`` keys bound as ``k0`` … ``k{n-1}``; the row's
    ``key_column`` maps results back to their callers. Callers asking for the same key share
    one result.
    """

    def __init__(
        self,
        engine: AsyncEngine,
        build: Callable[[int], Select[Any]],
        key_column: str,
        max_in_flight: int,
        deadline: float | None = None,
        *,
        driver_level: bool = True,
    ) -> None:
        self.lookups = {
            size: RowLookup(engine, build(size), driver_level=driver_level) for size in BATCH_SIZES
        }
        self.key_column = key_column
        self.max_in_flight = max_in_flight
        self.deadline = deadline
        self._expiring: deque[tuple[float, _Running | asyncio.Future[Any]]] = deque()
        self._sweeper: asyncio.TimerHandle | None = None
        self.in_flight = 0
        self.waiting: dict[Hashable, list[asyncio.Future[dict[str, Any] | None]]] = {}
        self._drains: set[asyncio.Task[None]] = set()

    async def get(self, key: Hashable) -> dict[str, Any] | None:
        """The row for ``key``, within ``deadline`` seconds however many are queued ahead.

        While the database hangs each query waits out its statement timeout, and queued keys
        would wait for every batch ahead of them; the deadline keeps each caller's wait to
        one connect plus one statement timeout. Every caller, looked up at once or queued,
        is noted with its expiry in one queue, and one periodic sweep fails the overdue: no
        timer per request on the hot path.
        """
        loop = asyncio.get_running_loop()
        if not self.waiting and self.in_flight < self.max_in_flight:
            self.in_flight += 1
            running = None
            if self.deadline is not None:
                running = _Running(asyncio.current_task())
                self._expire_at(loop.time() + self.deadline, running)
            try:
                rows = await self._query([key])
            except asyncio.CancelledError:
                if running is not None and running.expired:
                    running.task.uncancel()
                    raise self._overdue() from None
                raise
            finally:
                if running is not None:
                    running.finished = True
                self.in_flight -= 1
                self._drain_soon()
            return rows.get(key)
        future: asyncio.Future[dict[str, Any] | None] = loop.create_future()
        self.waiting.setdefault(key, []).append(future)
        if self.deadline is not None:
            self._expire_at(loop.time() + self.deadline, future)
        self._drain_soon()
        return await future

    def _expire_at(self, when: float, waiter: _Running | asyncio.Future[Any]) -> None:
        self._expiring.append((when, waiter))
        if self._sweeper is None and self.deadline is not None:
            self._sweeper = asyncio.get_running_loop().call_later(
                self.deadline / SWEEPS, self._sweep
            )

    def _overdue(self) -> DatabaseUnavailable:
        return DatabaseUnavailable(f"no answer within {self.deadline:g} s")

    def _sweep(self) -> None:
        """Fail the lookups that have waited past the deadline."""
        self._sweeper = None
        loop = asyncio.get_running_loop()
        now, expiring = loop.time(), self._expiring
        while expiring and (expiring[0][0] <= now or expiring[0][1].done()):
            _, waiter = expiring.popleft()
            if waiter.done():
                continue
            if isinstance(waiter, _Running):
                waiter.expire()
            else:
                waiter.set_exception(self._overdue())
        if expiring and self.deadline is not None:
            self._sweeper = loop.call_later(self.deadline / SWEEPS, self._sweep)

    def _drain_soon(self) -> None:
        if self.waiting and self.in_flight < self.max_in_flight:
            self.in_flight += 1
            task = asyncio.get_running_loop().create_task(self._drain())
            self._drains.add(task)
            task.add_done_callback(self._drains.discard)

    async def _drain(self) -> None:
        try:
            while self.waiting:
                batch: dict[Hashable, list[asyncio.Future[dict[str, Any] | None]]] = {}
                for key in list(self.waiting):
                    futures = self.waiting.pop(key)
                    if all(future.done() for future in futures):
                        continue  # every caller gave up (deadline): nobody to query it for
                    batch[key] = futures
                    if len(batch) == BATCH_SIZES[-1]:
                        break
                if not batch:
                    continue
                try:
                    rows = await self._query(list(batch))
                except BaseException as exc:
                    failed = isinstance(exc, Exception)
                    for futures in batch.values():
                        for future in futures:
                            if future.done():
                                continue
                            if failed:  # every caller of the batch sees the database error
                                future.set_exception(exc)
                            else:  # cancelled (shutting down): so are its callers
                                future.cancel()
                    if not failed:
                        raise
                    continue
                for key, futures in batch.items():
                    row = rows.get(key)
                    for future in futures:
                        if not future.done():
                            future.set_result(row)
        finally:
            self.in_flight -= 1

    async def _query(self, keys: list[Hashable]) -> dict[Hashable, dict[str, Any]]:
        size = next(size for size in BATCH_SIZES if size >= len(keys))
        padded = keys + [keys[0]] * (size - len(keys))
        rows = await self.lookups[size].all({f"k{i}": key for i, key in enumerate(padded)})
        return {row[self.key_column]: row for row in rows}
