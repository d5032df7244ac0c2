"""Answering about as slowly for an address without an account as for one with an account.

An anonymous code operation does more for an address that has an account: asking for a code
writes the code and its message, a wrong code counts a try; for an unknown address nothing is
written, so the commit is cheaper (no fsync on SQLite, no WAL flush on PostgreSQL) and the
answer comes back measurably sooner. ``Pacer`` closes that gap once the unit of work commits:
each answer about a known address records how long it took; each answer about an unknown one
waits until it has taken as long as a recorded answer picked at random, so both follow one
distribution. Per process, kept in memory; until a first known answer is recorded nothing
waits. A wait never exceeds ``MAX_WAIT``.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import deque
from collections.abc import Iterable

from service.db.unit_of_work import UnitOfWork

WINDOW = 64
MAX_WAIT = 2.0


def clock() -> float:
    return asyncio.get_running_loop().time()


class Pacer:
    def __init__(self, window: int = WINDOW) -> None:
        self._window = window
        self._samples: dict[str, deque[float]] = {}

    def samples(self, operation: str) -> list[float]:
        return list(self._samples.get(operation, ()))

    def seed(self, operation: str, durations: Iterable[float]) -> None:
        """Replace what was recorded for ``operation`` (tests, and a warm start)."""
        self._samples[operation] = deque(durations, maxlen=self._window)

    def pace(self, uow: UnitOfWork, operation: str, started: float, *, known: bool) -> None:
        """Once ``uow`` commits: record the time since ``started`` (``known``), or wait until
        that time matches a recorded one (not ``known``)."""

        async def record() -> None:
            recorded = self._samples.setdefault(operation, deque(maxlen=self._window))
            recorded.append(clock() - started)

        async def match() -> None:
            recorded = self._samples.get(operation)
            if not recorded:
                return
            wait = secrets.choice(recorded) - (clock() - started)
            if wait > 0:
                await asyncio.sleep(min(wait, MAX_WAIT))

        uow.after_commit(record if known else match)
