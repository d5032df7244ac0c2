"""CPU pools: bounded, and a full pool refuses at once instead of queueing without end."""

from __future__ import annotations

import asyncio
import threading

import pytest

from service import cpu
from tests import images
from tests.helpers import REGISTER, registration


async def test_a_full_pool_refuses_at_once():
    pool = cpu.WorkPool("test", workers=1, queue_limit=1)
    release = threading.Event()
    running = [asyncio.create_task(pool.run(release.wait, 10)) for _ in range(2)]
    await asyncio.sleep(0.05)
    with pytest.raises(cpu.PoolBusy):
        await pool.run(lambda: None)
    release.set()
    assert await asyncio.gather(*running) == [True, True]
    assert await pool.run(lambda: 7) == 7


async def test_uploads_are_refused_while_the_image_pool_is_full(gql, monkeypatch):
    from tests.graphql.test_uploads import multipart

    monkeypatch.setattr(cpu, "images", cpu.WorkPool("images", workers=1, queue_limit=0))
    release = threading.Event()
    blocker = asyncio.create_task(cpu.images.run(release.wait, 10))
    await asyncio.sleep(0.05)
    try:
        response = await multipart(
            gql,
            REGISTER,
            {"input": registration(image=None)},
            "variables.input.image",
            images.png(),
        )
    finally:
        release.set()
        await blocker
    result = response.json()["data"]["registerUser"]
    assert result["__typename"] == "ValidationError"
    assert result["fields"] == [
        {
            "field": "image",
            "code": "busy",
            "message": "Too many images are being processed right now. Try again in a moment.",
        }
    ]
