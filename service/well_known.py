"""``GET /.well-known/jwks.json``: the public keys other services verify access tokens with.

Every key that signs, or signed a token not yet expired, newest first (``accounts
.access_tokens.published``). Cacheable for five minutes: a rotation publishes the new key at
once and keeps the old one for a token's lifetime, so a verifier that refreshes on an unknown
``kid`` (as JWKS clients do) never misses one.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from service.accounts import access_tokens
from service.db.faults import is_unavailable
from service.db.unit_of_work import UnitOfWork
from service.state import AppState

PATH = "/.well-known/jwks.json"
MAX_AGE = 300


def jwks_route(state: AppState) -> Route:
    async def jwks(_: Request) -> Response:
        try:
            async with UnitOfWork.open(state.session_factory) as uow:
                keys = await access_tokens.published(uow, state.services)
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            return Response(status_code=503, headers={"Retry-After": "1"})
        return JSONResponse(
            keys,
            media_type="application/jwk-set+json",
            headers={"Cache-Control": f"public, max-age={MAX_AGE}"},
        )

    return Route(PATH, jwks, methods=["GET"])
