"""Processes for the bench: servers on loopback, databases, the service's environment."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "lua"
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
PASSWORD = "Correct-Horse-9-battery"
POSTGRES_ADMIN = os.environ.get(
    "BENCH_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, command: list[str], env: dict[str, str], port: int, log: Path) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.log = log.open("w")
        self.process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT
        )

    def wait(self, path: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: see {self.log.name}")
            try:
                if httpx.get(self.base + path, timeout=2).status_code < 500:
                    time.sleep(0.5)  # let every worker finish starting
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        kids = [int(p) for p in children.read_text().split()] if children.exists() else []
        # uvicorn --workers N: a supervisor plus N workers (and a resource tracker)
        workers = [pid for pid in kids if "multiprocessing.resource_tracker" not in cmdline(pid)]
        return workers or [self.process.pid]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def serve(kind: str, workers: int, env: dict[str, str], workdir: Path) -> Iterator[Server]:
    port = free_port()
    if kind == "accounts":
        command = [
            PYTHON,
            "-m",
            "service.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ]
        health = "/healthz"
    else:
        command = [
            PYTHON,
            "-m",
            "uvicorn",
            f"bench.floors:{kind}_app",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        health = "/"
    server = Server(command, env, port, workdir / f"{kind}-{workers}-{port}.log")
    try:
        server.wait(health)
        yield server
    finally:
        server.stop()


SERVICE_OVERRIDES: dict[str, str] = {}


def service_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCOUNTS_")}
    env.update(
        ACCOUNTS_DATABASE_URL=database_url,
        ACCOUNTS_RATE_LIMIT_ENABLED="false",
        ACCOUNTS_LOG_LEVEL="warning",
        ACCOUNTS_MEDIA_DIR=str(RESULTS / "media.tmp"),
    )
    env.update(SERVICE_OVERRIDES)
    env.update(extra)
    return env


def graphql(base: str, query: str, token: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(base + "/graphql", json={"query": query}, headers=headers, timeout=60)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def register(base: str, name: str) -> str:
    body = graphql(
        base,
        f'mutation {{ registerUser(input: {{email: "{name}@example.com", username: "{name}", password: "{PASSWORD}",'
        f' passwordConfirmation: "{PASSWORD}", firstName: "Bench", lastName: "User"}}) '
        "{ __typename ... on AuthSuccess { token } } }",
    )
    result = body["data"]["registerUser"]
    if result["__typename"] != "AuthSuccess":
        body = graphql(
            base,
            f'mutation {{ login(input: {{identifier: "{name}", password: "{PASSWORD}"}}) '
            "{ ... on AuthSuccess { token } } }",
        )
        return str(body["data"]["login"]["token"])
    return str(result["token"])


ME_QUERY = "{ me { username } }"
ME_TOKENS = 32


def check_tokens(base: str, tokens: list[str]) -> None:
    """Every token the `me` runs use resolves to an account (a GraphQL error is still a 200)."""
    for token in tokens:
        me = graphql(base, ME_QUERY, token)["data"]["me"]
        if not me or not me.get("username"):
            raise RuntimeError(f"token does not resolve to an account: {me}")


def drain_hashing(base: str) -> None:
    """Wait until logins left queued by a flood have been hashed.

    They would overlap the next idle run. One more login waits its turn behind them (or is
    shed with RateLimited while the queue is still full, and tried again); with several
    workers the other one's queue is about as long, so it gets a moment more.
    """
    deadline = time.monotonic() + 120
    query = (
        f'mutation {{ login(input: {{identifier: "bench_login_user", password: "{PASSWORD}"}}) '
        "{ __typename } }"
    )
    while graphql(base, query)["data"]["login"]["__typename"] != "AuthSuccess":
        if time.monotonic() > deadline:
            raise RuntimeError("the hash queue did not drain")
        time.sleep(0.25)
    time.sleep(1)


def migrate(database_url: str) -> None:
    subprocess.run(
        [PYTHON, "-m", "service.cli", "migrate"],
        env=service_env(database_url),
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


@contextmanager
def database(backend: str, workdir: Path) -> Iterator[str]:
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{workdir}/bench-{uuid.uuid4().hex[:8]}.db"
        migrate(url)
        yield url
        return
    import asyncpg

    name = f"accounts_bench_{uuid.uuid4().hex[:10]}"

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect(POSTGRES_ADMIN)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    url = (
        POSTGRES_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        + f"/{name}"
    )
    try:
        migrate(url)
        yield url
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
