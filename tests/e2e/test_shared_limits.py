"""Two service processes sharing one PostgreSQL and one Redis share one attempt budget."""

from __future__ import annotations

import httpx

from tests.conftest import PASSWORD
from tests.e2e.server import running_server
from tests.helpers import LOGIN, LOGOUT, ME, REGISTER, registration


def login(base: str, password: str) -> str:
    response = httpx.post(
        f"{base}/graphql",
        json={
            "query": LOGIN,
            "variables": {"input": {"identifier": "ada_lovelace", "password": password}},
        },
        timeout=30,
    )
    assert response.status_code == 200
    result: str = response.json()["data"]["login"]["__typename"]
    return result


def test_two_processes_share_one_budget(fresh_database, redis_settings, tmp_path):
    url = fresh_database("postgresql")
    env = {
        "ACCOUNTS_RATE_LIMIT_ENABLED": "true",
        "ACCOUNTS_REDIS_URL": redis_settings["redis_url"],
        "ACCOUNTS_RATE_LIMIT_KEY_PREFIX": redis_settings["rate_limit_key_prefix"],
        "ACCOUNTS_RATE_LIMIT_LOGIN_PER_IP_IDENTIFIER": "4/15 minutes",
    }
    with (
        running_server(url, tmp_path, env=env) as first,
        running_server(url, tmp_path, env=env) as second,
    ):
        registered = httpx.post(
            f"{first}/graphql",
            json={"query": REGISTER, "variables": {"input": registration()}},
            timeout=30,
        ).json()["data"]["registerUser"]
        assert registered["__typename"] == "AuthSuccess"
        answers = [login(base, "Wrong-Password-1") for base in (first, second, first, second)]
        assert answers == ["InvalidCredentials"] * 4
        # the budget is spent on both processes, even for the right password
        assert login(first, PASSWORD) == "RateLimited"
        assert login(second, PASSWORD) == "RateLimited"


def test_processes_without_redis_count_separately(fresh_database, tmp_path):
    """The memory store is per process: what the README says about scaling out."""
    url = fresh_database("sqlite")
    env = {
        "ACCOUNTS_RATE_LIMIT_ENABLED": "true",
        "ACCOUNTS_RATE_LIMIT_LOGIN_PER_IP_IDENTIFIER": "2/15 minutes",
    }
    with (
        running_server(url, tmp_path, env=env) as first,
        running_server(url, tmp_path, env=env) as second,
    ):
        httpx.post(
            f"{first}/graphql",
            json={"query": REGISTER, "variables": {"input": registration()}},
            timeout=30,
        )
        assert [login(first, "Wrong-Password-1") for _ in range(3)][-1] == "RateLimited"
        assert login(second, "Wrong-Password-1") == "InvalidCredentials"


def test_a_logout_on_one_process_is_seen_by_the_other_at_once(
    fresh_database, redis_settings, tmp_path
):
    url = fresh_database("postgresql")
    env = {
        "ACCOUNTS_REDIS_URL": redis_settings["redis_url"],
        "ACCOUNTS_RATE_LIMIT_KEY_PREFIX": redis_settings["rate_limit_key_prefix"],
    }
    with (
        running_server(url, tmp_path, env=env) as first,
        running_server(url, tmp_path, env=env) as second,
    ):

        def call(base: str, query: str, variables=None, token: str | None = None) -> dict:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = httpx.post(
                f"{base}/graphql",
                json={"query": query, "variables": variables or {}},
                headers=headers,
                timeout=30,
            )
            body: dict = response.json()
            return body

        token = call(first, REGISTER, {"input": registration()})["data"]["registerUser"]["token"]
        assert call(second, ME, token=token)["data"]["me"]["username"] == "ada_lovelace"
        logout = call(first, LOGOUT, token=token)["data"]["logout"]
        assert logout == {"__typename": "LogoutSuccess", "revokedSessions": 1}
        assert call(second, ME, token=token) == {"data": {"me": None}}
        assert call(first, ME, token=token) == {"data": {"me": None}}
