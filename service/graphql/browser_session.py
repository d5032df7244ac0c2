"""Browser sessions: the session token in an HttpOnly cookie that page scripts cannot read.

A browser asks for one by sending ``Accounts-Session: cookie`` with a mutation that opens a
session (``registerUser``, ``login``, ``completeLogin``, ``finishPasskeyLogin``,
``resetPassword``, ``changePassword``): the token is then set as the cookie
``__Host-accounts-session`` (``HttpOnly; Secure; SameSite=Lax; Path=/``; browsers keep Secure
cookies from ``http://localhost`` and ``http://127.0.0.1`` too) and the body's ``token`` is
the empty string. Every other client keeps using ``Authorization: Bearer``, which wins when
both come.

The cookie is accepted only on a request no cross-site page can forge (CSRF by
construction): a POST whose body is JSON (``Content-Type: application/json``, which no HTML
form can send and which a script on another origin can only send after a CORS preflight) or
that carries a preflight header (``Apollo-Require-Preflight``, for uploads); whose ``Origin``,
when sent, is the service's own, ``ACCOUNTS_PUBLIC_URL``'s or one of
``ACCOUNTS_CORS_ORIGINS``; and which a browser did not mark ``Sec-Fetch-Site: cross-site`` or
``same-site`` without an ``Origin``. Any other request is served as if it carried no cookie.
A request that ends its own session (``logout``, ``logoutAll``, a deactivation, a revoked own
session) clears the cookie, unless the same request opened a new one; so does a request whose
cookie names a session that ended elsewhere.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from service.config import Settings

COOKIE = "__Host-accounts-session"
REQUEST_HEADER = "accounts-session"
REQUEST_VALUE = "cookie"
PREFLIGHT_HEADERS = ("apollo-require-preflight", "x-apollo-operation-name")
SAFE_FETCH_SITES = frozenset({"same-origin", "none"})
_COOKIE_PREFIX = f"{COOKIE}=".encode("latin-1")


def wants_cookie(request: Request) -> bool:
    """Whether the request asked for its new session as a cookie."""
    return request.headers.get(REQUEST_HEADER, "").strip().lower() == REQUEST_VALUE


def _origin_of(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme.lower()}://{rest.split('/', 1)[0].lower()}"


def own_origins(request: Request, settings: Settings) -> set[str]:
    """The service's own origins: the request's, and ``ACCOUNTS_PUBLIC_URL``'s."""
    own = f"{request.url.scheme}://{request.headers.get('host', '')}".lower()
    return {own, _origin_of(settings.public_url)}


def allowed_origins(request: Request, settings: Settings) -> set[str]:
    return own_origins(request, settings) | {o.lower() for o in settings.cors_origins}


def cannot_be_forged(request: Request, settings: Settings) -> bool:
    """Whether a cross-site page could not have made this request carry the cookie."""
    if request.method != "POST":
        return False
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    preflighted = any(request.headers.get(name) for name in PREFLIGHT_HEADERS)
    if media_type != "application/json" and not preflighted:
        return False
    origin = request.headers.get("origin")
    if origin is not None:
        return origin.lower() in allowed_origins(request, settings)
    site = request.headers.get("sec-fetch-site")
    return site is None or site.lower() in SAFE_FETCH_SITES


def cookie_token(request: Request, settings: Settings) -> str | None:
    """The session token of the cookie, when the request may use it."""
    token = request.cookies.get(COOKIE)
    if not token or not cannot_be_forged(request, settings):
        return None
    return token


def _replace(response: Response, header: str) -> None:
    raw = [
        (name, value)
        for name, value in response.headers.raw
        if not (name == b"set-cookie" and value.startswith(_COOKIE_PREFIX))
    ]
    raw.append((b"set-cookie", header.encode("latin-1")))
    response.headers.raw[:] = raw


def _cookie_header(value: str, max_age: int) -> str:
    return f"{COOKIE}={value}; Max-Age={max_age}; Path=/; Secure; HttpOnly; SameSite=Lax"


def set_session(response: Response, token: str, settings: Settings) -> None:
    _replace(response, _cookie_header(token, int(settings.session_max_ttl.total_seconds())))


def clear_session(response: Response) -> None:
    _replace(response, _cookie_header("", 0))
