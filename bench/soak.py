"""The soak: minutes of mixed traffic at about half of capacity, looking for errors and leaks.

Simulated users each run a paced cycle: register, log in, ask ``me`` a few times, update the
profile, log out. Password hashing is what bounds the service, so the pace is set from the
argon2 ceiling measured in the same run: registrations and logins together use about half of
it, and the other operations follow in the cycle's proportions. Every answer is checked (a
GraphQL error is still an HTTP 200), and RSS and open file descriptors of every worker are
read once warmed up and again at the end.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

PASSWORD = "Correct-Horse-9-battery"
ME_PER_CYCLE = 6
HASHES_PER_CYCLE = 2  # registerUser and login
WARM_UP_SECONDS = 20

REGISTER = (
    "mutation R($input: RegisterUserInput!) { registerUser(input: $input) "
    "{ __typename ... on AuthSuccess { token } } }"
)
LOGIN = (
    "mutation L($input: LoginInput!) { login(input: $input) "
    "{ __typename ... on AuthSuccess { token } } }"
)
ME = "{ me { id username } }"
UPDATE = (
    "mutation U($input: UpdateUserInput!) { updateUser(input: $input) "
    "{ __typename ... on UpdateUserSuccess { user { bio } } } }"
)
LOGOUT = "mutation { logout { __typename ... on LogoutSuccess { revokedSessions } } }"


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def resources(pids: list[int]) -> list[dict[str, float]]:
    return [{"pid": pid, "rss_mb": rss_mb(pid), "open_fds": open_fds(pid)} for pid in pids]


class Soak:
    def __init__(self, base: str, cycles_per_second: float) -> None:
        self.base = base
        self.cycle_interval = 1 / cycles_per_second
        self.outcomes: Counter[str] = Counter()
        self.errors: list[str] = []
        self.latencies: list[float] = []

    async def _call(
        self,
        client: httpx.AsyncClient,
        name: str,
        query: str,
        variables: dict[str, Any] | None = None,
        token: str | None = None,
    ) -> dict[str, Any] | None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        started = time.monotonic()
        try:
            response = await client.post(
                "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
            )
            body: dict[str, Any] = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            self._error(name, f"{type(exc).__name__}: {exc}")
            return None
        self.latencies.append(time.monotonic() - started)
        if response.status_code != 200 or body.get("errors"):
            self._error(name, f"HTTP {response.status_code}: {str(body)[:300]}")
            return None
        self.outcomes[name] += 1
        data: dict[str, Any] = body["data"]
        return data

    def _error(self, name: str, detail: str) -> None:
        self.outcomes[f"{name} error"] += 1
        if len(self.errors) < 20:
            self.errors.append(f"{name}: {detail}")

    async def cycle(self, client: httpx.AsyncClient) -> None:
        name = f"soak_{uuid.uuid4().hex[:12]}"
        registration = {
            "email": f"{name}@example.com",
            "username": name,
            "password": PASSWORD,
            "passwordConfirmation": PASSWORD,
            "firstName": "Soak",
            "lastName": "User",
        }
        data = await self._call(client, "register", REGISTER, {"input": registration})
        if data is None or data["registerUser"]["__typename"] != "AuthSuccess":
            if data is not None:
                self._error("register", str(data))
            return
        credentials = {"identifier": name, "password": PASSWORD}
        data = await self._call(client, "login", LOGIN, {"input": credentials})
        if data is None or data["login"]["__typename"] != "AuthSuccess":
            if data is not None:
                self._error("login", str(data))
            return
        token = data["login"]["token"]
        for _ in range(ME_PER_CYCLE):
            data = await self._call(client, "me", ME, token=token)
            if data is not None and (data["me"] or {}).get("username") != name:
                self._error("me", str(data))
        update = {"input": {"bio": f"soaked at {time.time():.0f}"}}
        data = await self._call(client, "updateUser", UPDATE, update, token=token)
        if data is not None and data["updateUser"]["__typename"] != "UpdateUserSuccess":
            self._error("updateUser", str(data))
        data = await self._call(client, "logout", LOGOUT, token=token)
        if data is not None and data["logout"] != {
            "__typename": "LogoutSuccess",
            "revokedSessions": 1,
        }:
            self._error("logout", str(data))

    async def run(self, seconds: float) -> None:
        """Start one cycle every ``cycle_interval`` seconds until ``seconds`` have passed."""
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
        async with httpx.AsyncClient(base_url=self.base, timeout=60, limits=limits) as client:
            running: set[asyncio.Task[None]] = set()
            deadline = time.monotonic() + seconds
            next_start = time.monotonic()
            while next_start < deadline:
                task = asyncio.create_task(self.cycle(client))
                running.add(task)
                task.add_done_callback(running.discard)
                next_start += self.cycle_interval
                await asyncio.sleep(max(0.0, next_start - time.monotonic()))
            await asyncio.gather(*running)


def soak(
    base: str,
    worker_pids: Callable[[], list[int]],
    argon2_ceiling_per_second: float,
    seconds: float,
) -> dict[str, Any]:
    cycles_per_second = argon2_ceiling_per_second / 2 / HASHES_PER_CYCLE
    print(
        f"  soak: {seconds:.0f} s, {cycles_per_second:.2f} user cycles/s "
        f"(register, login, {ME_PER_CYCLE}x me, updateUser, logout)",
        flush=True,
    )
    warm = Soak(base, cycles_per_second)
    asyncio.run(warm.run(min(WARM_UP_SECONDS, seconds / 5)))
    start = resources(worker_pids())
    measured = Soak(base, cycles_per_second)
    began = time.monotonic()
    asyncio.run(measured.run(seconds))
    elapsed = time.monotonic() - began
    end = resources(worker_pids())
    latencies = sorted(measured.latencies)
    errors = sum(n for key, n in measured.outcomes.items() if key.endswith(" error"))
    result = {
        "seconds": round(elapsed, 1),
        "cycles_per_second": round(cycles_per_second, 2),
        "requests": len(latencies) + errors,
        "requests_per_second": round((len(latencies) + errors) / elapsed, 1),
        "errors": errors,
        "error_samples": measured.errors,
        "outcomes": dict(measured.outcomes),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 2) if latencies else None,
        "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 2) if latencies else None,
        "workers_start": start,
        "workers_end": end,
        "warm_up_errors": sum(n for key, n in warm.outcomes.items() if key.endswith(" error")),
    }
    print(
        f"  soak: {result['requests']} requests, {errors} errors, p99 {result['p99_ms']} ms; "
        f"workers at start {start}, at end {end}",
        flush=True,
    )
    return result
