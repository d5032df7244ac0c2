"""The request log: an id for every request, and one structured event per request when it
ends (no tokens, bodies or client addresses); GraphQL requests are also counted and timed per
operation (``observability``)."""

from __future__ import annotations

import logging
import re
import secrets
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.observability import GRAPHQL_LATENCY, GRAPHQL_REQUESTS

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
access_logger = logging.getLogger("service.access")


class RequestLogMiddleware:
    """Gives every request an id, and logs one event per request when it ends.

    The schema's request extension (beside the validation rules in ``service/graphql``) writes
    the operation's label and outcome to ``scope["state"]`` (``graphql_operation``,
    ``graphql_outcome``); GraphQL requests are also counted and timed per operation.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        state["request_id"] = incoming if REQUEST_ID.fullmatch(incoming) else secrets.token_hex(8)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", state["request_id"].encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            duration = time.perf_counter() - started
            operation = state.get("graphql_operation")
            outcome = state.get("graphql_outcome")
            if operation is not None:
                GRAPHQL_REQUESTS.labels(operation, outcome or "unknown").inc()
                GRAPHQL_LATENCY.labels(operation).observe(duration)
            access_logger.info(
                "request",
                extra={
                    "fields": {
                        "event": "request",
                        "request_id": state["request_id"],
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "operation": operation,
                        "outcome": outcome,
                        "duration_ms": round(duration * 1000, 2),
                    }
                },
            )
