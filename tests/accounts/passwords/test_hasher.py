"""The hash queue: admission reserves a place, so concurrent callers cannot overfill it."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time

import pytest

from service.accounts.passwords import argon2_kept
from service.accounts.passwords import hasher as passwords
from service.accounts.passwords.hasher import HashQueueFull, PasswordHasher
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


def _settings(**overrides) -> Settings:
    values = {
        "argon2_time_cost": 1,
        "argon2_memory_cost": 1024,
        "argon2_parallelism": 1,
        "hash_concurrency": 1,
        **overrides,
    }
    return Settings(_env_file=None, database_url="sqlite+aiosqlite://", **values)


async def test_a_task_admitted_twice_uses_both_places_and_leaves_none_behind():
    hasher = _hasher(queue_limit=3)
    errors: list[dict] = []
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: errors.append(context))

    async def twice() -> list[int]:
        hasher.admit()
        hasher.admit()
        seen = [hasher.pending]
        await hasher.hash(PASSWORD)  # each hash uses one of the places, adds none
        seen.append(hasher.pending)
        await hasher.hash(PASSWORD)
        seen.append(hasher.pending)
        return seen

    async def once() -> None:
        hasher.admit()
        await hasher.hash(PASSWORD)

    try:
        assert await asyncio.create_task(twice()) == [2, 1, 0]
        await asyncio.create_task(once())
        await asyncio.sleep(0)  # the tasks' done callbacks run
        assert hasher.pending == 0
        assert errors == []  # giving back a place already used is no error either
    finally:
        loop.set_exception_handler(previous)
        hasher.close()


async def test_hashes_run_on_the_pools_own_threads_at_most_hash_concurrency_at_once(monkeypatch):
    hasher = PasswordHasher(_settings(hash_concurrency=2, hash_nice=5))
    lock = threading.Lock()
    running, peak, seen = 0, 0, []

    def slow_hash(password: str) -> str:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        seen.append(
            (
                threading.current_thread().name.split("_")[0],
                os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
            )
        )
        time.sleep(0.05)
        with lock:
            running -= 1
        return password

    monkeypatch.setattr(hasher, "hash_sync", slow_hash)
    base = os.getpriority(os.PRIO_PROCESS, 0)
    try:
        assert await asyncio.gather(*(hasher.hash(str(i)) for i in range(6))) == [
            str(i) for i in range(6)
        ]
    finally:
        hasher.close()
    assert peak == 2
    # nice 5 (lowering the nice value of a thread needs privileges, raising it does not)
    expected = 5 if os.geteuid() == 0 or base <= 5 else base
    assert set(seen) == {("argon2", expected)}


def test_lowering_the_priority_is_skipped_for_zero_and_where_not_permitted(monkeypatch):
    def in_thread(fn):
        result = []
        thread = threading.Thread(target=lambda: result.append(fn()))
        thread.start()
        thread.join()
        return result[0]

    niced = min(os.getpriority(os.PRIO_PROCESS, 0) + 3, 19)

    def nice_zero() -> int:
        me = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, me, niced)
        passwords._lower_priority(0)  # leaves the thread as it is
        return os.getpriority(os.PRIO_PROCESS, me)

    assert in_thread(nice_zero) == niced

    def refused(*_args):
        raise PermissionError("not permitted")

    monkeypatch.setattr(os, "setpriority", refused)
    passwords._lower_priority(5)  # hashing keeps the normal priority, and still runs


async def test_with_kept_memory_each_hash_gets_the_lane_threads_left_and_keeps_todays_cost(
    monkeypatch,
):
    calls = []
    real_hash, real_verify = argon2_kept.hash_password, argon2_kept.verify_password

    def spy_hash(*args, **kwargs):
        calls.append(("hash", kwargs["threads"], kwargs["keep_kib"]))
        return real_hash(*args, **kwargs)

    def spy_verify(*args, **kwargs):
        calls.append(("verify", kwargs["threads"], kwargs["keep_kib"]))
        return real_verify(*args, **kwargs)

    monkeypatch.setattr(argon2_kept, "hash_password", spy_hash)
    monkeypatch.setattr(argon2_kept, "verify_password", spy_verify)
    hasher = PasswordHasher(_settings(argon2_keep_memory=True, hash_concurrency=3))
    try:
        encoded = await hasher.hash(PASSWORD)
        assert await hasher.verify(encoded, PASSWORD)
    finally:
        hasher.close()
    assert calls == [("hash", 3, 1024), ("verify", 3, 1024)]


def test_what_is_not_a_hash_needs_rehashing():
    hasher = PasswordHasher(_settings())
    try:
        assert hasher.needs_rehash("not a hash")
        assert not hasher.needs_rehash(hasher.hash_sync(PASSWORD))
        assert not hasher.needs_rehash(None)  # no password: nothing to renew
    finally:
        hasher.close()


def test_a_hash_libargon2_cannot_compute_is_logged_and_refused(caplog):
    hasher = PasswordHasher(_settings())
    too_little_memory = "$argon2id$v=19$m=8,t=1,p=4$c2l4dGVlbiBieXRl$c2l4dGVlbiBieXRl"
    try:
        with caplog.at_level(logging.WARNING, logger="service.passwords"):
            assert hasher._verify_sync(too_little_memory, PASSWORD) is False
    finally:
        hasher.close()
    assert [r.getMessage() for r in caplog.records if r.name == "service.passwords"] == [
        "password hash could not be verified: Memory cost is too small"
    ]


class Clock:
    """``time.perf_counter`` for the hasher: each verify takes the next of ``durations``."""

    def __init__(self, *durations: float) -> None:
        self.readings = [reading for d in durations for reading in (100.0, 100.0 + d)]

    def __call__(self) -> float:
        return self.readings.pop(0)


async def test_the_cost_of_a_verify_is_a_moving_average_of_the_measured_ones(monkeypatch):
    hasher = PasswordHasher(_settings())
    try:
        encoded = hasher.hash_sync(PASSWORD)
        assert hasher.current_cost is None
        monkeypatch.setattr(passwords.time, "perf_counter", Clock(1.0, 9.0, 9.0))
        await hasher.verify(encoded, PASSWORD)
        assert hasher.current_cost == 1.0
        await hasher.verify(encoded, PASSWORD)
        assert hasher.current_cost == 2.0  # an eighth of the way to the new measure
        await hasher.verify(encoded, "wrong")
        assert hasher.current_cost == 2.875
    finally:
        hasher.close()


async def test_a_failed_check_against_an_old_hash_waits_out_the_rest_of_todays_cost(monkeypatch):
    hasher = PasswordHasher(_settings())
    old = PasswordHasher(_settings(argon2_memory_cost=2048))
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    try:
        hasher.current_cost = 1.0
        old_hash = old.hash_sync(PASSWORD)
        monkeypatch.setattr(passwords.time, "perf_counter", Clock(0.25, 1.0, 0.5))
        monkeypatch.setattr(passwords.asyncio, "sleep", sleep)
        assert not await hasher.verify(old_hash, "wrong")
        assert not await hasher.verify(old_hash, "wrong")  # took as long already: no wait
        assert await hasher.verify(old_hash, PASSWORD)  # a match answers at once
    finally:
        hasher.close()
        old.close()
    assert slept == [0.75]


async def test_closing_returns_at_once_and_cancels_the_hashes_still_queued(monkeypatch):
    hasher = PasswordHasher(_settings(hash_concurrency=1))
    started, release = threading.Event(), threading.Event()

    def blocking_hash(password: str) -> str:
        started.set()
        release.wait(2)
        return password

    monkeypatch.setattr(hasher, "hash_sync", blocking_hash)
    running = asyncio.create_task(hasher.hash("running"))
    queued = asyncio.create_task(hasher.hash("queued"))
    assert await asyncio.to_thread(started.wait, 2)
    began = time.perf_counter()
    hasher.close()
    took = time.perf_counter() - began
    release.set()
    assert took < 1.0  # did not wait for the running hash
    assert await running == "running"
    with pytest.raises(asyncio.CancelledError):
        await queued
