"""CPU of the serving process per login, with a near-free hash so the request path shows.

`make bench` divides login throughput by the argon2 ceiling, which hides a change of a few
milliseconds per login under ~140 ms of hashing and under the noise of a shared machine. This
counts what the request path itself costs instead: one uvicorn worker on SQLite (so the
database work is in the same process), argon2 at t=1, 64 KiB, p=1, and the CPU time (user +
system, all threads) the process used for ``--logins`` logins at concurrency 4, read from
``/proc`` after the courier has finished. CPU time barely depends on what else the machine
runs, so two trees can be compared on a busy machine by alternating runs:

    .venv/bin/python -m bench.login_cpu --logins 400
    .venv/bin/python -m bench.login_cpu --logins 400 --fresh-user-agents   # a notice each
    .venv/bin/python -m bench.login_cpu --logins 100 --production-hash

``--production-hash`` keeps argon2-cffi's default cost and also counts the CPU of bare
``PasswordHasher.verify`` calls in this process: CPU per verify ÷ CPU per login is what
`make bench`'s "login / argon2-cffi ceiling" approaches when the machine is saturated, read
from CPU time instead of throughput.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from bench.processes import PASSWORD, PYTHON, ROOT, free_port

CONCURRENCY = 4
WARM_UP = 20
REGISTER = "mutation R($input: RegisterUserInput!) { registerUser(input: $input) { __typename } }"
LOGIN = "mutation L($input: LoginInput!) { login(input: $input) { __typename } }"


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(base: str, pid: int, logins: int, fresh_user_agents: bool) -> float:
    url = f"{base}/graphql"
    async with httpx.AsyncClient(timeout=30) as client:
        for _ in range(200):
            try:
                if (await client.get(f"{base}/healthz")).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.05)
        names = [f"cpu_user_{i}" for i in range(CONCURRENCY)]
        for name in names:
            registration = {
                "username": name,
                "email": f"{name}@example.com",
                "password": PASSWORD,
                "passwordConfirmation": PASSWORD,
                "firstName": "Cpu",
                "lastName": "Bench",
            }
            body = (
                await client.post(
                    url, json={"query": REGISTER, "variables": {"input": registration}}
                )
            ).json()
            assert body["data"]["registerUser"]["__typename"] == "AuthSuccess", body

        async def log_in(name: str, count: int, round_name: str) -> None:
            for i in range(count):
                agent = f"login-cpu/{round_name}-{i}" if fresh_user_agents else "login-cpu"
                variables = {"input": {"identifier": name, "password": PASSWORD}}
                response = await client.post(
                    url,
                    headers={"User-Agent": agent},
                    json={"query": LOGIN, "variables": variables},
                )
                assert response.json()["data"]["login"]["__typename"] == "AuthSuccess", (
                    response.text
                )

        await asyncio.gather(*(log_in(name, WARM_UP, "warm") for name in names))
        await asyncio.sleep(1.5)
        before = cpu_seconds(pid)
        await asyncio.gather(*(log_in(name, logins // CONCURRENCY, "run") for name in names))
        await asyncio.sleep(1.5)  # the courier delivers what the logins queued
        return (cpu_seconds(pid) - before) / (logins // CONCURRENCY * CONCURRENCY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logins", type=int, default=400)
    parser.add_argument("--fresh-user-agents", action="store_true")
    parser.add_argument("--production-hash", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="login-cpu-") as workdir:
        work = Path(workdir)
        env = dict(
            os.environ,
            ACCOUNTS_DATABASE_URL=f"sqlite+aiosqlite:///{work / 'accounts.db'}",
            ACCOUNTS_RATE_LIMIT_ENABLED="false",
            ACCOUNTS_MAIL_DIR=str(work / "mail"),
            ACCOUNTS_MEDIA_DIR=str(work / "media"),
            ACCOUNTS_SECRET_KEY="login-cpu-" + "k" * 32,
            ACCOUNTS_LOG_LEVEL="WARNING",
        )
        if not args.production_hash:
            env |= {
                "ACCOUNTS_ARGON2_TIME_COST": "1",
                "ACCOUNTS_ARGON2_MEMORY_COST": "64",
                "ACCOUNTS_ARGON2_PARALLELISM": "1",
            }
        command = [PYTHON, "-m", "service.cli"]
        subprocess.run([*command, "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen(
            [*command, "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            started = time.perf_counter()
            per_login = asyncio.run(
                measure(f"http://127.0.0.1:{port}", server.pid, args.logins, args.fresh_user_agents)
            )
        finally:
            server.terminate()
            server.wait()
    print(
        f"CPU per login: {per_login * 1000:.2f} ms "
        f"({args.logins} logins, fresh user agents: {args.fresh_user_agents}, "
        f"{time.perf_counter() - started:.0f} s)"
    )
    if args.production_hash:
        per_verify = verify_cpu(args.logins // 2)
        print(
            f"CPU per argon2-cffi verify: {per_verify * 1000:.2f} ms; "
            f"verify / login: {per_verify / per_login:.3f}"
        )


def verify_cpu(count: int) -> float:
    """CPU seconds of one bare ``PasswordHasher.verify`` at argon2-cffi's defaults, run on as
    many threads at once as the service hashes on (one per core), as its logins are."""
    from concurrent.futures import ThreadPoolExecutor

    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    digest = hasher.hash(PASSWORD)
    threads = os.cpu_count() or 1
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda _: hasher.verify(digest, PASSWORD), range(threads)))
        before = time.process_time()
        list(pool.map(lambda _: hasher.verify(digest, PASSWORD), range(count)))
        return (time.process_time() - before) / count


if __name__ == "__main__":
    main()
