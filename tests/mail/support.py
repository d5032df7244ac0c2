"""Helpers for the mail tests: queue messages, read rows, drive a courier until done."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

from sqlmodel import select

from service.accounts.unit_of_work import UnitOfWork
from service.db.models import OutboxMessage
from service.mail.outbox import enqueue


async def queue(
    state, count: int = 1, *, template: str = "verify_email", locale: str = "en", **kwargs: Any
) -> list[OutboxMessage]:
    """``count`` messages, each to ``user<i>@example.com`` with code ``10000<i>``, unless
    ``to`` / ``data`` say otherwise."""
    queued = []
    async with UnitOfWork.open(state.session_factory) as uow:
        for i in range(count):
            data = kwargs.get("data", {"code": f"{100000 + i}", "username": f"user{i}"})
            queued.append(
                await enqueue(
                    uow,
                    template=template,
                    to=kwargs.get("to", f"user{i}@example.com"),
                    locale=locale,
                    data=data,
                )
            )
    return queued


async def rows(state) -> list[OutboxMessage]:
    async with state.session_factory() as session:
        result = await session.execute(select(OutboxMessage).order_by(OutboxMessage.recipient))
        return list(result.scalars())


def data_of(row: OutboxMessage) -> dict[str, str]:
    values: dict[str, str] = json.loads(row.data)
    return values


async def eventually(check: Callable[[], Any], within: float = 10.0, interval: float = 0.02):
    """Await ``check()`` (sync or async) until it is truthy; its value."""
    deadline = time.monotonic() + within
    while True:
        value = check()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached within {within}s")
        await asyncio.sleep(interval)


async def deliver_until_done(courier, state, within: float = 10.0) -> list[OutboxMessage]:
    """Run delivery rounds until no row is queued; the rows then."""

    async def done():
        await courier.deliver_due()
        current = await rows(state)
        return current if all(r.status != "QUEUED" for r in current) else None

    return await eventually(done, within=within, interval=0.05)
