"""The batched token lookup bounds every caller's wait, whether it ran at once or queued."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from service.accounts.sessions.callers import viewers_query
from service.db.faults import DatabaseUnavailable
from service.db.lookup import BatchedLookup

DEADLINE = 0.25


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
    assert [str(result) for result in results] == ["no answer within 0.25 s"] * 2
    assert DEADLINE <= elapsed < DEADLINE * 3
    assert lookup.queries == [["a"]]  # "b" waited behind the one allowed in flight
    assert lookup.in_flight == 0 and not lookup.waiting


class Slow(BatchedLookup):
    """A lookup whose every query takes ``seconds``."""

    def __init__(self, deadline: float, seconds: float) -> None:
        engine = create_async_engine("sqlite+aiosqlite://")
        super().__init__(engine, viewers_query, "token_digest", 1, deadline)
        self.seconds = seconds

    async def _query(self, keys: list[Hashable]) -> dict[Hashable, dict[str, Any]]:
        await asyncio.sleep(self.seconds)
        return {key: {"token_digest": key} for key in keys}


async def test_lookups_that_answer_in_time_are_not_touched_by_the_sweep():
    """Running or queued, a lookup answered within the deadline is its caller's to keep: the
    sweeps neither fail it nor cancel its caller later, and an idle lookup keeps no timer."""
    lookup = Slow(DEADLINE, seconds=DEADLINE / 4)
    errors: list[dict[str, Any]] = []
    loop = asyncio.get_running_loop()
    handler = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: errors.append(context))

    async def request(key: str) -> dict[str, Any] | None:
        row = await lookup.get(key)
        await asyncio.sleep(DEADLINE)  # the request goes on, past its lookup's deadline
        return row

    try:
        running = asyncio.create_task(request("a"))
        await asyncio.sleep(0)
        gave_up = asyncio.create_task(lookup.get("b"))  # queued, and its caller leaves
        queued = asyncio.create_task(request("c"))  # queued behind both
        await asyncio.sleep(0)
        gave_up.cancel()
        assert await asyncio.gather(running, queued) == [
            {"token_digest": "a"},
            {"token_digest": "c"},
        ]
        assert lookup._sweeper is None  # nothing left to expire: no timer
        assert await lookup.get("d") == {"token_digest": "d"}
    finally:
        loop.set_exception_handler(handler)
    assert errors == []


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


async def test_lookups_are_noted_for_one_sweep_not_a_timer_each():
    lookup = Slow(60.0, seconds=0)  # the first sweep is six seconds away
    assert await lookup.get("a") == {"token_digest": "a"}
    sweep = lookup._sweeper
    assert sweep is not None
    for key in "bcd":
        assert await lookup.get(key) == {"token_digest": key}
    assert lookup._sweeper is sweep
    sweep.cancel()


async def test_one_sweep_fails_every_overdue_lookup_behind_answered_ones():
    """However many answered lookups are noted ahead of it, an overdue one fails at the first
    sweep past its deadline, not one sweep later for each of them."""
    lookup = Hanging(DEADLINE)
    loop = asyncio.get_running_loop()
    past = loop.time() - DEADLINE
    answered = [loop.create_future() for _ in range(3)]
    for future in answered:
        future.set_result(None)
    overdue = loop.create_future()
    lookup._expiring.extend((past, waiter) for waiter in (*answered, overdue))
    lookup._sweep()
    with pytest.raises(DatabaseUnavailable):
        overdue.result()
    assert not lookup._expiring and lookup._sweeper is None
