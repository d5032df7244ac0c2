"""accounts serve | migrate | export-schema [--admin]."""

from __future__ import annotations

import argparse
import logging
import logging.config
import os
import sys
from typing import Any

from service.cli.runtime import Commands, run_migrations
from service.config import Settings, get_settings
from service.config.development import derived_environment

logger = logging.getLogger("service.cli")


def add_commands(commands: Commands) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve the API, the web app and the explorer with uvicorn",
        description="Serve /graphql, /account/ (the web app), /healthz, /readyz and /metrics "
        "with uvicorn. In development the public URL (mail links) and the passkey origins "
        "follow --host and --port unless ACCOUNTS_PUBLIC_URL or ACCOUNTS_WEBAUTHN_ORIGINS are "
        "set. Stops on SIGTERM after the requests in flight (ACCOUNTS_SHUTDOWN_TIMEOUT).",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    serve.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes sharing the port"
    )
    serve.set_defaults(handler=cmd_serve)

    migrate = commands.add_parser(
        "migrate",
        help="apply the database migrations",
        description="Apply the Alembic migrations to ACCOUNTS_DATABASE_URL (creating the SQLite "
        "file and its directory if needed). Run it once per deploy, before new processes start.",
    )
    migrate.add_argument(
        "--revision", default="head", help="the revision to upgrade to (an Alembic revision id)"
    )
    migrate.set_defaults(handler=cmd_migrate)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL to stdout")
    export.add_argument(
        "--admin",
        action="store_true",
        help="the admin API's schema (/admin/graphql) instead of the users' (/graphql)",
    )
    export.set_defaults(handler=cmd_export_schema)


def check_startup(settings: Settings) -> None:
    """What the service would refuse only once a worker builds the app: refused here, with one
    line (``ConfigurationError``), before uvicorn starts."""
    settings.smtp  # noqa: B018 - raises on a malformed ACCOUNTS_SMTP_URL
    if settings.is_production:
        from service.secret_key import load_secret_key

        load_secret_key(settings)


def check_shared_limits(settings: Settings, workers: int) -> None:
    """Without Redis every process counts its own attempts: N workers would grant N times
    every budget. Production refuses that; development warns."""
    if workers <= 1 or settings.redis_url or not settings.rate_limit_enabled:
        return
    line = (
        f"--workers {workers} without ACCOUNTS_REDIS_URL: each worker would keep its own rate "
        f"limits, so every budget would be {workers} times larger"
    )
    if settings.is_production:
        from service.config import ConfigurationError

        raise ConfigurationError(f"{line}; set ACCOUNTS_REDIS_URL or serve one worker")
    logger.warning("%s (refused in production)", line)


def prepare(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings every worker will read: in development the public URL and the passkey
    origins of this address, and the hashing threads shared between workers."""
    check_startup(settings)
    derived = derived_environment(settings, args.host, args.port)
    if args.workers > 1 and "hash_concurrency" not in settings.model_fields_set:
        # Every worker hashes in its own threads: share the cores instead of giving each
        # worker all of them (more hashes at once than cores only adds contention).
        derived["ACCOUNTS_HASH_CONCURRENCY"] = str(hash_concurrency_per_worker(args.workers))
    if not derived:
        return settings
    os.environ.update(derived)  # the workers (and the app factory) read the environment
    get_settings.cache_clear()
    return get_settings()


def apply_logging(config: dict[str, Any]) -> None:
    logging.config.dictConfig(config)
    logging.captureWarnings(True)


def announce(settings: Settings) -> None:
    """Where to go: the addresses a person opens, logged before uvicorn starts."""
    base = settings.public_url
    pages = {}
    if settings.web_ui_enabled:
        pages["web_app"] = f"{base}/account/"
    if settings.graphiql_enabled:
        pages["graphiql"] = f"{base}/graphql"
    if not pages:
        pages["api"] = f"{base}/graphql"
    described = ", ".join(f"{url} ({name.replace('_', ' ')})" for name, url in pages.items())
    passkeys = settings.webauthn_origins
    logger.info(
        "open %s; passkeys work on %s",
        described,
        passkeys,
        extra={"fields": {"event": "serving", **pages, "passkey_origins": passkeys}},
    )


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from service.observability import logging_config

    settings = prepare(args, settings)
    config = logging_config(settings.log_format, settings.log_level)
    apply_logging(config)
    check_shared_limits(settings, args.workers)
    announce(settings)
    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_config=config,
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


def cmd_export_schema(args: argparse.Namespace, __: Settings) -> int:
    if args.admin:
        from service.graphql.admin.schema import export_admin_sdl

        sys.stdout.write(export_admin_sdl())
        return 0
    from service.graphql.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0
