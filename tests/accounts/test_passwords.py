"""The hash queue: admission reserves a place, so concurrent callers cannot overfill it."""

from __future__ import annotations

import asyncio

import pytest

from service.accounts.passwords import HashQueueFull, PasswordHasher
from service.config import Settings

PASSWORD = "Correct-Horse-9-battery"


def _hasher(queue_limit: int) -> PasswordHasher:
    return PasswordHasher(
        Settings(
            _env_file=None,
            database_url="sqlite+aiosqlite://",
            argon2_time_cost=1,
            argon2_memory_cost=1024,
            argon2_parallelism=1,
            hash_concurrency=1,
            hash_queue_limit=queue_limit,
        )
    )


async def test_admitted_callers_never_outnumber_the_queue_limit():
    """Callers that await other work (a user lookup) between admission and hashing."""
    hasher = _hasher(queue_limit=3)
    peak = 0

    async def login() -> str:
        nonlocal peak
        hasher.admit()
        await asyncio.sleep(0.01)  # the user lookup, while the others are admitted
        digest = await hasher.hash(PASSWORD)
        peak = max(peak, hasher.pending)
        return digest

    try:
        results = await asyncio.gather(*(login() for _ in range(10)), return_exceptions=True)
        refused = [r for r in results if isinstance(r, HashQueueFull)]
        assert len(refused) == 7 and all(isinstance(r, str) for r in results if r not in refused)
        assert hasher.pending == 0
        # the reservation is used by the hash, not added to it
        hasher.admit()
        await hasher.hash(PASSWORD)
        assert hasher.pending == 0
    finally:
        hasher.close()


async def test_a_caller_that_never_hashes_gives_its_place_back():
    hasher = _hasher(queue_limit=1)

    async def admitted_then_failed() -> None:
        hasher.admit()
        await asyncio.sleep(0)
        raise ValueError("the request failed before hashing")

    try:
        with pytest.raises(ValueError):
            await asyncio.create_task(admitted_then_failed())
        await asyncio.sleep(0)  # the task's done callbacks run
        assert hasher.pending == 0
        hasher.admit()  # the place is free again
    finally:
        hasher.close()
