"""``accounts serve --workers N`` for real: N uvicorn workers that share the cores for hashing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import PASSWORD
from tests.e2e.server import free_port, service_env, wait_until_healthy
from tests.helpers import LOGIN, REGISTER, registration


def workers_of(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [
        int(child)
        for child in children
        if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes()
    ]


def environ(pid: int) -> dict[str, str]:
    items = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in items if b"=" in item)


def test_two_workers_serve_and_share_the_hashing_threads(fresh_database, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "server.log"
    env = service_env(fresh_database("sqlite"))
    env.pop("ACCOUNTS_HASH_CONCURRENCY", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", "2"],
        env=env,
        cwd=tmp_path,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_healthy(process, base, log)
        deadline = time.monotonic() + 30
        while len(workers_of(process.pid)) < 2:
            assert time.monotonic() < deadline, "two workers never started"
            time.sleep(0.1)
        workers = workers_of(process.pid)
        assert len(workers) == 2
        expected = str(max(1, (os.cpu_count() or 1) // 2))
        assert [environ(pid).get("ACCOUNTS_HASH_CONCURRENCY") for pid in workers] == [expected] * 2

        with httpx.Client(base_url=base, timeout=30) as client:
            body = {"query": REGISTER, "variables": {"input": registration()}}
            assert client.post("/graphql", json=body).json()["data"]["registerUser"]["token"]
        # A worker killed outright is replaced, and the service keeps answering meanwhile.
        os.kill(workers[0], signal.SIGKILL)
        login = {
            "query": LOGIN,
            "variables": {"input": {"identifier": "ada_lovelace", "password": PASSWORD}},
        }
        for _ in range(10):  # fresh connections, spread over whichever workers are up
            response = httpx.post(f"{base}/graphql", json=login, timeout=30)
            assert response.json()["data"]["login"]["__typename"] == "AuthSuccess"
        deadline = time.monotonic() + 30
        while len(replaced := workers_of(process.pid)) < 2 or workers[0] in replaced:
            assert time.monotonic() < deadline, "the killed worker was not replaced"
            time.sleep(0.1)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
