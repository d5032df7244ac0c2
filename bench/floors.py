"""The floors the service is measured against, served by the same uvicorn.

- ``strawberry_app``: a bare Strawberry schema answering ``{ __typename }`` with Strawberry's
  defaults (no parser or validation cache, no extensions, no database).
- ``starlette_app``: a bare Starlette endpoint returning a small JSON object.
- ``lookup_app``: a bare Starlette endpoint doing one indexed lookup: the session whose token
  digest the bearer token names (``ACCOUNTS_DATABASE_URL``, SQLAlchemy's async engine), 200
  with the account's id or 401; what ``/auth/check`` is measured against.
"""

from __future__ import annotations

import hashlib
import os

import strawberry
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from strawberry.asgi import GraphQL


@strawberry.type
class Query:
    ok: bool = True


strawberry_app = GraphQL(strawberry.Schema(query=Query), graphql_ide=None)


async def hello(_: Request) -> JSONResponse:
    return JSONResponse({"data": {"ok": True}})


starlette_app = Starlette(routes=[Route("/", hello)])


_engine: AsyncEngine | None = None
LOOKUP = text("SELECT user_id FROM sessions WHERE token_digest = :digest")


async def lookup(request: Request) -> Response:
    global _engine
    if _engine is None:
        _engine = create_async_engine(os.environ["ACCOUNTS_DATABASE_URL"])
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    digest = hashlib.sha256(token.encode()).hexdigest()
    async with _engine.connect() as connection:
        row = (await connection.execute(LOOKUP, {"digest": digest})).first()
    if row is None:
        return Response(status_code=401)
    return Response(headers={"X-Account-Id": str(row[0])})


lookup_app = Starlette(routes=[Route("/", hello), Route("/check", lookup)])
