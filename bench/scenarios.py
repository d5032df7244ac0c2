"""The scenarios: the service on each backend, the floors, flatness and the soak."""

from __future__ import annotations

import asyncio
import json
import os
import platform
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import between_floors, login_run, me_next_to_floor, twice, wrk
from bench.processes import (
    LUA,
    ME_TOKENS,
    PASSWORD,
    check_tokens,
    database,
    drain_hashing,
    register,
    rss_mb,
    serve,
    service_env,
)
from service.graphql.trusted import document_id

# `me` by id: the fields bench/lua/me.lua asks by text, as a trusted document (so the text
# me.lua sends stays an untrusted one, on the stock path)
ME_DOCUMENT = "query Me { me { id username email firstName lastName status } }"


def soak_run(seconds: float, argon2: dict[str, Any], workdir: Path) -> dict[str, Any]:
    from bench.soak import soak

    with (
        database("postgresql", workdir) as url,
        serve("accounts", 2, service_env(url), workdir) as server,
    ):
        return soak(server.base, server.worker_pids, argon2["ceiling_per_second"], seconds)


def service_scenarios(
    backend: str, workers: int, seconds: float, runs: int, workdir: Path
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    manifest = workdir / "trusted-documents.json"
    manifest.write_text(json.dumps({document_id(ME_DOCUMENT): ME_DOCUMENT}))
    with (
        database(backend, workdir) as url,
        serve(
            "accounts",
            workers,
            service_env(url, ACCOUNTS_TRUSTED_DOCUMENTS=str(manifest)),
            workdir,
        ) as server,
        serve("strawberry", workers, dict(os.environ), workdir) as floor,
        serve("lookup", workers, service_env(url), workdir) as lookup_floor,
    ):
        tokens = [register(server.base, f"bench_me_user_{i:02d}") for i in range(ME_TOKENS)]
        check_tokens(server.base, tokens)
        register(server.base, "bench_login_user")
        gql = server.base + "/graphql"
        joined = ",".join(tokens)
        me = lambda c=16, t=2, s=seconds: wrk(gql, "me.lua", s, t, c, TOKENS=joined)  # noqa: E731
        bare = lambda: wrk(floor.base + "/", "typename.lua", seconds, 2, 16)  # noqa: E731
        out["me"] = me_next_to_floor(runs, me, bare)
        # the same document by its trusted-document id: parsed and validated at start-up
        by_id = json.dumps({"documentId": document_id(ME_DOCUMENT)})
        me_by_id = lambda: wrk(gql, "me.lua", seconds, 2, 16, TOKENS=joined, BODY=by_id)  # noqa: E731
        out["me_by_id"] = between_floors(
            runs, me_by_id, bare, "me by id", "bare Strawberry", "bare_strawberry"
        )
        # the gateway check against a bare Starlette endpoint doing one indexed lookup
        check = lambda: wrk(  # noqa: E731
            server.base + "/auth/check", "check.lua", seconds, 2, 16, TOKENS=joined
        )
        lookup = lambda: wrk(  # noqa: E731
            lookup_floor.base + "/check", "check.lua", seconds, 2, 16, TOKENS=joined
        )
        out["check"] = between_floors(
            runs, check, lookup, "auth/check", "bare lookup", "bare_lookup"
        )
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
        out["me_idle_c4"], out["me_during_flood"] = flood_pairs(server.base, me, runs, seconds)
        check_tokens(server.base, tokens)
        out["rss_mb_per_worker_end"] = [round(rss_mb(p), 1) for p in server.worker_pids()]
    return out


def flood_pairs(
    base: str, me: Callable[..., dict[str, Any]], runs: int, seconds: float
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``me`` (4 connections) idle, then during a login flood (32 connections), ``runs`` times."""
    gql = base + "/graphql"
    idle_results, flood_results = [], []
    for index in range(runs):
        # Each flood run right after its own idle run: both see the same machine, and
        # neither sees logins left queued by the scenario before it.
        drain_hashing(base)
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
        result["flood_login_non_2xx"] = json.loads(flood_line[-1])["non_2xx"] if flood_line else 0.0
        flood_results.append(result)
        print(
            f"  me during login flood run {index + 1}: p50 {result['p50_ms']:.2f} ms, "
            f"p99 {result['p99_ms']:.2f} ms (logins {result['flood_login_rps']:.1f}/s)",
            flush=True,
        )
    return idle_results, flood_results


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
