"""Webhooks through faults, with ``accounts courier`` processes on one PostgreSQL database: a
courier SIGKILLed mid-delivery loses nothing (another delivers what it held once its claim
expires), and two couriers at once deliver each event exactly once."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from service.accounts import webhooks
from service.db.models import OutboxMessage
from service.mail.hooks import CONCURRENT
from service.state import AppState
from tests.conftest import make_settings
from tests.e2e.server import service_env
from tests.integration.receiver import SECRET, Receiver

pytestmark = pytest.mark.e2e


def courier(database: str, url: str, workdir: Path, name: str) -> subprocess.Popen[bytes]:
    env = service_env(
        database,
        ACCOUNTS_WEBHOOK_URLS=url,
        ACCOUNTS_WEBHOOK_SECRET=SECRET,
        ACCOUNTS_MAIL_POLL_INTERVAL="0.2",
        ACCOUNTS_MAIL_CLAIM_LEASE="3",
        ACCOUNTS_MAIL_BATCH_SIZE="5",
        ACCOUNTS_MAIL_DIR=str(workdir / "mail"),
    )
    log = (workdir / f"courier-{name}.log").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "service.cli", "courier"],
        env=env,
        cwd=workdir,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def queue(state: AppState, loop: asyncio.AbstractEventLoop, count: int) -> None:
    async def work() -> None:
        async with state.unit_of_work() as uow:
            for _ in range(count):
                await webhooks.emit(uow, "session.created", uuid.uuid4())

    loop.run_until_complete(work())


def statuses(state: AppState, loop: asyncio.AbstractEventLoop) -> list[str]:
    async def work() -> list[str]:
        from sqlalchemy import select
        from sqlmodel import col

        async with state.unit_of_work() as uow:
            rows = await uow.session.execute(select(col(OutboxMessage.status)))
            return list(rows.scalars())

    return loop.run_until_complete(work())


def wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_a_courier_killed_mid_delivery_loses_no_event(fresh_database, tmp_path):
    database = fresh_database("postgresql")
    endpoint = Receiver()
    state = AppState.create(
        make_settings(database, webhook_urls=[endpoint.url], webhook_secret=SECRET)
    )
    loop = asyncio.new_event_loop()
    endpoint.delay = 0.3  # each delivery takes a while: the kill lands in the middle of one
    first = second = None
    try:
        queue(state, loop, 12)
        first = courier(database, endpoint.url, tmp_path, "first")
        wait_for(lambda: len(endpoint.received) >= 3, 60, "the first courier delivered nothing")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        held = statuses(state, loop).count("QUEUED")
        assert held > 0  # it died holding claims
        second = courier(database, endpoint.url, tmp_path, "second")
        wait_for(lambda: statuses(state, loop).count("SENT") == 12, 90, "events were lost")
        delivered = endpoint.delivered()
        assert len(delivered) == 12
        assert endpoint.invalid == []
        # at least once: only the deliveries in flight at the kill (a courier has at most
        # CONCURRENT) may arrive twice, each once more, with the same webhook-id
        repeats = Counter(message["id"] for message in endpoint.received)
        assert max(repeats.values()) <= 2
        assert len(endpoint.received) - len(delivered) <= CONCURRENT
    finally:
        for process in (first, second):
            if process is not None:
                stop(process)
        endpoint.close()
        loop.run_until_complete(state.close())
        loop.close()


def test_two_couriers_on_one_database_deliver_each_event_once(fresh_database, tmp_path):
    database = fresh_database("postgresql")
    endpoint = Receiver()
    state = AppState.create(
        make_settings(database, webhook_urls=[endpoint.url], webhook_secret=SECRET)
    )
    loop = asyncio.new_event_loop()
    endpoint.delay = 0.02
    couriers = []
    try:
        queue(state, loop, 40)
        couriers = [courier(database, endpoint.url, tmp_path, n) for n in ("a", "b")]
        wait_for(lambda: statuses(state, loop).count("SENT") == 40, 90, "not every event went")
        assert len(endpoint.delivered()) == 40
        assert len(endpoint.received) == 40  # none twice
        assert endpoint.invalid == []
    finally:
        for process in couriers:
            stop(process)
        endpoint.close()
        loop.run_until_complete(state.close())
        loop.close()
