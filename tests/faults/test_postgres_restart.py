"""A PostgreSQL crash and restart: typed answers during it, recovery without a service restart."""

from __future__ import annotations

import asyncio
import secrets
import time

import httpx
import pytest
from sqlalchemy import text

from service.app import create_app
from service.state import AppState
from tests.conftest import PASSWORD, GraphQLClient, make_settings
from tests.faults.load import Load
from tests.faults.servers import PrivateCluster
from tests.helpers import LOGIN, ME, REGISTER, registration

FAST_FAILURE = {"db_connect_timeout": 1.0, "db_statement_timeout": 2.0}
UNAVAILABLE = {
    "message": "The service is temporarily unavailable. Try again.",
    "extensions": {"code": "SERVICE_UNAVAILABLE"},
}


def _unavailable(body: dict) -> bool:
    errors = body.get("errors") or []
    return len(errors) == 1 and {k: errors[0].get(k) for k in UNAVAILABLE} == UNAVAILABLE


async def _client(state: AppState) -> GraphQLClient:
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://t"
    )
    return GraphQLClient(http)


async def _fill_pools(state: AppState, connections: int = 4) -> None:
    """Leave several idle connections in both pools, all of which the crash will kill."""

    async def read() -> None:
        async with state.read_engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            await asyncio.sleep(0.05)

    async def write() -> None:
        async with state.session_factory() as db:
            await db.execute(text("SELECT 1"))
            await asyncio.sleep(0.05)

    await asyncio.gather(*(read() for _ in range(connections)))
    await asyncio.gather(*(write() for _ in range(connections)))


@pytest.mark.parametrize("fast_token_lookup", [True, False], ids=["driver", "stock"])
async def test_every_path_works_on_the_first_request_after_a_restart(
    cluster, cluster_database, fast_token_lookup
):
    """Read pool and write pool: no request pays for the connections that died, whichever
    path the token lookup takes."""
    settings = make_settings(cluster_database, fast_token_lookup=fast_token_lookup, **FAST_FAILURE)
    state = AppState.create(settings)
    gql = await _client(state)
    try:
        registered = await gql(REGISTER, {"input": registration()})
        token = registered["data"]["registerUser"]["token"]
        await _fill_pools(state)

        cluster.crash()
        await asyncio.to_thread(cluster.start)

        me = await gql(ME, token=token)
        assert "errors" not in me and me["data"]["me"]["username"] == "ada_lovelace", me
        login = await gql(LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}})
        assert login["data"]["login"]["__typename"] == "AuthSuccess", login
        await _fill_pools(state)

        cluster.crash()
        await asyncio.to_thread(cluster.start)
        variables = {"input": registration(email="b@example.com", username="bob_b1")}
        again = await gql(REGISTER, variables)
        assert again["data"]["registerUser"]["__typename"] == "AuthSuccess", again
    finally:
        await gql.http.aclose()
        await state.close()


async def test_an_outage_answers_typed_errors_and_readiness_follows(cluster, cluster_database):
    state = AppState.create(make_settings(cluster_database, **FAST_FAILURE))
    gql = await _client(state)
    try:
        registered = await gql(REGISTER, {"input": registration()})
        token = registered["data"]["registerUser"]["token"]
        await _fill_pools(state)
        cluster.crash()
        try:
            me = await gql(ME, token=token)
            assert me["data"] == {"me": None} and _unavailable(me), me
            login = await gql(
                LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}
            )
            assert login["data"] is None and _unavailable(login), login
            variables = {"input": registration(email="b@example.com", username="bob_b1")}
            register = await gql(REGISTER, variables)
            assert register["data"] is None and _unavailable(register), register
            ready = await gql.http.get("/readyz")
            assert (ready.status_code, ready.json()) == (
                503,
                {"status": "unavailable", "database": "unreachable"},
            )
        finally:
            await asyncio.to_thread(cluster.start)
        ready = await gql.http.get("/readyz")
        assert (ready.status_code, ready.json()) == (200, {"status": "ready", "database": "ok"})
        assert (await gql(ME, token=token))["data"]["me"]["username"] == "ada_lovelace"
    finally:
        await gql.http.aclose()
        await state.close()


