"""`me` idle and during a login flood, alone: the flood-isolation ratio in a couple of minutes.

    .venv/bin/python -m bench.flood --backends sqlite --workers 1,2 --runs 3 \
        [--service-env ACCOUNTS_HASH_NICE=19 ...]

Each pair is the same as in `make bench` (``scenarios.flood_pairs``); prints p99 during the
flood ÷ idle p99 for each pair (the target is at most 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from bench.measure import wrk
    from bench.processes import (
        ME_TOKENS,
        RESULTS,
        SERVICE_OVERRIDES,
        check_tokens,
        database,
        register,
        serve,
        service_env,
    )
    from bench.scenarios import flood_pairs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--service-env", action="append", default=[], metavar="ACCOUNTS_X=V")
    args = parser.parse_args()
    for item in args.service_env:
        name, _, value = item.partition("=")
        SERVICE_OVERRIDES[name] = value
    workdir = RESULTS / "flood.tmp"
    workdir.mkdir(parents=True, exist_ok=True)
    for workers in (int(w) for w in args.workers.split(",")):
        for backend in args.backends.split(","):
            with (
                database(backend, workdir) as url,
                serve("accounts", workers, service_env(url), workdir) as server,
            ):
                tokens = [register(server.base, f"bench_me_user_{i:02d}") for i in range(ME_TOKENS)]
                check_tokens(server.base, tokens)
                register(server.base, "bench_login_user")
                gql, joined = server.base + "/graphql", ",".join(tokens)

                def me(c: int = 16, t: int = 2, gql: str = gql, joined: str = joined) -> dict:
                    return wrk(gql, "me.lua", args.seconds, t, c, TOKENS=joined)

                idle, flood = flood_pairs(server.base, me, args.runs, args.seconds)
                ratios = [f["p99_ms"] / i["p99_ms"] for i, f in zip(idle, flood, strict=True)]
                print(
                    f"{backend}/{workers}: flood p99 / idle p99 = "
                    + ", ".join(f"{r:.2f}" for r in ratios),
                    flush=True,
                )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
