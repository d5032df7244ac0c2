"""Every wait on the database is bounded, and running out of it is a typed answer."""

from __future__ import annotations

import asyncio
import socket
import time

import httpx
import pytest
from sqlalchemy import text

from service.app import create_app
from service.db.faults import is_unavailable
from service.state import AppState
from tests.conftest import GraphQLClient, make_settings
from tests.helpers import ME, REGISTER, registration

UNAVAILABLE = [
    {
        "message": "The service is temporarily unavailable. Try again.",
        "locations": [{"line": 1, "column": 9}],
        "path": ["me"],
        "extensions": {"code": "SERVICE_UNAVAILABLE"},
    }
]
TOKEN = "acct_" + "x" * 43


@pytest.fixture
def pg_url(fresh_database) -> str:
    return fresh_database("postgresql")


async def test_postgres_enforces_the_statement_timeout_server_side(pg_url):
    state = AppState.create(make_settings(pg_url, db_statement_timeout=0.5))
    try:
        for engine in (state.engine, state.read_engine):
            async with engine.connect() as connection:
                shown = (await connection.execute(text("SHOW statement_timeout"))).scalar_one()
                assert shown == "500ms"
                with pytest.raises(Exception) as raised:
                    await connection.execute(text("SELECT pg_sleep(3)"))
                assert is_unavailable(raised.value)
                assert "canceling statement due to statement timeout" in str(raised.value)
    finally:
        await state.close()


async def test_a_database_that_never_answers_gives_a_typed_error_within_the_bound():
    """A peer that accepts the TCP connection and then says nothing (a hung server)."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    port = silent.getsockname()[1]
    url = f"postgresql+asyncpg://postgres@127.0.0.1:{port}/accounts"
    state = AppState.create(make_settings(url, db_connect_timeout=0.5))
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://t"
    )
    try:
        started = time.monotonic()
        body = await GraphQLClient(http)(ME, token=TOKEN)
        elapsed = time.monotonic() - started
        assert body == {"data": {"me": None}, "errors": UNAVAILABLE}
        assert elapsed < 10  # without the connect timeout asyncpg waits 60 s
        ready = await http.get("/readyz")
        assert ready.status_code == 503
    finally:
        await http.aclose()
        await state.close()
        silent.close()


async def test_the_wait_for_a_pooled_connection_is_bounded(pg_url):
    """Every pooled connection busy: the next request gives up after the connect timeout."""
    url = pg_url
    state = AppState.create(
        make_settings(url, db_pool_size=1, db_max_overflow=0, db_connect_timeout=0.5)
    )
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://t"
    )
    try:
        async with state.read_engine.connect() as held:
            await held.execute(text("SELECT 1"))
            body = await asyncio.wait_for(GraphQLClient(http)(ME, token=TOKEN), timeout=10)
        assert body == {"data": {"me": None}, "errors": UNAVAILABLE}
    finally:
        await http.aclose()
        await state.close()


async def test_a_failure_while_releasing_the_session_does_not_change_the_answer(
    pg_url, monkeypatch
):
    from sqlalchemy.ext.asyncio import AsyncSession

    state = AppState.create(make_settings(pg_url))
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://t"
    )

    async def broken_close(self):
        raise ConnectionResetError("the database went away")

    monkeypatch.setattr(AsyncSession, "close", broken_close)
    try:
        variables = {"input": registration()}
        response = await http.post("/graphql", json={"query": REGISTER, "variables": variables})
        assert response.status_code == 200
        assert response.json()["data"]["registerUser"]["__typename"] == "AuthSuccess"
    finally:
        monkeypatch.undo()
        await http.aclose()
        await state.close()
