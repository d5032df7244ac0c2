"""Real ``accounts courier`` processes: killed mid-send, and two at once on one database."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter

from service.db.models import OutboxStatus
from tests.mail.support import eventually, log_events, queue, rows, spawn_courier


async def _stop(process) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    await asyncio.to_thread(process.wait, 20)


async def test_a_courier_killed_mid_send_loses_nothing(mail_state, smtp_server, tmp_path):
    server = smtp_server("plain")
    server.recorder.hang = True  # the first delivery never gets its answer
    state = mail_state(smtp_url=server.url(), mail_claim_lease=2)
    [queued] = await queue(state)
    settings = {"smtp_url": server.url(), "smtp_timeout": 30}
    first = spawn_courier(state, tmp_path / "first.log", tmp_path, **settings)
    try:
        await eventually(server.recorder.data_started.is_set, within=20)
        [row] = await rows(state)
        assert row.status == OutboxStatus.QUEUED and row.claimed_until is not None
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.wait, 10)
    finally:
        server.recorder.hang = False
        await _stop(first)

    second = spawn_courier(state, tmp_path / "second.log", tmp_path, **settings)
    try:
        await eventually(lambda: server.recorder.messages, within=20)
        [row] = await eventually(lambda: _sent(state), within=10)
    finally:
        await _stop(second)
    assert second.returncode == 0  # SIGTERM ends it cleanly
    assert server.recorder.message_ids() == [f"<{queued.id.hex}@localhost>"]
    assert row.attempts == 1  # the killed attempt never got an outcome to count


async def _sent(state):
    current = await rows(state)
    return current if all(r.status == OutboxStatus.SENT for r in current) else None


async def test_two_couriers_share_the_queue_without_sending_twice(
    mail_state, smtp_server, tmp_path
):
    server = smtp_server("plain")
    server.recorder.delay = 0.005
    state = mail_state(smtp_url=server.url())
    settings = {"smtp_url": server.url(), "mail_batch_size": 5}
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    couriers = [spawn_courier(state, log, tmp_path, **settings) for log in logs]
    try:
        for log in logs:
            await eventually(lambda log=log: log_events(log, "courier_started"), within=20)
        queued = await queue(state, 100)
        done = await eventually(lambda: _sent(state), within=40, interval=0.1)
    finally:
        for courier in couriers:
            await _stop(courier)
    assert len(done) == 100
    assert Counter(server.recorder.message_ids()) == Counter(
        {f"<{m.id.hex}@localhost>": 1 for m in queued}
    )
    per_courier = [len(log_events(log, "mail_sent")) for log in logs]
    assert sum(per_courier) == 100 and all(per_courier), per_courier
