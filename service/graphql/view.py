"""The Strawberry ASGI view, wired to the per-request context."""

from __future__ import annotations

from typing import Any

import orjson
from cross_web import FormData as AdapterFormData
from cross_web import HTTPException, StarletteRequestAdapter
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.schema import BaseSchema

from service.graphql.context import Context
from service.graphql.ide import CSP, SCRIPT_NAME, build_offline_ide
from service.graphql.ide_document import EXAMPLE_DOCUMENT
from service.graphql.multipart import (
    attach_files,
    bad_request,
    map_text,
    operations_text,
    read_form,
)
from service.graphql.schema import build_schema
from service.state import AppState

PREFLIGHT_HEADERS = ("apollo-require-preflight", "x-apollo-operation-name")
CSRF_MESSAGE = "Multipart requests must carry an Apollo-Require-Preflight header (CSRF protection)."
NOT_AN_OBJECT = "A GraphQL request must be a JSON object."
# Every answer of /graphql may carry a session token or the caller's data: never stored.
NO_STORE = "no-store"


def is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").lower().startswith("multipart/")


def has_preflight_header(request: Request) -> bool:
    """A header no HTML form can send, so a cross-site form post cannot upload.

    A browser only sends such a header from another origin after a CORS preflight that
    ``ACCOUNTS_CORS_ORIGINS`` must allow.
    """
    return any(request.headers.get(name) for name in PREFLIGHT_HEADERS)


def strict_adapter(max_field_bytes: int) -> type[StarletteRequestAdapter]:
    class StrictRequestAdapter(StarletteRequestAdapter):
        """Multipart bodies read by ``read_form``: bounded, UTF-8 fields only."""

        async def get_form_data(self) -> AdapterFormData:
            request = self._request
            form = await read_form(request, max_field_bytes)
            request.state.graphql_form = form  # closed by the view, spooled files with it
            return AdapterFormData(files=form, form=form)

    return StrictRequestAdapter


class AccountsGraphQL(GraphQL[Context, None]):
    """The users' endpoint; the admin endpoint is the same view over its own schema, context
    and explorer (``graphql.admin.view``)."""

    context_class: type[Context] = Context

    def __init__(
        self,
        state: AppState,
        schema: BaseSchema | None = None,
        *,
        example: str = EXAMPLE_DOCUMENT,
        script_name: str = SCRIPT_NAME,
        uploads: bool = True,
    ) -> None:
        settings = state.settings
        super().__init__(
            schema or build_schema(settings),
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            allow_queries_via_get=settings.get_queries_enabled,
            multipart_uploads_enabled=uploads,
        )
        self.state = state
        self.request_adapter_class = strict_adapter(settings.max_body_bytes)
        self.offline_ide = (
            build_offline_ide(example=example, script_name=script_name)
            if settings.graphiql_enabled
            else None
        )

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

    def parse_json(self, data: str | bytes) -> Any:
        """A body, ``operations`` or ``variables`` that is JSON but not an object is a 400.

        Arrays pass, to be refused as batches with their own message.
        """
        value = super().parse_json(data)
        if not isinstance(value, dict | list):
            raise bad_request(NOT_AN_OBJECT)
        return value

    async def parse_multipart(self, request: Any) -> dict[str, Any]:
        form = (await request.get_form_data()).form
        operations = self.parse_json(operations_text(form))
        files_map = self.parse_json(map_text(form))
        return attach_files(operations, files_map, form)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        assert isinstance(request, Request)
        assert isinstance(response, Response)
        context = self.context_class(request, self.state, response)
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
            form = getattr(request.state, "graphql_form", None)
            if form is not None:
                await form.close()  # closes (and so deletes) spooled upload files
            await request.close()
        response.headers["Cache-Control"] = NO_STORE
        await response(scope, receive, send)
