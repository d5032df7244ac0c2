"""The Starlette application: /graphql, /admin/graphql (when on), /healthz, /readyz, /account/
(the web app)."""

from __future__ import annotations

import asyncio
import gc
import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from service.accounts.limits.store import FailoverStorage
from service.config import Settings, get_settings
from service.db.watch import wait_for_database
from service.external_callback import callback_routes
from service.gateway import check_route
from service.graphql.admin.view import AdminGraphQL
from service.graphql.ide import ASSET_DIR, ASSET_URL, SCRIPT_NAME, STYLE_NAME
from service.graphql.trusted import ManifestError, read_manifest
from service.graphql.view import AccountsGraphQL
from service.http import BodySizeLimitMiddleware
from service.mail.admin import queue_stats
from service.media import CONTENT_TYPES, KEY_PATTERN, LocalMediaStorage, MediaStorage
from service.observability import (
    MAIL_OLDEST_QUEUED_AGE,
    MAIL_QUEUED,
    REGISTRY,
    TEXT_FORMAT,
    JsonFormatter,
    watch_hash_queue,
)
from service.request_log import RequestLogMiddleware
from service.state import AppState
from service.web import web_routes
from service.well_known import jwks_route

logger = logging.getLogger("service.app")
READY_TIMEOUT_SECONDS = 2.0


async def healthz(_: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    """200 while the database answers; the rate-limit store's state is shown, never decisive.

    A Redis outage does not make the instance unready: logins go on, counted in memory
    (``FailoverStorage``), and taking every instance out of rotation for it would turn a
    degraded limiter into a full outage.
    """
    state: AppState = request.app.state.accounts
    storage = state.services.limiter.storage
    details: dict[str, object] = {}
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS):
            if isinstance(storage, FailoverStorage):
                await storage.check()
                details = storage.describe()
            async with state.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except Exception as exc:  # any failure means "not ready"
        logger.warning("readiness check failed: %s", type(exc).__name__)
        return JSONResponse({"status": "unavailable", "database": "unreachable", **details}, 503)
    return JSONResponse({"status": "ready", "database": "ok", **details})


MEDIA_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=31536000, immutable",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "cross-origin",
}


def media_routes(media: MediaStorage) -> list[Route]:
    """Serve locally stored images; other backends serve their own URLs."""
    if not isinstance(media, LocalMediaStorage):
        return []

    async def serve(request: Request) -> Response:
        key = request.path_params["key"]
        if not KEY_PATTERN.fullmatch(key):
            return PlainTextResponse("Not Found", status_code=404)
        path = media.path(key)
        if not await asyncio.to_thread(path.is_file):
            return PlainTextResponse("Not Found", status_code=404)
        content_type = CONTENT_TYPES[key.rsplit(".", 1)[1]]
        return FileResponse(path, media_type=content_type, headers=MEDIA_HEADERS)

    return [Route("/media/{key}", serve, methods=["GET", "HEAD"])]


ASSET_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=86400"}


def ide_routes(graphql: AccountsGraphQL, admin: AccountsGraphQL | None = None) -> list[BaseRoute]:
    """The offline GraphiQL's own script and style, and its vendored assets; the admin
    endpoint's explorer has a script of its own (its example document)."""
    ide = graphql.offline_ide
    if ide is None:
        return []

    def script_route(script: str, name: str) -> Route:
        async def serve(_: Request) -> Response:
            return Response(script, media_type="text/javascript", headers=ASSET_HEADERS)

        return Route(ASSET_URL + name, serve, methods=["GET"])

    async def style(_: Request) -> Response:
        return Response(ide.style, media_type="text/css", headers=ASSET_HEADERS)

    admin_ide = admin.offline_ide if admin is not None else None
    return [
        script_route(ide.script, SCRIPT_NAME),
        *([script_route(admin_ide.script, admin_ide.script_name)] if admin_ide else []),
        Route(ASSET_URL + STYLE_NAME, style, methods=["GET"]),
        Mount(ASSET_URL.rstrip("/"), app=StaticFiles(directory=ASSET_DIR), name="graphql-assets"),
    ]


