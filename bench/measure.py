"""Measurements: wrk runs, the argon2 ceiling, runs taken twice and next to their floor."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import argon2

from bench.processes import LUA, PASSWORD, ROOT, SERVICE_OVERRIDES


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


def _cpu_per_call(fn: Callable[[], object], count: int) -> tuple[float, float]:
    fn()  # first call outside the timing: the service's path maps its memory here
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for _ in range(count):
        fn()
    return (time.process_time() - cpu_start) / count, (time.perf_counter() - wall_start) / count


def argon2_ceiling(count: int = 20) -> dict[str, Any]:
    """Cores / CPU seconds of one verify at the configured parameters.

    ``ceiling_per_second`` times argon2-cffi's own ``PasswordHasher.verify``, the reference a
    service built on the library gets. ``service_ceiling_per_second`` times the kept-memory
    verify (``ACCOUNTS_ARGON2_KEEP_MEMORY``): the same Argon2id on memory kept between hashes,
    one lane thread (what each hash gets while the cores are all hashing).
    ``hasher_ceiling_per_second`` is the ceiling of the hasher the service runs with: login
    against it shows what the rest of a login costs.
    """
    sys.path.insert(0, str(ROOT))
    from service.accounts.passwords import argon2_kept
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
    kept_cpu, _ = _cpu_per_call(
        lambda: argon2_kept.verify_password(digest, password, threads=1), count
    )
    cores = os.cpu_count() or 1
    keep_memory = SERVICE_OVERRIDES.get("ACCOUNTS_ARGON2_KEEP_MEMORY") == "true"
    return {
        "cpu_seconds_per_verify": cpu,
        "wall_seconds_per_verify": wall,
        "service_cpu_seconds_per_verify": kept_cpu,
        "cores": cores,
        "ceiling_per_second": cores / cpu,
        "service_ceiling_per_second": cores / kept_cpu,
        "hasher": "kept memory" if keep_memory else "argon2-cffi",
        "hasher_ceiling_per_second": cores / (kept_cpu if keep_memory else cpu),
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
    for key in ("ceiling_per_second", "service_ceiling_per_second", "hasher_ceiling_per_second"):
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
    return between_floors(runs, me, bare, "me", "bare Strawberry", "bare_strawberry")


def between_floors(
    runs: int,
    measure: Callable[[], dict[str, Any]],
    floor: Callable[[], dict[str, Any]],
    label: str,
    floor_label: str,
    key: str,
) -> list[dict[str, Any]]:
    """``measure`` runs, each between two runs of its ``floor``; each result keeps the floor's
    mean next to it as ``<key>_rps``."""
    floors = [floor()]
    results = []
    for index in range(runs):
        result = measure()
        floors.append(floor())
        result[f"{key}_before_rps"] = floors[-2]["rps"]
        result[f"{key}_after_rps"] = floors[-1]["rps"]
        result[f"{key}_rps"] = (floors[-2]["rps"] + floors[-1]["rps"]) / 2
        results.append(result)
        print(
            f"  {label} run {index + 1}: {result['rps']:.1f} req/s, p50 {result['p50_ms']:.2f} "
            f"ms, p99 {result['p99_ms']:.2f} ms, non-2xx {int(result['non_2xx'])}; "
            f"{floor_label} next to it {result[f'{key}_rps']:.1f} req/s",
            flush=True,
        )
    return results


def mean(results: list[dict[str, float]], key: str) -> float:
    return statistics.fmean(r[key] for r in results)
