"""Liveness and readiness probes."""

from __future__ import annotations

import httpx

from service.app import create_app
from service.state import AppState
from tests.conftest import make_settings


async def _get(app, path):
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        return await client.get(path)


async def test_ready_when_the_database_answers(state):
    app = create_app(state=state)
    assert (await _get(app, "/healthz")).status_code == 200
    response = await _get(app, "/readyz")
    assert (response.status_code, response.json()) == (200, {"status": "ready", "database": "ok"})


async def test_not_ready_when_the_database_is_unreachable(tmp_path):
    for url in (
        "postgresql+asyncpg://postgres@127.0.0.1:1/nowhere",
        f"sqlite+aiosqlite:///{tmp_path}/missing-dir/x/accounts.db",
    ):
        state = AppState.create(make_settings(url))
        try:
            app = create_app(state=state)
            assert (await _get(app, "/healthz")).status_code == 200
            response = await _get(app, "/readyz")
            assert (response.status_code, response.json()) == (
                503,
                {"status": "unavailable", "database": "unreachable"},
            ), url
        finally:
            await state.close()


async def test_readiness_shows_the_rate_limit_store_but_a_redis_outage_keeps_it_ready(
    make_state, redis_settings
):
    ready = make_state(**redis_settings)
    response = await _get(create_app(state=ready), "/readyz")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ready", "database": "ok", "rate_limit_store": "redis"},
    )
    broken = make_state(redis_url="redis://127.0.0.1:1/0")
    response = await _get(create_app(state=broken), "/readyz")
    body = response.json()
    assert response.status_code == 200
    assert 0 <= body.pop("redis_down_seconds") < 60  # down since this state began
    assert body == {
        "status": "ready",
        "database": "ok",
        "rate_limit_store": "memory",
        "redis": "unreachable",
    }
