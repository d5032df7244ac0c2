"""SIGTERM lets in-flight requests finish before the process exits."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import httpx

from tests.conftest import PASSWORD
from tests.e2e.server import free_port, service_env, wait_until_healthy
from tests.helpers import LOGIN, REGISTER, registration

# Expensive enough that a login is still hashing when SIGTERM arrives.
SLOW_ARGON2 = {"ACCOUNTS_ARGON2_TIME_COST": "12", "ACCOUNTS_ARGON2_MEMORY_COST": "131072"}


def hashing(base: str) -> float:
    metrics = httpx.get(f"{base}/metrics", timeout=10).text
    line = next(x for x in metrics.splitlines() if x.startswith("accounts_password_hash_queue "))
    return float(line.split()[1])


def wait_for_hashing(base: str) -> None:
    """Until the service reports a password hash running (its own gauge, not a guess)."""
    deadline = time.monotonic() + 30
    while hashing(base) < 1:
        assert time.monotonic() < deadline, "the login never reached argon2"
        time.sleep(0.01)


def test_sigterm_drains_in_flight_requests(fresh_database, tmp_path):
    url = fresh_database("sqlite")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
        env={**service_env(url), **SLOW_ARGON2, "ACCOUNTS_MEDIA_DIR": str(tmp_path / "media")},
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_healthy(process, base, tmp_path / "server.log")
        registered = httpx.post(
            f"{base}/graphql",
            json={"query": REGISTER, "variables": {"input": registration()}},
            timeout=60,
        ).json()["data"]["registerUser"]
        assert registered["__typename"] == "AuthSuccess"

        started = time.perf_counter()
        httpx.post(f"{base}/graphql", json={"query": "{ __typename }"}, timeout=60)
        result: dict = {}

        def slow_login():
            response = httpx.post(
                f"{base}/graphql",
                json={
                    "query": LOGIN,
                    "variables": {"input": {"identifier": "ada_lovelace", "password": PASSWORD}},
                },
                timeout=60,
            )
            result["status"] = response.status_code
            result["body"] = response.json()

        worker = threading.Thread(target=slow_login)
        worker.start()
        wait_for_hashing(base)  # the login is now in argon2, so it is in flight for sure
        assert worker.is_alive(), "login finished before SIGTERM; the test proves nothing"
        process.send_signal(signal.SIGTERM)
        worker.join(timeout=60)
        assert result["status"] == 200
        assert result["body"]["data"]["login"]["__typename"] == "AuthSuccess"
        # uvicorn re-raises the signal once drained, so "terminated by SIGTERM" is a clean exit
        assert process.wait(timeout=30) in (0, -signal.SIGTERM)
        assert "Finished server process" in (tmp_path / "server.log").read_text()
        assert time.perf_counter() - started < 60
        # no new connections are accepted once it has stopped
        try:
            httpx.get(f"{base}/healthz", timeout=2)
            raise AssertionError("server still answering after shutdown")
        except httpx.TransportError:
            pass
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()
