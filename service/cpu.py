"""Bounded pools of worker threads for CPU-bound request work.

The event loop only awaits this work, so it keeps answering other requests. Each kind of work
has its own pool, so one kind cannot queue up the others: validating documents not seen before
(``documents``) and decoding uploaded images (``images``) each get one thread and a short
queue, and past it a caller is refused at once (``PoolBusy``) rather than queued without end.
One thread each also bounds what they take from the event loop: validation is pure Python
and holds the GIL while it runs. Password-strength checks run in ``checks``. Argon2 has its
own pool, sized and prioritised for hashing (``service.accounts.passwords.hasher``).
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class PoolBusy(Exception):
    """Every worker of a pool is busy and its queue is full."""


class WorkPool:
    def __init__(self, name: str, workers: int, queue_limit: int | None) -> None:
        self.name = name
        self.workers = workers
        self.queue_limit = queue_limit
        self.pending = 0
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` in the pool, or raise ``PoolBusy`` when it is full."""
        if self.queue_limit is not None and self.pending >= self.workers + self.queue_limit:
            raise PoolBusy(self.name)
        self.pending += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(
                self._executor, functools.partial(fn, *args, **kwargs)
            )
        finally:
            self.pending -= 1


documents = WorkPool("documents", workers=1, queue_limit=32)
images = WorkPool("images", workers=1, queue_limit=4)
checks = WorkPool("checks", workers=min(2, os.cpu_count() or 1), queue_limit=None)
