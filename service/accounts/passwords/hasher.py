"""Argon2id hashing, always in worker threads with bounded concurrency.

Hashes are made and checked by argon2-cffi's ``PasswordHasher``; with
``ACCOUNTS_ARGON2_KEEP_MEMORY`` by ``passwords.argon2_kept`` instead, which computes
the same hashes on memory each pool thread keeps. Either verifies the other's hashes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import argon2
from argon2.exceptions import Argon2Error, InvalidHashError, VerifyMismatchError

from service.accounts.passwords import argon2_kept
from service.config import Settings

T = TypeVar("T")
logger = logging.getLogger("service.passwords")


def _lower_priority(nice: int, idle: bool = False) -> None:
    """Run hashing at a lower CPU priority than the event loop (Linux: per thread).

    argon2's lane threads inherit it, so a login flood uses the idle CPU without starving the
    loop that answers every other request. ``idle`` puts the thread under ``SCHED_IDLE`` as
    well: the scheduler then lets any other thread that wakes up take the core at once.
    """
    if idle and hasattr(os, "sched_setscheduler"):
        with contextlib.suppress(OSError):
            os.sched_setscheduler(threading.get_native_id(), os.SCHED_IDLE, os.sched_param(0))
    if nice and hasattr(os, "setpriority"):
        # not permitted here: hashing keeps the normal priority
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)


class HashQueueFull(Exception):
    """More hashes are running or waiting than ``hash_queue_limit``: shed the request."""


class PasswordHasher:
    """Argon2id behind a small thread pool.

    The pool size bounds how many hashes run at once; the event loop only awaits them.
    ``admit`` reserves a place in the queue for the caller's next hash or verify, so callers
    that have been admitted never outnumber ``hash_queue_limit``. With ``keep_memory`` hashes
    run on memory each pool thread keeps (``argon2_kept``); argon2-cffi checks whether a
    stored hash needs rehashing either way.
    """

    def __init__(self, settings: Settings) -> None:
        self._parameters = {
            "time_cost": settings.argon2_time_cost,
            "memory_cost": settings.argon2_memory_cost,
            "parallelism": settings.argon2_parallelism,
        }
        self._hasher = argon2.PasswordHasher(
            time_cost=settings.argon2_time_cost,
            memory_cost=settings.argon2_memory_cost,
            parallelism=settings.argon2_parallelism,
            type=argon2.Type.ID,
        )
        self._executor = ThreadPoolExecutor(
            max_workers=settings.hash_concurrency,
            thread_name_prefix="argon2",
            initializer=_lower_priority,
            initargs=(settings.hash_nice, settings.hash_idle_scheduling),
        )
        self._cores = settings.hash_concurrency
        self.keep_memory = settings.argon2_keep_memory
        self._running = 0
        self._running_lock = threading.Lock()
        self._dummy_hash: str | None = None
        self._dummy_lock = asyncio.Lock()
        self.pending = 0  # hashes running, waiting, or reserved by ``admit``
        self.queue_limit = settings.hash_queue_limit
        self._reserved: dict[asyncio.Task[object], int] = {}
        self.current_cost: float | None = None  # seconds a verify at today's parameters takes

    def admit(self) -> None:
        """Refuse new password work while the queue is full, before anything is spent on it.

        Admission takes a place in the queue at once: the calling task's next ``hash`` or
        ``verify`` uses it, and a task that ends without hashing gives it back, so callers
        awaiting other work between admission and hashing cannot all pass a queue that only
        fills later.
        """
        if self.pending >= self.queue_limit:
            raise HashQueueFull
        task = asyncio.current_task()
        if task is None:  # pragma: no cover - only ever called from request tasks
            return
        held = self._reserved.get(task, 0)
        if not held:
            task.add_done_callback(self._give_back)
        self._reserved[task] = held + 1
        self.pending += 1

    def _give_back(self, task: asyncio.Task[object]) -> None:
        self.pending -= self._reserved.pop(task, 0)

    def _take_reservation(self) -> bool:
        task = asyncio.current_task()
        if task is None or not (held := self._reserved.get(task)):
            return False
        if held == 1:
            del self._reserved[task]
        else:
            self._reserved[task] = held - 1
        return True

    async def _run(self, fn: Callable[..., T], *args: object) -> T:
        if not self._take_reservation():  # not admitted first: counted from now
            self.pending += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
        finally:
            self.pending -= 1

    @contextlib.contextmanager
    def _threads(self) -> Iterator[int]:
        """Lane threads for the hash about to start: the cores shared by the running hashes.

        Alone, a hash spreads its lanes over the cores (lowest latency); when others run too,
        each takes fewer threads, down to one, which spends the least CPU per hash (no thread
        starts and joins per pass) while the pool keeps every core busy. The result does not
        depend on it.
        """
        with self._running_lock:
            self._running += 1
            running = self._running
        try:
            yield max(1, self._cores // running)
        finally:
            with self._running_lock:
                self._running -= 1

    async def hash(self, password: str) -> str:
        return await self._run(self.hash_sync, password)

    def hash_sync(self, password: str) -> str:
        if not self.keep_memory:
            return self._hasher.hash(password)
        with self._threads() as threads:
            return argon2_kept.hash_password(
                password.encode(),
                threads=threads,
                keep_kib=self._parameters["memory_cost"],
                **self._parameters,
            )

    async def verify(self, password_hash: str | None, password: str) -> bool:
        """Check a password; a failure against a hash made with other parameters takes as
        long as one against today's (see ``_pad``), and an account without a password fails
        as any wrong password does, at the same cost (``verify_dummy``)."""
        if password_hash is None:
            await self.verify_dummy(password)
            return False
        started = time.perf_counter()
        matches = await self._run(self._verify_sync, password_hash, password)
        elapsed = time.perf_counter() - started
        if not self.needs_rehash(password_hash):
            self._observe(elapsed)
        elif not matches:
            await self._pad(elapsed, password)
        return matches

    def _observe(self, elapsed: float) -> None:
        previous = self.current_cost
        self.current_cost = elapsed if previous is None else previous + (elapsed - previous) / 8

    async def _pad(self, elapsed: float, password: str) -> None:
        """Make a failed check against a cheaper, not yet rehashed, hash last as long as one
        at today's parameters, which an unknown user's dummy verify costs: otherwise the
        answer's timing would tell old accounts from unknown identifiers. The wait sleeps;
        it spends no CPU.
        """
        if self.current_cost is None:
            await self.verify_dummy(password)  # measures today's cost, by spending it once
        elif self.current_cost > elapsed:
            await asyncio.sleep(self.current_cost - elapsed)

    def _verify_sync(self, password_hash: str, password: str) -> bool:
        try:
            if not self.keep_memory:
                return self._hasher.verify(password_hash, password)
            with self._threads() as threads:
                return argon2_kept.verify_password(
                    password_hash,
                    password.encode(),
                    threads=threads,
                    keep_kib=self._parameters["memory_cost"],
                )
        except (VerifyMismatchError, InvalidHashError):  # mismatch, not a hash
            return False
        except Argon2Error as error:  # libargon2 could not compute it (memory, parameters)
            logger.warning("password hash could not be verified: %s", error)
            return False

    def needs_rehash(self, password_hash: str | None) -> bool:
        """Whether a hash was made with other parameters (no password: nothing to renew)."""
        if password_hash is None:
            return False
        try:
            return self._hasher.check_needs_rehash(password_hash)
        except InvalidHashError:
            return True

    async def verify_dummy(self, password: str) -> None:
        """Spend the same work as a real verify, for identifiers that match no user."""
        if self._dummy_hash is None:
            async with self._dummy_lock:
                if self._dummy_hash is None:
                    self._dummy_hash = await self.hash(secrets.token_urlsafe(32))
        await self.verify(self._dummy_hash, password)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
