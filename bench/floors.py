"""The floors the service is measured against, served by the same uvicorn.

- ``strawberry_app``: a bare Strawberry schema answering ``{ __typename }`` with Strawberry's
  defaults (no parser or validation cache, no extensions, no database).
- ``starlette_app``: a bare Starlette endpoint returning a small JSON object.
"""

from __future__ import annotations

import strawberry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from strawberry.asgi import GraphQL


@strawberry.type
class Query:
    ok: bool = True


strawberry_app = GraphQL(strawberry.Schema(query=Query), graphql_ide=None)


async def hello(_: Request) -> JSONResponse:
    return JSONResponse({"data": {"ok": True}})


starlette_app = Starlette(routes=[Route("/", hello)])
