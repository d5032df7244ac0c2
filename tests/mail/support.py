"""Helpers for the mail tests: queue messages, read rows, drive a courier until done."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import select

from service.db.models import OutboxMessage
from service.db.unit_of_work import UnitOfWork
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


def accounts_env(state, **settings: Any) -> dict[str, str]:
    """The environment of an ``accounts`` process on ``state``'s database and settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCOUNTS_")}
    chosen = state.settings.model_dump(
        include={
            "database_url",
            "mail_poll_interval",
            "mail_retry_delay",
            "mail_retry_max_delay",
            "mail_claim_lease",
            "smtp_timeout",
            "mail_dir",
        }
    )
    for name, value in {**chosen, **settings}.items():
        if hasattr(value, "total_seconds"):
            value = value.total_seconds()
        env[f"ACCOUNTS_{name.upper()}"] = str(value)
    env["ACCOUNTS_LOG_FORMAT"] = "json"
    return env


def accounts(state, *args: str, cwd: Path, **settings: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        capture_output=True,
        text=True,
        env=accounts_env(state, **settings),
        cwd=cwd,
        timeout=60,
        check=False,
    )


def spawn_courier(state, log: Path, cwd: Path, **settings: Any) -> subprocess.Popen[bytes]:
    """A real ``accounts courier`` process, logging (JSON lines) to ``log``."""
    with log.open("ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "service.cli", "courier"],
            stdout=sink,
            stderr=sink,
            env=accounts_env(state, **settings),
            cwd=cwd,
        )


def log_events(log: Path, event: str) -> list[dict[str, Any]]:
    lines = log.read_text().splitlines() if log.exists() else []
    events = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("event") == event:
            events.append(record)
    return events
