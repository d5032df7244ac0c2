"""End to end: a real uvicorn process on loopback, driven over HTTP with httpx."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import PASSWORD
from tests.e2e.server import running_server
from tests.helpers import (
    CHANGE_PASSWORD,
    LOGIN,
    LOGOUT,
    LOGOUT_ALL,
    ME,
    REGISTER,
    SESSIONS,
    UPDATE,
    password_change,
    registration,
)

NEW_PASSWORD = "Quixotic-Lantern-77"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory, fresh_database):
    """A real server on each backend (``fresh_database`` migrates a new database)."""
    workdir = tmp_path_factory.mktemp("e2e")
    with running_server(fresh_database(request.param), workdir) as base:
        yield base


def call(client: httpx.Client, query: str, variables=None, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_full_account_lifecycle_over_http(server):
    with httpx.Client(base_url=server, timeout=30) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        assert client.get("/readyz").json() == {"status": "ready", "database": "ok"}

        registered = call(client, REGISTER, {"input": registration()})["data"]["registerUser"]
        assert registered["__typename"] == "AuthSuccess"

        by_email = call(
            client, LOGIN, {"input": {"identifier": "ada@example.com", "password": PASSWORD}}
        )
        by_username = call(
            client, LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}
        )
        t1, t2 = by_email["data"]["login"]["token"], by_username["data"]["login"]["token"]

        assert call(client, ME, token=t1)["data"]["me"]["email"] == "ada@example.com"
        sessions = call(client, SESSIONS, token=t1)["data"]["sessions"]
        assert len(sessions) == 3 and all(s["ipAddress"] == "127.0.0.1" for s in sessions)
        assert all(s["userAgent"].startswith("python-httpx/") for s in sessions)

        assert call(client, LOGOUT, token=t1)["data"]["logout"]["revokedSessions"] == 1
        assert call(client, ME, token=t1)["data"]["me"] is None
        assert call(client, LOGOUT_ALL, token=t2)["data"]["logoutAll"]["revokedSessions"] == 2
        assert call(client, ME, token=registered["token"])["data"]["me"] is None

        token = call(
            client, LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}
        )["data"]["login"]["token"]
        updated = call(
            client,
            UPDATE,
            {"input": {"bio": "First programmer", "username": "countess_ada"}},
            token=token,
        )["data"]["updateUser"]
        assert updated["__typename"] == "UpdateUserSuccess"
        assert updated["user"]["username"] == "countess_ada"

        changed = call(
            client,
            CHANGE_PASSWORD,
            password_change(PASSWORD, NEW_PASSWORD),
            token=token,
        )["data"]["changePassword"]
        assert changed["__typename"] == "AuthSuccess"
        assert call(client, ME, token=token)["data"]["me"] is None
        assert call(client, ME, token=changed["token"])["data"]["me"]["bio"] == "First programmer"
        relogin = call(
            client, LOGIN, {"input": {"identifier": "countess_ada", "password": NEW_PASSWORD}}
        )
        assert relogin["data"]["login"]["__typename"] == "AuthSuccess"


def test_graphiql_is_served_in_development(server):
    response = httpx.get(f"{server}/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_bad_requests_are_4xx_not_5xx(server):
    with httpx.Client(base_url=server) as client:
        assert (
            client.post(
                "/graphql", content=b"{not json", headers={"content-type": "application/json"}
            ).status_code
            == 400
        )
        assert (
            client.post(
                "/graphql", content=b"query", headers={"content-type": "text/plain"}
            ).status_code
            == 400
        )
        assert client.put("/graphql", json={"query": "{ me { id } }"}).status_code == 405
