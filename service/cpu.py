"""A bounded pool of worker threads for CPU-bound request work.

Validating a document not seen before and decoding an uploaded image run here, so the event
loop only awaits them and keeps answering other requests. Argon2 has its own pool, sized and
prioritised for hashing (``service.accounts.passwords``).
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

WORKERS = min(4, os.cpu_count() or 1)
_executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="cpu")


async def run_cpu(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run ``fn`` in the pool; at most ``WORKERS`` such calls run at once, the rest queue."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_executor, functools.partial(fn, *args, **kwargs))
