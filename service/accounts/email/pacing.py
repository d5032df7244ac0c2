"""Answering about as slowly for an address without an account as for one with an account.

An anonymous code operation does more for an address that has an account: asking for a code
writes the code and its message, a wrong code counts a try; for an unknown address nothing is
written, so the commit is cheaper (no fsync on SQLite, no WAL flush on PostgreSQL) and the
answer comes back measurably sooner. ``Pacer`` closes that gap once the unit of work commits:
each answer about a known address records how long it took (before any wait), and every
answer, about a known address or not, then waits until it has taken as long as nearly every
recorded one (the 90th percentile, ``QUANTILE``): both come back at about that one time, and
neither path's own duration shows unless it is slower than nearly all known answers. Matching
a single random sample instead leaves the unknown path at the larger of its own time and the
sample's, slower on average. Per process, kept in memory; until a first known answer is
recorded nothing waits. A wait never exceeds ``MAX_WAIT``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable

from service.db.unit_of_work import UnitOfWork

WINDOW = 64
MAX_WAIT = 2.0
QUANTILE = 0.9


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

    def target(self, operation: str) -> float | None:
        """How long an answer about ``operation`` takes at least: nearly every recorded known
        answer's time (``None`` until one is recorded)."""
        recorded = sorted(self._samples.get(operation, ()))
        if not recorded:
            return None
        return recorded[min(len(recorded) - 1, int(QUANTILE * len(recorded)))]

    def pace(self, uow: UnitOfWork, operation: str, started: float, *, known: bool) -> None:
        """Once ``uow`` commits: record the time since ``started`` (``known``), then wait until
        the answer has taken the operation's ``target`` time (known or not)."""

        async def settle() -> None:
            elapsed = clock() - started
            if known:
                recorded = self._samples.setdefault(operation, deque(maxlen=self._window))
                recorded.append(elapsed)
            target = self.target(operation)
            if target is not None and target > elapsed:
                await asyncio.sleep(min(target - elapsed, MAX_WAIT))

        uow.after_commit(settle)
