"""A Redis outage: logins go on and stay limited, and counting returns to Redis by itself."""

from __future__ import annotations

import time

import httpx

from tests.conftest import PASSWORD
from tests.e2e.server import running_server
from tests.faults.servers import PrivateRedis
from tests.helpers import LOGIN, REGISTER, registration

PREFIX = "accounts-fault"


def login(base: str, password: str) -> str:
    variables = {"input": {"identifier": "ada_lovelace", "password": password}}
    response = httpx.post(
        f"{base}/graphql", json={"query": LOGIN, "variables": variables}, timeout=30
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    typename: str = body["data"]["login"]["__typename"]
    return typename


def keys_in(redis: PrivateRedis) -> int:
    """Attempt counters in Redis (not the store's own write probe)."""
    keys = redis.client().scan_iter(match=f"{PREFIX}:*")
    return sum(1 for key in keys if b"store-probe" not in key)


def store(base: str) -> dict:
    response = httpx.get(f"{base}/readyz", timeout=10)
    assert response.status_code == 200, response.text
    body: dict = response.json()
    return body


def test_logins_survive_a_redis_restart_and_stay_limited(
    fresh_database, private_redis: PrivateRedis, tmp_path
):
    env = {
        "ACCOUNTS_RATE_LIMIT_ENABLED": "true",
        "ACCOUNTS_REDIS_URL": private_redis.url,
        "ACCOUNTS_RATE_LIMIT_KEY_PREFIX": PREFIX,
        "ACCOUNTS_RATE_LIMIT_LOGIN_PER_IP_IDENTIFIER": "3/15 minutes",
        "ACCOUNTS_REDIS_TIMEOUT": "0.5",
        "ACCOUNTS_REDIS_RETRY_INTERVAL": "0.2",
        "ACCOUNTS_LOG_FORMAT": "text",
    }
    with running_server(fresh_database("sqlite"), tmp_path, env=env) as base:
        body = {"query": REGISTER, "variables": {"input": registration()}}
        registered = httpx.post(f"{base}/graphql", json=body, timeout=30).json()
        assert registered["data"]["registerUser"]["__typename"] == "AuthSuccess"
        assert login(base, "Wrong-Password-1") == "InvalidCredentials"
        assert keys_in(private_redis) > 0
        assert store(base)["rate_limit_store"] == "redis"

        private_redis.kill()
        # Logins work, and are still limited (in this process's memory).
        assert login(base, PASSWORD) == "AuthSuccess"
        answers = [login(base, "Wrong-Password-1") for _ in range(4)]
        assert answers == ["InvalidCredentials"] * 3 + ["RateLimited"]
        during = store(base)
        assert (during["status"], during["rate_limit_store"], during["redis"]) == (
            "ready",
            "memory",
            "unreachable",
        )
        metrics = httpx.get(f"{base}/metrics", timeout=10).text
        assert "accounts_rate_limit_store_fallback 1.0" in metrics
        assert "accounts_rate_limit_store_failovers_total 1.0" in metrics

        started = private_redis.start()
        while store(base)["rate_limit_store"] != "redis":
            assert time.monotonic() - started < 5, "counting did not return to Redis"
            time.sleep(0.05)
        back_after = time.monotonic() - started
        assert keys_in(private_redis) == 0  # a fresh Redis: nothing counted there yet
        assert login(base, "Wrong-Password-1") == "InvalidCredentials"
        assert keys_in(private_redis) > 0
        metrics = httpx.get(f"{base}/metrics", timeout=10).text
        assert "accounts_rate_limit_store_fallback 0.0" in metrics
        print(
            f"\nRedis restart: counting back in Redis {back_after:.2f} s after it accepted connections"
        )

    log = next(tmp_path.glob("server-*.log")).read_text()
    assert log.count("rate-limit store unreachable") == 1, log
    assert log.count("rate-limit store reachable again") == 1, log