def test_a_crash_under_load_loses_nothing_and_heals_within_two_seconds(
    cluster: PrivateCluster, cluster_database, tmp_path
):
    """A real server under mixed load while PostgreSQL is killed and started again.

    During the outage every answer is fast and typed (``SERVICE_UNAVAILABLE``); once
    PostgreSQL accepts connections again every request succeeds within two seconds, and every
    registration that was acknowledged is there.
    """
    from tests.e2e.server import running_server

    url = cluster_database
    env = {
        "ACCOUNTS_DB_CONNECT_TIMEOUT": "1",
        "ACCOUNTS_DB_STATEMENT_TIMEOUT": "2",
    }
    with running_server(url, tmp_path, env=env) as base:
        load = Load(base)
        load.prepare()
        load.start()
        time.sleep(1.5)
        crashed_at = time.monotonic()
        cluster.crash()
        time.sleep(2.0)
        outage = load.readyz()
        up_at = cluster.start()
        time.sleep(4.0)
        load.stop()

        assert outage == 503
        report = load.report(crashed_at, up_at)
        print(f"\nPostgreSQL restart: {report}")
        assert report["unexpected"] == [], report["unexpected"]
        assert report["slowest_answer_seconds"] < 2.0 + 2.0, report  # statement + connect bound
        assert report["failed_after_recovery"] == [], report["failed_after_recovery"]
        assert (
            report["first_me_after_up"] is not None and report["first_login_after_up"] is not None
        )
        assert report["unavailable_during_outage"] > 0
        assert report["ok_after_recovery"] > 0
        assert load.acknowledged, "no registration was acknowledged"
        for username in load.acknowledged:
            assert load.can_log_in(username), username


@pytest.mark.parametrize("fast_token_lookup", [True, False], ids=["driver", "stock"])
async def test_a_hung_database_answers_every_queued_request_within_the_bound(
    cluster: PrivateCluster, cluster_database, fast_token_lookup
):
    """SIGSTOPped PostgreSQL: hundreds of concurrent token lookups each give up in time.

    Queued lookups wait behind batches that each hang for the statement timeout; the lookup's
    deadline (one connect plus one statement timeout) bounds every caller's wait anyway.
    """
    settings = make_settings(
        cluster_database,
        db_connect_timeout=0.5,
        db_statement_timeout=1.0,
        fast_token_lookup=fast_token_lookup,
    )
    state = AppState.create(settings)
    gql = await _client(state)
    tokens = [f"acct_{secrets.token_urlsafe(32)}" for _ in range(600)]

    async def timed_me(token: str) -> tuple[float, dict]:
        started = time.monotonic()
        body = await gql(ME, token=token)
        return time.monotonic() - started, body

    try:
        assert (await gql(ME, token=tokens[0])) == {"data": {"me": None}}
        cluster.hang()
        try:
            started = time.monotonic()
            credentials = {"identifier": "ada_lovelace", "password": PASSWORD}
            login = await gql(LOGIN, {"input": credentials})
            login_seconds = time.monotonic() - started
            answers = await asyncio.gather(*(timed_me(token) for token in tokens))
        finally:
            cluster.resume()
        assert login["data"] is None and _unavailable(login), login
        assert login_seconds < 2 * 1.5 + 1.5, login_seconds  # a write: twice the bound at most
        assert all(body["data"] == {"me": None} and _unavailable(body) for _, body in answers)
        slowest = max(elapsed for elapsed, _ in answers)
        assert slowest < 1.5 + 2.5, slowest  # the deadline, plus the time to serve 600 requests
        assert (await gql(ME, token=tokens[0])) == {"data": {"me": None}}
    finally:
        await gql.http.aclose()
        await state.close()


async def test_logins_during_an_outage_spend_no_attempt_budget(cluster, cluster_database):
    """A client retrying through a failover must not find itself rate limited afterwards."""
    settings = make_settings(
        cluster_database,
        rate_limit_enabled=True,
        rate_limit_login_per_ip_identifier="3/15 minutes",
        **FAST_FAILURE,
    )
    state = AppState.create(settings)
    gql = await _client(state)
    credentials = {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}
    try:
        await gql(REGISTER, {"input": registration()})
        cluster.crash()
        try:
            during = [await gql(LOGIN, credentials) for _ in range(6)]
        finally:
            await asyncio.to_thread(cluster.start)
        assert all(body["data"] is None and _unavailable(body) for body in during), during
        after = await gql(LOGIN, credentials)
        assert after["data"]["login"]["__typename"] == "AuthSuccess", after
    finally:
        await gql.http.aclose()
        await state.close()
