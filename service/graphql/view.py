"""The Strawberry ASGI view, wired to the per-request context."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

try:  # Strawberry ≥ 0.3xx moved its HTTP plumbing to the cross-web package
    from cross_web import HTTPException
except ImportError:  # pragma: no cover - older Strawberry
    from strawberry.http.exceptions import HTTPException  # type: ignore[no-redef,attr-defined,unused-ignore]

from service.graphql.context import Context
from service.graphql.ide import CSP, build_offline_ide
from service.graphql.schema import build_schema
from service.state import AppState

PREFLIGHT_HEADERS = ("apollo-require-preflight", "x-apollo-operation-name")
CSRF_MESSAGE = "Multipart requests must carry an Apollo-Require-Preflight header (CSRF protection)."


def is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").lower().startswith("multipart/")


def has_preflight_header(request: Request) -> bool:
    """A header no HTML form can send, so a cross-site form post cannot upload.

    A browser only sends such a header from another origin after a CORS preflight that
    ``ACCOUNTS_CORS_ORIGINS`` must allow.
    """
    return any(request.headers.get(name) for name in PREFLIGHT_HEADERS)


class AccountsGraphQL(GraphQL[Context, None]):
    def __init__(self, state: AppState) -> None:
        settings = state.settings
        super().__init__(
            build_schema(settings),
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            allow_queries_via_get=settings.get_queries_enabled,
            multipart_uploads_enabled=True,
        )
        self.state = state
        self.offline_ide = build_offline_ide() if settings.graphiql_enabled else None

    async def render_graphql_ide(self, request: Request) -> Response:
        assert self.offline_ide is not None
        return HTMLResponse(
            self.offline_ide.html,
            headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"},
        )

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        """orjson also refuses invalid UTF-8 and lone surrogates: those requests get a 400."""
        return orjson.loads(data)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        assert isinstance(request, Request)
        context = Context(request, self.state)
        request.state.graphql_context = context
        return context

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        context: Context | None = None
        try:
            try:
                if is_multipart(request) and not has_preflight_header(request):
                    raise HTTPException(400, CSRF_MESSAGE)
                response = await self.run(request)
            except HTTPException as exc:
                response = PlainTextResponse(exc.reason, status_code=exc.status_code)
        finally:
            context = getattr(request.state, "graphql_context", None)
            if context is not None:
                await context.close()
            await request.close()  # closes (and so deletes) spooled upload files
        await response(scope, receive, send)
