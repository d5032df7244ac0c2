"""Hot-path reads: a dead pooled connection is retried once on a fresh one, a wrong query is
not retried, and a failed batch fails only its own callers."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Hashable
from typing import Any

import asyncpg
import pytest
from sqlalchemy import column, event, literal_column, select, table
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.ext.asyncio import create_async_engine

from service.accounts.sessions.callers import viewers_query
from service.db.lookup import BatchedLookup, RowLookup
from tests.conftest import POSTGRES_ADMIN_DSN, require_postgres

PATHS = pytest.mark.parametrize("driver_level", [True, False], ids=["driver", "stock"])


def checkouts(engine) -> list[int]:
    """One entry per connection taken from the pool."""
    taken: list[int] = []
    event.listen(engine.sync_engine.pool, "checkout", lambda *_: taken.append(1))
    return taken


@PATHS
async def test_a_wrong_query_is_raised_at_once_not_retried(driver_level, tmp_path):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'lookup.db'}")
    try:
        lookup = RowLookup(engine, select(table("missing", column("x"))), driver_level=driver_level)
        assert (lookup.driver_query is not None) is driver_level
        taken = checkouts(engine)
        with pytest.raises(Exception, match="no such table"):
            await lookup.all({})
        assert len(taken) == 1
        ok = RowLookup(
            engine, select(literal_column("7").label("seven")), driver_level=driver_level
        )
        assert await ok.all({}) == [{"seven": 7}]  # the pool still lends its connection
    finally:
        await engine.dispose()


async def test_a_read_that_finds_its_fresh_connection_dead_too_raises_the_drivers_error(tmp_path):
    """Retried once only: a second dead connection fails the read with the driver's own error,
    which names what failed."""
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'lookup.db'}")

    @event.listens_for(engine.sync_engine, "handle_error")
    def every_error_is_a_disconnect(context) -> None:
        context.is_disconnect = True

    try:
        lookup = RowLookup(engine, select(table("missing", column("x"))), driver_level=False)
        with pytest.raises(OperationalError, match="no such table") as raised:
            await lookup.all({})
        assert raised.value.connection_invalidated  # its connection never goes back
    finally:
        await engine.dispose()


@pytest.fixture
def postgres() -> None:
    require_postgres()


@PATHS
async def test_a_dead_pooled_connection_is_replaced_and_the_read_retried(driver_level, postgres):
    """After a database restart the first lookup succeeds on a fresh connection."""
    name = f"lookup-{uuid.uuid4().hex[:8]}"
    url = POSTGRES_ADMIN_DSN.replace("postgresql://", "postgresql+asyncpg://")
    engine = create_async_engine(url, connect_args={"server_settings": {"application_name": name}})
    try:
        lookup = RowLookup(
            engine, select(literal_column("1").label("one")), driver_level=driver_level
        )
        assert await lookup.all({}) == [{"one": 1}]  # one pooled connection now
        admin = await asyncpg.connect(POSTGRES_ADMIN_DSN)
        try:
            ended = await admin.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = $1",
                name,
            )
        finally:
            await admin.close()
        assert ended == 1
        await asyncio.sleep(0.1)
        taken = checkouts(engine)
        assert await lookup.all({}) == [{"one": 1}]  # on a fresh connection
        retried = len(taken)
        assert retried > 1
        assert await lookup.all({}) == [{"one": 1}]
        assert len(taken) == retried + 1  # nothing is retried once the pool is sound
    finally:
        await engine.dispose()


@PATHS
async def test_a_wrong_query_on_postgresql_is_not_retried(driver_level, postgres):
    engine = create_async_engine(
        POSTGRES_ADMIN_DSN.replace("postgresql://", "postgresql+asyncpg://")
    )
    try:
        lookup = RowLookup(engine, select(table("missing", column("x"))), driver_level=driver_level)
        taken = checkouts(engine)
        with pytest.raises((ProgrammingError, OperationalError, asyncpg.PostgresError)):
            await lookup.all({})
        assert len(taken) == 1
    finally:
        await engine.dispose()


class Failing(BatchedLookup):
    """One query at a time, each waiting for ``release`` (``"first"`` for ``first``); a batch
    holding ``"bad"`` fails."""

    def __init__(self) -> None:
        engine = create_async_engine("sqlite+aiosqlite://")
        super().__init__(engine, viewers_query, "token_digest", 1, None)
        self.queries: list[list[Hashable]] = []
        self.release = asyncio.Event()
        self.first = asyncio.Event()

    async def _query(self, keys: list[Hashable]) -> dict[Hashable, dict[str, Any]]:
        self.queries.append(keys)
        await (self.first if "first" in keys else self.release).wait()
        if "bad" in keys:
            raise RuntimeError("the database refused the batch")
        return {key: {"token_digest": key} for key in keys if key != "absent"}


async def test_a_failed_batch_fails_its_callers_and_the_next_batch_still_runs():
    lookup = Failing()
    first = asyncio.create_task(lookup.get("first"))
    await asyncio.sleep(0)
    gave_up = asyncio.create_task(lookup.get("bad"))
    waiting = asyncio.create_task(lookup.get("bad"))
    await asyncio.sleep(0)
    lookup.first.set()
    assert await first == {"token_digest": "first"}
    await asyncio.sleep(0.01)  # the batch for "bad" is out
    gave_up.cancel()  # one of its callers went away before it failed
    later = asyncio.create_task(lookup.get("later"))
    absent = asyncio.create_task(lookup.get("absent"))
    await asyncio.sleep(0)
    lookup.release.set()
    with pytest.raises(RuntimeError, match="refused the batch"):
        await asyncio.wait_for(waiting, 2)
    assert await asyncio.wait_for(later, 2) == {"token_digest": "later"}
    assert await asyncio.wait_for(absent, 2) is None
    assert lookup.queries[:2] == [["first"], ["bad"]]
    assert sorted(key for keys in lookup.queries[2:] for key in keys) == ["absent", "later"]
    assert lookup.in_flight == 0 and not lookup.waiting


async def test_a_key_whose_callers_all_left_does_not_split_the_next_batch():
    lookup = Failing()
    lookup.release.set()
    first = asyncio.create_task(lookup.get("first"))
    await asyncio.sleep(0)
    queued = [asyncio.create_task(lookup.get(key)) for key in ("b", "gone", "c")]
    await asyncio.sleep(0)
    queued[1].cancel()  # its only caller went away while it waited
    lookup.first.set()
    assert await first == {"token_digest": "first"}
    assert await asyncio.gather(queued[0], queued[2]) == [
        {"token_digest": "b"},
        {"token_digest": "c"},
    ]
    assert lookup.queries == [["first"], ["b", "c"]]


async def test_a_cancelled_batch_cancels_its_callers():
    """Shutting down cancels the running batch; its callers are cancelled, not failed."""
    lookup = Failing()
    first = asyncio.create_task(lookup.get("first"))
    await asyncio.sleep(0)
    queued = asyncio.create_task(lookup.get("queued"))
    also = asyncio.create_task(lookup.get("queued"))
    await asyncio.sleep(0)
    lookup.first.set()
    await first
    await asyncio.sleep(0.01)  # the batch for "queued" is out
    also.cancel()
    await asyncio.sleep(0)
    (drain,) = lookup._drains
    drain.cancel()
    with pytest.raises(asyncio.CancelledError):
        await queued
    with pytest.raises(asyncio.CancelledError):
        await drain
    assert lookup.in_flight == 0
