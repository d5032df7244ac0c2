"""Token → caller, the transport's part: which session token a request carries.

A bearer token (``Authorization: Bearer <token>``, or ``Token <token>``) wins; without one,
the browser session's cookie, when the request is one no cross-site page can forge
(``browser_session``). Any other ``Authorization`` scheme carries no token. What the token
names is decided by ``accounts.sessions.callers``.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from service.config import Settings
from service.graphql import browser_session

AUTH_SCHEMES = ("bearer", "token")


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` (or ``Token <token>``) header."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() not in AUTH_SCHEMES:
        return None
    return token.strip() or None


@dataclass(frozen=True, slots=True)
class Credential:
    token: str
    by_cookie: bool


def request_credential(request: Request, settings: Settings) -> Credential | None:
    bearer = bearer_token(request.headers.get("authorization"))
    if bearer is not None:
        return Credential(bearer, by_cookie=False)
    cookie = browser_session.cookie_token(request, settings)
    return Credential(cookie, by_cookie=True) if cookie is not None else None
