"""`make bench`: measure the service against its floors, on SQLite and PostgreSQL.

Starts every server it needs (uvicorn on loopback), drives them with wrk, runs each scenario
at least twice and reports both runs, prints one table and writes bench/results/latest.json.
Numbers are ratios measured in the same run on the same machine:

- me / bare Strawberry: authenticated ``me`` throughput over a bare Strawberry
  ``{ __typename }`` (Strawberry's defaults: no caches, no database) measured just before and
  after each ``me`` run.
- login / argon2 ceiling: ``login`` throughput over cores / CPU seconds of one verify,
  measured just before and after each login run.
- flood p99 / idle p99: ``me`` p99 latency while a login flood keeps the hash pool full.
- token lookup at 1 M sessions / at 1 k (PostgreSQL): ``me`` p50 latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import argon2
import httpx

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "lua"
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
PASSWORD = "Correct-Horse-9-battery"
POSTGRES_ADMIN = os.environ.get(
    "BENCH_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/postgres"
)


# -- processes ---------------------------------------------------------------------------------


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


def wrk(
    url: str, script: str, seconds: float, threads: int, connections: int, **env: str
) -> dict[str, float]:
    result = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{int(seconds)}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA / script),
            url,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "BENCH_LUA_DIR": str(LUA), **env},
        timeout=seconds + 60,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed: {result.stdout}\n{result.stderr}")
    data: dict[str, float] = json.loads(lines[-1])
    return data


# -- the account service -----------------------------------------------------------------------


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


def soak_run(seconds: float, argon2: dict[str, Any], workdir: Path) -> dict[str, Any]:
    from soak import soak

    with (
        database("postgresql", workdir) as url,
        serve("accounts", 2, service_env(url), workdir) as server,
    ):
        return soak(server.base, server.worker_pids, argon2["ceiling_per_second"], seconds)


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


# -- measurements ------------------------------------------------------------------------------


def _cpu_per_call(fn: Callable[[], object], count: int) -> tuple[float, float]:
    fn()  # first call outside the timing: the service's path maps its memory here
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for _ in range(count):
        fn()
    return (time.process_time() - cpu_start) / count, (time.perf_counter() - wall_start) / count


def argon2_ceiling(count: int = 20) -> dict[str, Any]:
    """Cores / CPU seconds of one verify at the configured parameters.

    ``ceiling_per_second`` times argon2-cffi's own ``PasswordHasher.verify``, the reference a
    service built on the library gets. ``service_ceiling_per_second`` times the service's
    cheapest verify: the same Argon2id on memory kept between hashes, one lane thread (what
    each hash gets while the cores are all hashing). Login against it shows what the rest of a
    login costs.
    """
    sys.path.insert(0, str(ROOT))
    from service.accounts import argon2id
    from service.config import Settings

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    reference = argon2.PasswordHasher(
        time_cost=settings.argon2_time_cost,
        memory_cost=settings.argon2_memory_cost,
        parallelism=settings.argon2_parallelism,
        type=argon2.Type.ID,
    )
    digest = reference.hash(PASSWORD)
    cpu, wall = _cpu_per_call(lambda: reference.verify(digest, PASSWORD), count)
    password = PASSWORD.encode()
    own_cpu, _ = _cpu_per_call(lambda: argon2id.verify_password(digest, password, threads=1), count)
    cores = os.cpu_count() or 1
    return {
        "cpu_seconds_per_verify": cpu,
        "wall_seconds_per_verify": wall,
        "service_cpu_seconds_per_verify": own_cpu,
        "cores": cores,
        "ceiling_per_second": cores / cpu,
        "service_ceiling_per_second": cores / own_cpu,
        "parameters": f"t={settings.argon2_time_cost} m={settings.argon2_memory_cost} p={settings.argon2_parallelism}",
    }


LOGIN_SECONDS = 10.0  # ten verifies a second: long runs keep the start-up edge small


def login_run(url: str, seconds: float) -> dict[str, Any]:
    """``login`` throughput against the argon2 ceiling measured right before and after it.

    The ceiling is measured next to each run because a shared machine's speed drifts: a
    ceiling from minutes earlier would credit or blame the service for the drift.
    """
    before = argon2_ceiling(10)
    result: dict[str, Any] = wrk(
        url,
        "login.lua",
        max(seconds, LOGIN_SECONDS),
        2,
        8,
        IDENTIFIER="bench_login_user",
        PASSWORD=PASSWORD,
    )
    after = argon2_ceiling(10)
    for key in ("ceiling_per_second", "service_ceiling_per_second"):
        result[f"argon2_{key}"] = (before[key] + after[key]) / 2
    return result


def twice(label: str, runs: int, measure) -> list[dict[str, float]]:
    results = []
    for index in range(runs):
        result = measure()
        results.append(result)
        print(
            f"  {label} run {index + 1}: {result['rps']:.1f} req/s, p50 {result['p50_ms']:.2f} ms, "
            f"p99 {result['p99_ms']:.2f} ms, non-2xx {int(result['non_2xx'])}",
            flush=True,
        )
    return results


def me_next_to_floor(
    runs: int, me: Callable[[], dict[str, Any]], bare: Callable[[], dict[str, Any]]
) -> list[dict[str, Any]]:
    """``me`` runs, each between two runs of the bare Strawberry floor on the same workers.

    Like the argon2 ceiling next to each login run: the floor a ``me`` run is divided by is
    the mean of the floor just before and just after it, so the machine's drift over the
    minutes between the floors section and this backend does not enter the ratio.
    """
    floors = [bare()]
    results = []
    for index in range(runs):
        result = me()
        floors.append(bare())
        result["bare_strawberry_before_rps"] = floors[-2]["rps"]
        result["bare_strawberry_after_rps"] = floors[-1]["rps"]
        result["bare_strawberry_rps"] = (floors[-2]["rps"] + floors[-1]["rps"]) / 2
        results.append(result)
        print(
            f"  me run {index + 1}: {result['rps']:.1f} req/s, p50 {result['p50_ms']:.2f} ms, "
            f"p99 {result['p99_ms']:.2f} ms, non-2xx {int(result['non_2xx'])}; bare Strawberry "
            f"next to it {result['bare_strawberry_rps']:.1f} req/s",
            flush=True,
        )
    return results


def mean(results: list[dict[str, float]], key: str) -> float:
    return statistics.fmean(r[key] for r in results)


def service_scenarios(
    backend: str, workers: int, seconds: float, runs: int, workdir: Path
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with (
        database(backend, workdir) as url,
        serve("accounts", workers, service_env(url), workdir) as server,
        serve("strawberry", workers, dict(os.environ), workdir) as floor,
    ):
        tokens = [register(server.base, f"bench_me_user_{i:02d}") for i in range(ME_TOKENS)]
        check_tokens(server.base, tokens)
        register(server.base, "bench_login_user")
        gql = server.base + "/graphql"
        joined = ",".join(tokens)
        me = lambda c=16, t=2, s=seconds: wrk(gql, "me.lua", s, t, c, TOKENS=joined)  # noqa: E731
        bare = lambda: wrk(floor.base + "/", "typename.lua", seconds, 2, 16)  # noqa: E731
        out["me"] = me_next_to_floor(runs, me, bare)
        out["rss_mb_after_me"] = [sum(rss_mb(p) for p in server.worker_pids())]
        out["me_again"] = twice("me (repeat, memory check)", runs, me)
        out["rss_mb_after_me"].append(sum(rss_mb(p) for p in server.worker_pids()))
        out["rss_mb_per_worker"] = [round(rss_mb(p), 1) for p in server.worker_pids()]
        out["login"] = twice("login", runs, lambda: login_run(gql, seconds))
        out["register"] = twice(
            "register",
            runs,
            lambda: wrk(gql, "register.lua", seconds, 2, 8, PREFIX=f"r{uuid.uuid4().hex[:6]}"),
        )
        out["cycle"] = twice(
            "login-me-logout",
            runs,
            lambda: wrk(
                gql, "cycle.lua", seconds, 4, 4, IDENTIFIER="bench_login_user", PASSWORD=PASSWORD
            ),
        )
        idle_results, flood_results = [], []
        for index in range(runs):
            # Each flood run right after its own idle run: both see the same machine, and
            # neither sees logins left queued by the scenario before it.
            drain_hashing(server.base)
            idle_results.append(me(c=4, t=1))
            print(
                f"  me idle (c=4) run {index + 1}: p50 {idle_results[-1]['p50_ms']:.2f} ms, "
                f"p99 {idle_results[-1]['p99_ms']:.2f} ms",
                flush=True,
            )
            flood = subprocess.Popen(
                [
                    "wrk",
                    "-t1",
                    "-c32",
                    f"-d{int(seconds) + 2}s",
                    "--timeout",
                    "30s",
                    "-s",
                    str(LUA / "login.lua"),
                    gql,
                ],
                env={
                    **os.environ,
                    "BENCH_LUA_DIR": str(LUA),
                    "IDENTIFIER": "bench_login_user",
                    "PASSWORD": PASSWORD,
                },
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            time.sleep(1)
            result = me(c=4, t=1)
            flood_out, _ = flood.communicate(timeout=seconds + 60)
            flood_line = [line for line in flood_out.splitlines() if line.startswith("{")]
            result["flood_login_rps"] = json.loads(flood_line[-1])["rps"] if flood_line else 0.0
            result["flood_login_non_2xx"] = (
                json.loads(flood_line[-1])["non_2xx"] if flood_line else 0.0
            )
            flood_results.append(result)
            print(
                f"  me during login flood run {index + 1}: p50 {result['p50_ms']:.2f} ms, "
                f"p99 {result['p99_ms']:.2f} ms (logins {result['flood_login_rps']:.1f}/s)",
                flush=True,
            )
        out["me_idle_c4"] = idle_results
        out["me_during_flood"] = flood_results
        check_tokens(server.base, tokens)
        out["rss_mb_per_worker_end"] = [round(rss_mb(p), 1) for p in server.worker_pids()]
    return out


def floors(workers: int, seconds: float, runs: int, workdir: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    env = dict(os.environ)
    with serve("strawberry", workers, env, workdir) as server:
        out["strawberry"] = twice(
            "bare Strawberry { __typename }",
            runs,
            lambda: wrk(server.base + "/", "typename.lua", seconds, 2, 16),
        )
    with serve("starlette", workers, env, workdir) as server:
        out["starlette"] = twice(
            "bare Starlette JSON", runs, lambda: wrk(server.base + "/", "get.lua", seconds, 2, 16)
        )
    return out


def flatness(seconds: float, runs: int, workdir: Path, sessions: int, users: int) -> dict[str, Any]:
    """`me` p50 with 1 k sessions and with ``sessions`` sessions (PostgreSQL, bulk loaded).

    Two databases and two servers side by side, measured in turns (1 k, 1 M, 1 k, 1 M), so
    each pair of runs sees the same machine.
    """
    from bench.seed import seed

    out: dict[str, Any] = {"small": [], "large": []}
    with (
        database("postgresql", workdir) as small_url,
        database("postgresql", workdir) as large_url,
    ):
        small = asyncio.run(seed(small_url, sessions=1_000, users=200, sample=ME_TOKENS))
        started = time.perf_counter()
        large = asyncio.run(seed(large_url, sessions=sessions, users=users, sample=ME_TOKENS))
        out["seed_seconds"] = round(time.perf_counter() - started, 1)
        print(
            f"  seeded {sessions} sessions / {users} users in {out['seed_seconds']} s", flush=True
        )
        with (
            serve("accounts", 1, service_env(small_url), workdir) as small_server,
            serve("accounts", 1, service_env(large_url), workdir) as large_server,
        ):
            pairs = (("small", small_server, small), ("large", large_server, large))
            for _, server, tokens in pairs:
                check_tokens(server.base, tokens)
            for index in range(runs):
                for key, server, tokens in pairs:
                    result = wrk(
                        server.base + "/graphql", "me.lua", seconds, 1, 4, TOKENS=",".join(tokens)
                    )
                    out[key].append(result)
                    label = "1k" if key == "small" else f"{sessions // 1000}k"
                    print(
                        f"  me at {label} sessions run {index + 1}: {result['rps']:.1f} req/s, "
                        f"p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms, "
                        f"non-2xx {int(result['non_2xx'])}",
                        flush=True,
                    )
    out["sessions"], out["users"] = sessions, users
    return out


def machine() -> dict[str, Any]:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("BENCH_SECONDS", 5)))
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=200_000)
    parser.add_argument("--skip-flatness", action="store_true")
    parser.add_argument("--only-flatness", action="store_true")
    parser.add_argument("--soak-seconds", type=float, default=300, help="0 skips the soak")
    parser.add_argument("--only-soak", action="store_true")
    parser.add_argument(
        "--sqlite-synchronous", default=None, help="ACCOUNTS_SQLITE_SYNCHRONOUS for the service"
    )
    args = parser.parse_args()
    if args.sqlite_synchronous:
        SERVICE_OVERRIDES["ACCOUNTS_SQLITE_SYNCHRONOUS"] = args.sqlite_synchronous
    RESULTS.mkdir(parents=True, exist_ok=True)
    workdir = RESULTS / "run.tmp"
    workdir.mkdir(exist_ok=True)

    report: dict[str, Any] = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "seconds_per_run": args.seconds,
        "runs": args.runs,
    }
    print("argon2 ceiling ...", flush=True)
    report["argon2"] = argon2_ceiling()
    report["floors"] = {}
    report["service"] = {}
    only_other = args.only_flatness or args.only_soak
    for workers in [] if only_other else [int(w) for w in args.workers.split(",")]:
        print(f"floors, {workers} worker(s)", flush=True)
        report["floors"][str(workers)] = floors(workers, args.seconds, args.runs, workdir)
        for backend in args.backends.split(","):
            print(f"accounts on {backend}, {workers} worker(s)", flush=True)
            report["service"][f"{backend}/{workers}"] = service_scenarios(
                backend, workers, args.seconds, args.runs, workdir
            )
    if args.soak_seconds and not args.only_flatness:
        print("soak: mixed traffic at half capacity (PostgreSQL, 2 workers)", flush=True)
        report["soak"] = soak_run(args.soak_seconds, report["argon2"], workdir)
    if not args.skip_flatness and not args.only_soak and "postgresql" in args.backends:
        print("token lookup flatness (PostgreSQL)", flush=True)
        report["flatness"] = flatness(args.seconds, args.runs, workdir, args.sessions, args.users)
    report["ratios"] = ratios(report)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print()
    print(table(report))
    print(f"\nwrote {(RESULTS / 'latest.json').relative_to(ROOT)}")


def ratios(report: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    ceiling = report["argon2"]["ceiling_per_second"]
    for key, scenarios in report["service"].items():
        workers = key.split("/")[1]
        floor = report["floors"][workers]
        out[key] = {
            "me_over_bare_strawberry": [
                r["rps"] / r.get("bare_strawberry_rps", s["rps"])
                for r, s in zip(scenarios["me"], floor["strawberry"], strict=False)
            ],
            # against the floors section's own runs, minutes away: reported, not the target's
            "me_over_floors_section_strawberry": [
                r["rps"] / s["rps"]
                for r, s in zip(scenarios["me"], floor["strawberry"], strict=False)
            ],
            "login_over_argon2_ceiling": [
                r["rps"] / r.get("argon2_ceiling_per_second", ceiling) for r in scenarios["login"]
            ],
            "login_over_service_verify_ceiling": [
                r["rps"] / r["argon2_service_ceiling_per_second"]
                for r in scenarios["login"]
                if "argon2_service_ceiling_per_second" in r
            ],
            "flood_p99_over_idle_p99": [
                f["p99_ms"] / i["p99_ms"]
                for f, i in zip(scenarios["me_during_flood"], scenarios["me_idle_c4"], strict=False)
            ],
            "rss_growth_mb": scenarios["rss_mb_after_me"][1] - scenarios["rss_mb_after_me"][0],
        }
    if "flatness" in report:
        flat = report["flatness"]
        out["flatness_p50_large_over_small"] = [
            large["p50_ms"] / small["p50_ms"]
            for large, small in zip(flat["large"], flat["small"], strict=False)
        ]
    return out


def table(report: dict[str, Any]) -> str:
    rows = [["scenario", "backend/workers", "run 1", "run 2", "unit"]]

    def add(name: str, key: str, values: list[float], unit: str, fmt: str = "{:.0f}") -> None:
        cells = [fmt.format(v) for v in values] + ["-"] * (2 - len(values))
        rows.append([name, key, *cells[:2], unit])

    for workers, floor in report["floors"].items():
        add("bare Starlette JSON", f"-/{workers}", [r["rps"] for r in floor["starlette"]], "req/s")
        add(
            "bare Strawberry {__typename}",
            f"-/{workers}",
            [r["rps"] for r in floor["strawberry"]],
            "req/s",
        )
    for key, s in report["service"].items():
        add("me", key, [r["rps"] for r in s["me"]], "req/s")
        add(
            "bare Strawberry next to me",
            key,
            [r.get("bare_strawberry_rps", 0.0) for r in s["me"]],
            "req/s",
        )
        add("me p99 (c=16)", key, [r["p99_ms"] for r in s["me"]], "ms", "{:.2f}")
        add("login (production argon2)", key, [r["rps"] for r in s["login"]], "req/s", "{:.1f}")
        add(
            "argon2 ceiling next to login",
            key,
            [r["argon2_ceiling_per_second"] for r in s["login"]],
            "verifies/s",
            "{:.1f}",
        )
        add(
            "service verify ceiling next to login",
            key,
            [r.get("argon2_service_ceiling_per_second", 0.0) for r in s["login"]],
            "verifies/s",
            "{:.1f}",
        )
        add("registerUser", key, [r["rps"] for r in s["register"]], "req/s", "{:.1f}")
        add("login -> me -> logout", key, [r["rps"] for r in s["cycle"]], "req/s", "{:.1f}")
        add("me p99 idle (c=4)", key, [r["p99_ms"] for r in s["me_idle_c4"]], "ms", "{:.2f}")
        add(
            "me p99 during login flood",
            key,
            [r["p99_ms"] for r in s["me_during_flood"]],
            "ms",
            "{:.2f}",
        )
        add(
            "RSS per worker after me x2",
            key,
            [sum(s["rss_mb_after_me"]) / 2 / len(s["rss_mb_per_worker"])],
            "MiB",
            "{:.1f}",
        )
        add(
            "RSS per worker at the end",
            key,
            [statistics.fmean(s["rss_mb_per_worker_end"])],
            "MiB",
            "{:.1f}",
        )
    a = report["argon2"]
    rows.append(
        ["argon2 ceiling", a["parameters"], f"{a['ceiling_per_second']:.1f}", "-", "verifies/s"]
    )
    rows.append(
        [
            "service verify ceiling",
            a["parameters"],
            f"{a['service_ceiling_per_second']:.1f}",
            "-",
            "verifies/s",
        ]
    )
    if "flatness" in report:
        f = report["flatness"]
        add(
            "me p50 at 1k sessions",
            "postgresql/1",
            [r["p50_ms"] for r in f["small"]],
            "ms",
            "{:.3f}",
        )
        add(
            f"me p50 at {f['sessions'] // 1000}k sessions",
            "postgresql/1",
            [r["p50_ms"] for r in f["large"]],
            "ms",
            "{:.3f}",
        )
    rows.append(["", "", "", "", ""])
    rows.append(["ratio (target)", "backend/workers", "run 1", "run 2", ""])
    for key, r in report["ratios"].items():
        if key.startswith("flatness"):
            continue
        add("me / bare Strawberry (>= 1.5)", key, r["me_over_bare_strawberry"], "x", "{:.2f}")
        if "me_over_floors_section_strawberry" in r:
            add(
                "me / floors-section Strawberry",
                key,
                r["me_over_floors_section_strawberry"],
                "x",
                "{:.2f}",
            )
        add("login / argon2 ceiling (>= 0.95)", key, r["login_over_argon2_ceiling"], "x", "{:.2f}")
        add(
            "login / service verify ceiling",
            key,
            r["login_over_service_verify_ceiling"],
            "x",
            "{:.2f}",
        )
        add("flood p99 / idle p99 (<= 5)", key, r["flood_p99_over_idle_p99"], "x", "{:.2f}")
        add("RSS growth between me runs", key, [r["rss_growth_mb"]], "MiB", "{:+.1f}")
    if "flatness_p50_large_over_small" in report["ratios"]:
        add(
            f"p50 {report['flatness']['sessions'] // 1000}k / p50 1k (<= 1.2)",
            "postgresql/1",
            report["ratios"]["flatness_p50_large_over_small"],
            "x",
            "{:.2f}",
        )
    if "soak" in report:
        soak = report["soak"]
        rows.append(["", "", "", "", ""])
        rows.append(["soak (PostgreSQL, 2 workers)", "start", "end", "", ""])
        rows.append(["requests / errors (0)", f"{soak['requests']}", f"{soak['errors']}", "", ""])
        for start, end in zip(soak["workers_start"], soak["workers_end"], strict=False):
            rows.append(
                [f"worker RSS (pid {start['pid']})", start["rss_mb"], end["rss_mb"], "", "MiB"]
            )
            rows.append(
                [f"worker fds (pid {start['pid']})", start["open_fds"], end["open_fds"], "", ""]
            )
    widths = [max(len(str(row[i])) for row in rows) for i in range(5)]
    return "\n".join(
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip()
        for row in rows
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
