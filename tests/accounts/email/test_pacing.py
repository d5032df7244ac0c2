"""The pacer: answers about unknown addresses take as long as recorded answers about known ones."""

from __future__ import annotations

import asyncio

from service.accounts.email import pacing
from service.accounts.email.pacing import Pacer, clock
from service.db.unit_of_work import UnitOfWork


class Hooks:
    """The part of a unit of work the pacer uses: hooks run once it commits."""

    def __init__(self) -> None:
        self.hooks: list = []

    def after_commit(self, hook) -> None:
        self.hooks.append(hook)

    async def commit(self) -> None:
        for hook in self.hooks:
            await hook()


async def timed(pacer: Pacer, *, known: bool, work: float = 0.0) -> float:
    started = clock()
    await asyncio.sleep(work)
    uow = Hooks()
    pacer.pace(uow, "op", started, known=known)  # type: ignore[arg-type]
    await uow.commit()
    return clock() - started


async def test_known_answers_are_recorded_and_unknown_ones_wait_as_long():
    pacer = Pacer()
    assert await timed(pacer, known=False) < 0.05  # nothing recorded: nothing to match
    await timed(pacer, known=True, work=0.15)
    [recorded] = pacer.samples("op")
    assert recorded >= 0.15
    assert await timed(pacer, known=False) >= recorded
    assert pacer.samples("op") == [recorded]  # an unknown answer records nothing
    assert pacer.samples("other") == []
    assert await timed(pacer, known=True) >= recorded  # a quick known answer waits too
    assert pacer.samples("op")[-1] < 0.05  # what it took before the wait is recorded


async def test_every_answer_waits_for_nearly_every_recorded_time():
    """Both paths come back at the 90th percentile of the known answers' times: neither the
    larger of its own time and a random sample (slower on average for the unknown path) nor
    its own time shows."""
    pacer = Pacer()
    assert pacer.target("op") is None
    pacer.seed("op", [0.01 * n for n in range(1, 11)])  # 0.01 … 0.10
    assert pacer.target("op") == 0.10
    pacer.seed("op", [0.01 * n for n in range(1, 21)])
    assert pacer.target("op") == 0.19
    pacer.seed("op", [0.05, 0.12])
    for known in (False, True):
        assert 0.12 <= await timed(pacer, known=known) < 0.3
    assert await timed(pacer, known=False, work=0.2) < 0.35  # slower than the target: no wait


async def test_the_window_keeps_the_latest_answers_and_waits_are_capped(monkeypatch):
    pacer = Pacer(window=3)
    pacer.seed("op", [1.0, 2.0, 3.0, 4.0])
    assert pacer.samples("op") == [2.0, 3.0, 4.0]
    monkeypatch.setattr(pacing, "MAX_WAIT", 0.1)
    assert await timed(pacer, known=False) < 0.5


async def test_a_rolled_back_unit_runs_no_hook(state):
    pacer = Pacer()
    pacer.seed("op", [5.0])
    started = clock()
    async with state.session_factory() as session:
        uow = UnitOfWork(session)
        pacer.pace(uow, "op", started, known=False)
        await uow.rollback()
    assert clock() - started < 1.0
