"""The in-process rate-limit store never logs keys (client IPs, identifier hashes)."""

from __future__ import annotations

import asyncio
import logging

import pytest
from limits import parse
from limits.aio.strategies import MovingWindowRateLimiter

from service.accounts.limits.attempts import AttemptLimiter
from service.config import Settings

ITEM = parse("5/minute")


@pytest.mark.parametrize("how", ["clear", "reset"])
async def test_clearing_while_windows_expire_logs_nothing(how, caplog):
    caplog.set_level(logging.DEBUG)
    storage = AttemptLimiter(Settings(_env_file=None)).storage  # type: ignore[call-arg]
    limiter = MovingWindowRateLimiter(storage)
    await limiter.hit(ITEM, "login-ip-id", "198.51.100.7", "0123abcd")
    await limiter.hit(ITEM, "login-ip-id", "198.51.100.8", "4567cdef")
    await storage.timer  # the expiry pass scheduled by the hits runs and ends
    first = next(iter(storage.events))
    lock = storage.locks[first]
    await lock.acquire()  # the next expiry pass will wait on the first window
    await limiter.hit(ITEM, "other", "203.0.113.1")  # schedules that pass
    await asyncio.sleep(0.01)
    assert not storage.timer.done()
    if how == "clear":  # as a successful login does
        await limiter.clear(ITEM, "login-ip-id", "198.51.100.8", "4567cdef")
    else:
        await storage.reset()
    lock.release()
    await asyncio.wait_for(asyncio.shield(storage.timer), 5)
    assert storage.timer.exception() is None
    assert not [r for r in caplog.records if "198.51.100" in r.getMessage()]
    assert await limiter.test(ITEM, "login-ip-id", "198.51.100.8", "4567cdef")


async def test_clear_and_reset_empty_fixed_windows_too_and_reset_counts_the_keys():
    # the limiter counts in moving windows; as a ``limits`` storage the store also keeps
    # fixed-window counters, and clearing or resetting empties those as well
    storage = AttemptLimiter(Settings(_env_file=None)).storage  # type: ignore[call-arg]
    for key in ("kept", "cleared"):
        await storage.incr(key, 60)
    await MovingWindowRateLimiter(storage).hit(ITEM, "window")
    await storage.clear("cleared")
    assert set(storage.storage) == set(storage.expirations) == {"kept"}
    assert (await storage.get("cleared"), await storage.get("kept")) == (0, 1)
    assert await storage.reset() == 1  # as `limits` counts: the larger of the two kinds
    assert await storage.get("kept") == 0 and not storage.expirations
