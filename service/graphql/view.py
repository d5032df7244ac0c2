"""The Strawberry ASGI view, wired to the per-request context."""

from __future__ import annotations

from collections.abc import Mapping
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
from service.graphql.planned import planned_documents
from service.graphql.schema import build_schema
from service.graphql.trusted import (
    DocumentRefused,
    bundled_manifest,
    refused_document,
    trusted_documents,
)
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
    endpoint = "users"  # names the bundled clients' manifests, documents/users-*.json

    def __init__(
        self,
        state: AppState,
        schema: BaseSchema | None = None,
        *,
        example: str = EXAMPLE_DOCUMENT,
        script_name: str = SCRIPT_NAME,
        uploads: bool = True,
        bundled: Mapping[str, str] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        settings = state.settings
        schema = schema or build_schema(settings)
        super().__init__(
            schema,
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
        self.documents, self.foreign_documents = trusted_documents(
            schema,
            settings,
            bundled_manifest(self.endpoint) if bundled is None else bundled,
            extra or {},
        )
        self.plans = (
            planned_documents(schema, self.documents)
            if settings.planned_documents and settings.fast_request_policy
            else {}
        )

    def should_render_graphql_ide(self, request: Any) -> bool:
        """A GET naming a document by id asks for its answer, not for the explorer."""
        return request.query_params.get("documentId") is None and super().should_render_graphql_ide(
            request
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
        """A request's body or ``operations``, with the document a ``documentId`` names.

        Strawberry parses only those with this method: ``variables``, ``extensions`` and
        ``map`` are read by ``parse_value``.
        """
        return self.documents.resolve(self.parse_value(data))

    def parse_value(self, data: str | bytes) -> Any:
        """JSON that is not an object is a 400; arrays pass, to be refused as batches with
        their own message."""
        value = super().parse_json(data)
        if not isinstance(value, dict | list):
            raise bad_request(NOT_AN_OBJECT)
        return value

    def parse_query_params(self, params: Mapping[str, str | None]) -> dict[str, Any]:
        """A GET request's parameters, with the document a ``documentId`` names."""
        values: dict[str, Any] = dict(params)
        for name in ("variables", "extensions"):
            if values.get(name):
                values[name] = self.parse_value(values[name])
        resolved: dict[str, Any] = self.documents.resolve(values)
        return resolved

    async def parse_multipart(self, request: Any) -> dict[str, Any]:
        form = (await request.get_form_data()).form
        operations = self.parse_json(operations_text(form))
        files_map = self.parse_value(map_text(form))
        return attach_files(operations, files_map, form)

    async def run_planned(self, request: Request) -> Response | None:
        """The answer to a JSON POST of a planned document, or ``None`` for the stock path
        (which answers everything else, refusals and malformed requests included)."""
        content_type = request.headers.get("content-type", "")
        if request.method != "POST" or content_type.split(";")[0].strip() != "application/json":
            return None
        try:
            data = self.documents.resolve(orjson.loads(await request.body()))
        except (orjson.JSONDecodeError, DocumentRefused):
            return None
        if not isinstance(data, dict) or not all(
            isinstance(data.get(key), dict | None) for key in ("variables", "extensions")
        ):
            return None
        query, name = data.get("query"), data.get("operationName")
        planned = (
            self.plans.get((query, name))
            if isinstance(query, str) and isinstance(name, str | None)
            else None
        )
        if planned is None:
            return None
        sub_response = await self.get_sub_response(request)
        context = await self.get_context(request, sub_response)
        body, outcome = await planned.answer(context)
        request.state.graphql_operation = planned.label
        request.state.graphql_outcome = outcome
        return self.create_response(body, sub_response)  # type: ignore[arg-type]

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
                planned = await self.run_planned(request) if self.plans else None
                response = planned if planned is not None else await self.run(request)
            except HTTPException as exc:
                response = PlainTextResponse(exc.reason, status_code=exc.status_code)
            except DocumentRefused as refused:
                response = refused_document(refused)
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
