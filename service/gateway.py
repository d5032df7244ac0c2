"""``GET /auth/check``: a gateway asks who is calling before it lets a request through.

For nginx's ``auth_request``, Traefik's ``ForwardAuth`` and Envoy's ``ext_authz`` (HTTP): the
gateway sends the original request's headers here, and forwards the original request upstream
only on a 2xx answer, with the identity headers this answer carries.

The credential is read as ``/graphql`` reads it: ``Authorization: Bearer <token>`` (or
``Token``) wins; without one, the browser session's cookie, when no cross-site page could have
made the original request carry it. The gateway tells which request that was:

- its method, in ``X-Forwarded-Method`` (Traefik sends it) or ``X-Original-Method`` (set it in
  nginx: ``proxy_set_header X-Original-Method $request_method;``); without either, the
  check's own method (``GET``). A caller may add one of them itself, which a gateway that
  sets the other passes on: the request is a read only when every one of them says so;
- its ``Origin`` and ``Sec-Fetch-Site``, which gateways pass on as they came, and its host:
  the check's ``Host`` (nginx: ``proxy_set_header Host $http_host;``), or, from a gateway in
  ``ACCOUNTS_TRUSTED_PROXIES``, ``X-Forwarded-Host`` and ``X-Forwarded-Proto`` (Traefik sends
  them).

A read (``GET``, ``HEAD``, ``OPTIONS``) may use the cookie: ``SameSite=Lax`` already keeps it
from cross-site requests other than top-level navigations, and a read changes nothing. Any
other method uses it only when its ``Origin`` is one of the service's own (the original
request's host, ``ACCOUNTS_PUBLIC_URL``'s, ``ACCOUNTS_CORS_ORIGINS``), or, without an
``Origin``, when the browser marked it ``Sec-Fetch-Site: same-origin`` or ``none``: a request
with neither header is not a browser's, and such clients send a bearer token.

Answers: 200 with ``X-Account-Id``, ``X-Account-Username``, ``X-Session-Id``,
``X-Account-Assurance`` (``AAL1``/``AAL2``) and, for staff, ``X-Account-Role`` (the username
percent-encoded as UTF-8: an ASCII one, the usual case, reads as it is); 401 (with
``WWW-Authenticate: Bearer``) without a live session of an active account; 403 when
``?assurance=AAL2`` is asked of a weaker session; 400 for another ``assurance``; 503 when the
database does not answer. No body, never cached. The token lookup is the one ``me`` uses: one
coalesced read, the sliding refresh at most once per interval.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from service.accounts.admin.staff import is_staff
from service.accounts.assurance import AssuranceLevel, level
from service.accounts.sessions.callers import Callers
from service.config import Settings
from service.db.faults import is_unavailable
from service.graphql.browser_session import COOKIE, SAFE_FETCH_SITES, allowed_origins
from service.graphql.credentials import bearer_token
from service.http import Network, from_trusted_proxy

logger = logging.getLogger("service.gateway")

PATH = "/auth/check"
METHOD_HEADERS = ("x-forwarded-method", "x-original-method")
READS = frozenset({"GET", "HEAD", "OPTIONS"})
NO_STORE = {"Cache-Control": "no-store"}


def original_methods(request: Request) -> list[str]:
    """Every method the forwarded headers name; without any, the check's own."""
    named = [
        value.strip().upper()
        for header in METHOD_HEADERS
        for value in request.headers.getlist(header)
    ]
    return named or [request.method]


def origins(request: Request, settings: Settings, trusted: list[Network]) -> set[str]:
    """The service's own origins, with the original request's host a trusted gateway
    forwarded."""
    allowed = allowed_origins(request, settings)
    host = request.headers.get("x-forwarded-host")
    peer = request.client.host if request.client else None
    if host and from_trusted_proxy(peer, trusted):
        scheme = request.headers.get("x-forwarded-proto") or request.url.scheme
        allowed.add(f"{scheme.strip()}://{host.split(',')[0].strip()}".lower())
    return allowed


def cookie_allowed(request: Request, settings: Settings, trusted: list[Network]) -> bool:
    """Whether the original request may use the session cookie (see the module's text)."""
    if all(method in READS for method in original_methods(request)):
        return True
    origin = request.headers.get("origin")
    if origin is not None:
        return origin.lower() in origins(request, settings, trusted)
    site = request.headers.get("sec-fetch-site")
    return site is not None and site.lower() in SAFE_FETCH_SITES


def credential(request: Request, settings: Settings, trusted: list[Network]) -> str | None:
    bearer = bearer_token(request.headers.get("authorization"))
    if bearer is not None:
        return bearer
    cookie = request.cookies.get(COOKIE)
    if cookie and cookie_allowed(request, settings, trusted):
        return cookie
    return None


def _answer(status: int, **headers: str) -> Response:
    return Response(status_code=status, headers={**NO_STORE, **headers})


def check_route(settings: Settings, callers: Callers, trusted: list[Network]) -> Route:
    async def check(request: Request) -> Response:
        wanted = request.query_params.get("assurance")
        if wanted is not None and wanted not in set(AssuranceLevel):
            return _answer(400)
        token = credential(request, settings, trusted)
        if token is None:
            return _answer(401, **{"WWW-Authenticate": "Bearer"})
        try:
            viewer = await callers.resolve(token)
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            logger.warning("storage unavailable: %s", type(exc).__name__)
            return _answer(503, **{"Retry-After": "1"})
        if viewer is None:
            return _answer(401, **{"WWW-Authenticate": "Bearer"})
        assurance = level(viewer.session.methods)
        if wanted == AssuranceLevel.AAL2 and assurance != AssuranceLevel.AAL2:
            return _answer(403)
        headers = {
            "X-Account-Id": str(viewer.user.id),
            # HTTP header values are ASCII: a username beyond it is sent percent-encoded UTF-8
            "X-Account-Username": quote(viewer.user.username, safe=""),
            "X-Session-Id": str(viewer.session.id),
            "X-Account-Assurance": assurance.value,
        }
        if is_staff(viewer.user.role):
            headers["X-Account-Role"] = viewer.user.role
        return _answer(200, **headers)

    return Route(PATH, check, methods=["GET", "HEAD"])
