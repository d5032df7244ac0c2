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
import json
import os
import sys
import time
from typing import Any

from bench.measure import argon2_ceiling
from bench.processes import RESULTS, ROOT, SERVICE_OVERRIDES
from bench.report import ratios, table
from bench.scenarios import flatness, floors, machine, service_scenarios, soak_run


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
        "--argon2-keep-memory", action="store_true", help="the service hashes on kept memory"
    )
    parser.add_argument(
        "--sqlite-synchronous", default=None, help="ACCOUNTS_SQLITE_SYNCHRONOUS for the service"
    )
    parser.add_argument(
        "--service-env",
        action="append",
        default=[],
        metavar="ACCOUNTS_NAME=VALUE",
        help="a setting for the service (repeatable), e.g. to measure what it costs",
    )
    args = parser.parse_args()
    for item in args.service_env:
        name, _, value = item.partition("=")
        if not name.startswith("ACCOUNTS_"):
            parser.error(f"--service-env takes ACCOUNTS_* settings, not {name!r}")
        SERVICE_OVERRIDES[name] = value
    if args.sqlite_synchronous:
        SERVICE_OVERRIDES["ACCOUNTS_SQLITE_SYNCHRONOUS"] = args.sqlite_synchronous
    if args.argon2_keep_memory:
        SERVICE_OVERRIDES["ACCOUNTS_ARGON2_KEEP_MEMORY"] = "true"
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


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
