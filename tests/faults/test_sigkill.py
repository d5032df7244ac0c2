"""SIGKILL of a serving process mid-load: every acknowledged registration survives."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import uuid

import httpx
import pytest

from tests.conftest import PASSWORD
from tests.e2e.server import free_port, service_env, wait_until_healthy
from tests.helpers import LOGIN, REGISTER, registration


def serve(database_url: str, workdir, name: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = workdir / f"{name}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=service_env(database_url),
        cwd=workdir,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_healthy(process, base, log)
    return process, base


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_acknowledged_registrations_survive_sigkill(backend, fresh_database, tmp_path):
    url = fresh_database(backend)
    process, base = serve(url, tmp_path, "first")
    acknowledged: list[str] = []
    stop = threading.Event()

    def register() -> None:
        with httpx.Client(base_url=base, timeout=10) as client:
            while not stop.is_set():
                username = f"user_{uuid.uuid4().hex[:10]}"
                variables = {"input": registration(username=username, email=f"{username}@x.org")}
                try:
                    response = client.post(
                        "/graphql", json={"query": REGISTER, "variables": variables}
                    )
                except httpx.HTTPError:
                    return  # the process is gone: this answer never arrived
                if response.json()["data"]["registerUser"]["__typename"] == "AuthSuccess":
                    acknowledged.append(username)

    threads = [threading.Thread(target=register) for _ in range(4)]
    try:
        for thread in threads:
            thread.start()
        while len(acknowledged) < 20:
            threading.Event().wait(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        if process.poll() is None:
            process.kill()

    restarted, base = serve(url, tmp_path, "second")
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for username in acknowledged:
                variables = {"input": {"identifier": username, "password": PASSWORD}}
                body = client.post("/graphql", json={"query": LOGIN, "variables": variables})
                assert body.json()["data"]["login"]["__typename"] == "AuthSuccess", username
    finally:
        restarted.terminate()
        restarted.wait(timeout=15)
