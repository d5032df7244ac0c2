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
    assert (response.status_code, response.json()) == (200, {"status": "ready"})


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
            assert (response.status_code, response.json()) == (503, {"status": "unavailable"}), url
        finally:
            await state.close()


async def test_readiness_includes_redis_when_configured(make_state, redis_settings):
    ready = make_state(**redis_settings)
    assert (await _get(create_app(state=ready), "/readyz")).status_code == 200
    broken = make_state(redis_url="redis://127.0.0.1:1/0")
    response = await _get(create_app(state=broken), "/readyz")
    assert response.status_code == 503
