"""accounts serve | migrate | export-schema."""

from __future__ import annotations

import argparse
import os
import sys

from service.cli.runtime import Commands, run_migrations
from service.config import Settings


def add_commands(commands: Commands) -> None:
    serve = commands.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(handler=cmd_serve)

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.add_argument("--revision", default="head")
    migrate.set_defaults(handler=cmd_migrate)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL to stdout")
    export.set_defaults(handler=cmd_export_schema)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    if args.workers > 1 and "hash_concurrency" not in settings.model_fields_set:
        # Every worker hashes in its own threads: share the cores instead of giving each
        # worker all of them (more hashes at once than cores only adds contention).
        os.environ["ACCOUNTS_HASH_CONCURRENCY"] = str(hash_concurrency_per_worker(args.workers))

    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level.lower(),
        proxy_headers=False,
        server_header=False,
        access_log=False,  # the service logs one structured event per request itself
        timeout_graceful_shutdown=settings.shutdown_timeout,
    )
    return 0


def hash_concurrency_per_worker(workers: int) -> int:
    return max(1, (os.cpu_count() or 1) // workers)


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    run_migrations(settings, args.revision)
    return 0


def cmd_export_schema(_: argparse.Namespace, __: Settings) -> int:
    from service.graphql.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0