def configure_logging(settings: Settings) -> None:
    """Give the service's own loggers a handler (JSON lines by default) unless one exists."""
    service_logger = logging.getLogger("service")
    service_logger.setLevel(settings.log_level.upper())
    if not service_logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            JsonFormatter() if settings.log_format == "json" else logging.Formatter(TEXT_FORMAT)
        )
        service_logger.addHandler(handler)


def metrics_routes(settings: Settings, state: AppState) -> list[BaseRoute]:
    """Prometheus text format; off in production unless switched on, optionally token-guarded."""
    if not settings.metrics_enabled:
        return []
    watch_hash_queue(lambda: state.services.passwords.pending)
    token = settings.metrics_token

    async def metrics(request: Request) -> Response:
        if token is not None:
            given = request.headers.get("authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                return PlainTextResponse(
                    "Unauthorized", status_code=401, headers={"WWW-Authenticate": "Bearer"}
                )
        await refresh_mail_gauges(state)
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return [Route("/metrics", metrics, methods=["GET"])]


async def refresh_mail_gauges(state: AppState) -> None:
    """The outbox's depth and oldest wait, read at scrape; left as they were when the
    database does not answer in time."""
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS), state.session_factory() as session:
            queued, oldest_age = await queue_stats(session)
    except Exception as exc:
        logger.warning("outbox metrics unavailable: %s", type(exc).__name__)
        return
    MAIL_QUEUED.set(queued)
    MAIL_OLDEST_QUEUED_AGE.set(oldest_age)


def home_routes(settings: Settings) -> list[Route]:
    """``/`` leads a person to what they can use: the web app, else the explorer."""
    if settings.web_ui_enabled:
        target = "/account/"
    elif settings.graphiql_enabled:
        target = "/graphql"
    else:
        return []

    async def home(_: Request) -> Response:
        return RedirectResponse(target, status_code=307)

    return [Route("/", home, methods=["GET", "HEAD"])]


def create_app(settings: Settings | None = None, state: AppState | None = None) -> Starlette:
    settings = settings or (state.settings if state else get_settings())
    configure_logging(settings)
    state = state or AppState.create(settings)
    extra = read_manifest(settings.trusted_documents) if settings.trusted_documents else {}
    graphql = AccountsGraphQL(state, extra=extra)
    admin = AdminGraphQL(state, extra=extra) if settings.admin_api else None
    unserved = set(graphql.foreign_documents) & set(admin.foreign_documents if admin else extra)
    if unserved:
        first = min(unserved)
        raise ManifestError(
            f"{settings.trusted_documents}: {len(unserved)} document(s) valid on no endpoint "
            f"this service serves, such as {first}: {graphql.foreign_documents[first]}"
        )

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        # Everything built so far (schema, tables, compiled statements) lives as long as the
        # process: move it out of the collector's sight, so full collections stay short and
        # do not show up as latency spikes.
        gc.collect()
        gc.freeze()

        async def when_the_database_answers() -> None:
            await wait_for_database(state.engine, settings.database_url)
            if settings.mail_courier == "inline":
                state.courier.start()

        started = asyncio.create_task(when_the_database_answers(), name="database-watch")
        yield
        started.cancel()
        with suppress(asyncio.CancelledError):
            await started
        await state.close()

    middleware: list[Middleware] = []
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=[
                    "Authorization",
                    "Content-Type",
                    "Apollo-Require-Preflight",
                    "X-Apollo-Operation-Name",
                    "Accounts-Session",
                ],
                allow_credentials=True,
                expose_headers=["X-Request-ID"],
                max_age=600,
            )
        )
    middleware.insert(0, Middleware(RequestLogMiddleware))
    middleware.append(
        Middleware(
            BodySizeLimitMiddleware,
            max_bytes=settings.max_body_bytes,
            # one image plus the operations and map fields around it
            max_multipart_bytes=settings.image_max_bytes + settings.max_body_bytes,
        )
    )
    app = Starlette(
        routes=[
            Route("/graphql", graphql),  # every method: the view answers (and marks) each
            *([Route("/admin/graphql", admin)] if admin is not None else []),
            check_route(settings, state.callers, state.trusted_proxies),
            jwks_route(state),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            *home_routes(settings),
            *callback_routes(state),
            *media_routes(state.services.media),
            *ide_routes(graphql, admin),
            *(web_routes(settings) if settings.web_ui_enabled else []),
            *metrics_routes(settings, state),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.accounts = state
    return app
