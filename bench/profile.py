"""A flame graph of one service worker answering `me` under load (py-spy, native frames).

    .venv/bin/python -m bench.profile [--backend sqlite] [--seconds 20] [--by-id]

Serves the service with one worker, drives `me` with wrk (2 threads, 16 connections, 32
sessions in rotation) and records the worker with `py-spy record --native` into
docs/perf/me-<backend>[-by-id].svg: where a request's time goes, for choosing what to remove.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERF = ROOT / "docs" / "perf"


def main() -> None:
    from bench.measure import wrk
    from bench.processes import (
        ME_TOKENS,
        RESULTS,
        check_tokens,
        database,
        register,
        serve,
        service_env,
    )
    from bench.scenarios import ME_DOCUMENT
    from service.graphql.trusted import document_id

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="sqlite")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--by-id", action="store_true", help="send me by its document id")
    args = parser.parse_args()
    workdir = RESULTS / "profile.tmp"
    workdir.mkdir(parents=True, exist_ok=True)
    manifest = workdir / "trusted-documents.json"
    manifest.write_text(json.dumps({document_id(ME_DOCUMENT): ME_DOCUMENT}))
    PERF.mkdir(parents=True, exist_ok=True)
    name = f"me-{args.backend}{'-by-id' if args.by_id else ''}"
    env_extra = {"ACCOUNTS_TRUSTED_DOCUMENTS": str(manifest)}
    with (
        database(args.backend, workdir) as url,
        serve("accounts", 1, service_env(url, **env_extra), workdir) as server,
    ):
        tokens = [register(server.base, f"bench_me_user_{i:02d}") for i in range(ME_TOKENS)]
        check_tokens(server.base, tokens)
        (pid,) = server.worker_pids()
        body = json.dumps({"documentId": document_id(ME_DOCUMENT)}) if args.by_id else None
        extra = {"BODY": body} if body else {}
        results: list[dict] = []
        load = threading.Thread(
            target=lambda: results.append(
                wrk(
                    server.base + "/graphql",
                    "me.lua",
                    args.seconds + 4,
                    2,
                    16,
                    TOKENS=",".join(tokens),
                    **extra,
                )
            )
        )
        load.start()
        subprocess.run(
            [
                str(Path(sys.executable).parent / "py-spy"),
                "record",
                "--native",
                "--gil",
                "--pid",
                str(pid),
                "--duration",
                str(args.seconds),
                "--output",
                str(PERF / f"{name}.svg"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        load.join()
    print(f"{name}: {results[0]['rps']:.0f} req/s under the profiler; docs/perf/{name}.svg")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
