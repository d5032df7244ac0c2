"""The batched token lookup bounds every caller's wait, whether it ran at once or queued."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from service.accounts.sessions import viewers_query
from service.db.faults import DatabaseUnavailable
from service.db.lookup import BatchedLookup

DEADLINE = 0.5


class Hanging(BatchedLookup):
    """A lookup whose database never answers until ``release`` is set."""

    def __init__(self, deadline: float | None) -> None:
        engine = create_async_engine("sqlite+aiosqlite://")
        super().__init__(engine, viewers_query, "token_digest", 1, deadline)
        self.release = asyncio.Event()
        self.queries: list[list[Hashable]] = []

    async def _query(self, keys: list[Hashable]) -> dict[Hashable, dict[str, Any]]:
        self.queries.append(keys)
        await self.release.wait()
        return {key: {"token_digest": key} for key in keys}


async def test_a_hanging_database_fails_the_running_and_the_queued_lookup_in_time():
    lookup = Hanging(DEADLINE)
    loop = asyncio.get_running_loop()
    started = loop.time()
    running = asyncio.create_task(lookup.get("a"))
    await asyncio.sleep(0)
    queued = asyncio.create_task(lookup.get("b"))
    gathered = asyncio.gather(running, queued, return_exceptions=True)
    results = await asyncio.wait_for(gathered, DEADLINE * 10)
    elapsed = loop.time() - started
    assert [type(result) for result in results] == [DatabaseUnavailable, DatabaseUnavailable]
    assert DEADLINE <= elapsed < DEADLINE * 3
    assert lookup.queries == [["a"]]  # "b" waited behind the one allowed in flight
    assert lookup.in_flight == 0 and not lookup.waiting


async def test_a_lookup_that_answers_in_time_is_not_touched_by_the_sweep():
    lookup = Hanging(DEADLINE)
    task = asyncio.create_task(lookup.get("a"))
    await asyncio.sleep(DEADLINE / 4)
    lookup.release.set()
    assert await task == {"token_digest": "a"}
    await asyncio.sleep(DEADLINE * 1.5)  # sweeps pass over the finished lookup
    assert await lookup.get("b") == {"token_digest": "b"}


async def test_a_caller_cancelled_from_outside_stays_cancelled():
    lookup = Hanging(DEADLINE)
    task = asyncio.create_task(lookup.get("a"))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(DEADLINE * 1.5)  # the sweep later finds it finished, not overdue
    assert lookup.in_flight == 0


async def test_without_a_deadline_a_lookup_waits_for_its_answer():
    lookup = Hanging(None)
    task = asyncio.create_task(lookup.get("a"))
    await asyncio.sleep(DEADLINE * 1.5)
    assert not task.done()
    lookup.release.set()
    assert await task == {"token_digest": "a"}
