"""The per-request context: the request's unit of work, the caller's client info and viewer.

The context owns the request's one DB session (opened lazily, wrapped in a ``UnitOfWork``):
every mutation field commits or rolls back its own unit of work through ``unit_of_work`` or
``run``, and ``close`` releases the session when the answer is decided.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from functools import cached_property
from typing import TypeVar, cast

from starlette.requests import Request
from starlette.responses import Response

from service.accounts.outcomes import AccountChanged, Authenticated, Rejected
from service.accounts.services import Services
from service.accounts.sessions.store import resolve_viewer
from service.accounts.values import ClientInfo, Viewer
from service.db.faults import is_unavailable
from service.db.unit_of_work import UnitOfWork
from service.graphql import browser_session
from service.graphql.errors import ConflictError, ServiceUnavailableError
from service.http import client_ip
from service.state import AppState

AUTH_SCHEMES = ("bearer", "token")
logger = logging.getLogger("service.graphql")
OutcomeT = TypeVar("OutcomeT")


def unavailable(cause: BaseException) -> ServiceUnavailableError:
    """The client's typed answer to an outage; the log says what failed (no parameters)."""
    logger.warning("storage unavailable: %s: %s", type(cause).__name__, str(cause)[:200])
    return ServiceUnavailableError()


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` (or ``Token <token>``) header."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() not in AUTH_SCHEMES:
        return None
    return token.strip() or None


class Context:
    def __init__(self, request: Request, state: AppState, response: Response | None = None) -> None:
        self.request = request
        self.state = state
        self.response = response if response is not None else Response()
        self._issued_cookie = False
        self._viewer_by_cookie = False
        self.request_id: str = getattr(request.state, "request_id", None) or secrets.token_hex(8)
        self._uow: UnitOfWork | None = None
        self._lock = asyncio.Lock()
        self._viewer_lock = asyncio.Lock()
        self._viewer: Viewer | None = None
        self._viewer_loaded = False

    @property
    def services(self) -> Services:
        return self.state.services

    @cached_property
    def client(self) -> ClientInfo:
        peer = self.request.client
        return ClientInfo(
            ip_address=client_ip(
                peer.host if peer else None,
                self.request.headers.getlist("x-forwarded-for"),
                self.state.trusted_proxies,
            ),
            user_agent=self.request.headers.get("user-agent"),
        )

    @cached_property
    def token(self) -> str | None:
        """The bearer token, else the browser session's cookie where it cannot be forged."""
        bearer = bearer_token(self.request.headers.get("authorization"))
        if bearer is not None:
            return bearer
        return browser_session.cookie_token(self.request, self.state.settings)

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[UnitOfWork]:
        """The request's unit of work for one field: committed on success, else rolled back.

        Each mutation field is its own unit of work (GraphQL reports each mutation's result
        separately, so a later failure must not undo an earlier, reported success). Fields
        resolved concurrently take turns on the one session.
        """
        async with self._lock:
            if self._uow is None:
                self._uow = UnitOfWork(self.state.session_factory())
            uow = self._uow
            try:
                yield uow
                await uow.commit()
            except BaseException as exc:
                self._viewer_loaded = False  # rows loaded before the rollback are stale
                try:
                    await uow.rollback()
                except Exception as rollback_error:
                    if not is_unavailable(rollback_error):
                        raise
                if isinstance(exc, Exception) and is_unavailable(exc):
                    raise unavailable(exc) from exc
                raise

    async def run(self, call: Callable[[UnitOfWork], Awaitable[OutcomeT]]) -> OutcomeT:
        """Run one service call as its own unit of work and return its outcome.

        A ``Rejected`` call is answered with its outcome once the unit of work has rolled back
        (services raise it only with an outcome their return type names, hence the cast); a
        lost compare-and-set (``AccountChanged``) is a top-level ``CONFLICT`` error.
        """
        try:
            async with self.unit_of_work() as uow:
                outcome = await call(uow)
        except Rejected as rejected:
            return cast(OutcomeT, rejected.outcome)
        except AccountChanged as exc:
            raise ConflictError() from exc
        if isinstance(outcome, Authenticated) and browser_session.wants_cookie(self.request):
            # A browser session: the token goes into an HttpOnly cookie, never into the body.
            browser_session.set_session(self.response, outcome.token, self.state.settings)
            self._issued_cookie = True
            return cast(OutcomeT, replace(outcome, token=""))
        return outcome

    async def viewer(self) -> Viewer | None:
        """The caller behind the request's token, resolved once per request.

        ``resolve_viewer`` does the work: one coalesced autocommit read, and the sliding expiry
        written in a unit of work of its own, only once per refresh interval.
        """
        async with self._viewer_lock:
            if not self._viewer_loaded:
                try:
                    self._viewer = await self._load_viewer()
                except ServiceUnavailableError:
                    raise
                except Exception as exc:
                    if is_unavailable(exc):
                        raise unavailable(exc) from exc
                    raise
                self._viewer_loaded = True
        return self._viewer

    def forget_viewer(self) -> None:
        """The request's own session was revoked: later fields of the request see no caller,
        and a browser drops its cookie (unless this request opened a new session)."""
        by_cookie = self._viewer is not None and self._viewer_by_cookie
        self._viewer, self._viewer_loaded = None, True
        if by_cookie and not self._issued_cookie:
            browser_session.clear_session(self.response)

    def sessions_ended(self, outcome: object) -> None:
        """``outcome`` ended every session of its account (a password reset, maybe completed
        by ``completeLogin``): when the request's caller, already resolved, is of that account,
        forget it (``forget_viewer``). A failed operation, or one that ended another account's
        sessions, leaves the caller and its cookie alone; a caller not resolved yet is looked
        up afterwards and found revoked."""
        viewer = self._viewer
        if (
            isinstance(outcome, Authenticated)
            and outcome.ended_sessions
            and viewer is not None
            and viewer.user.id == outcome.user.id
        ):
            self.forget_viewer()

    async def _load_viewer(self) -> Viewer | None:
        token = self.token
        if token is None:
            return None
        self._viewer_by_cookie = token != bearer_token(self.request.headers.get("authorization"))
        state = self.state
        viewer = await resolve_viewer(state.viewer_lookup, state.settings, token, self.unit_of_work)
        if viewer is None and self._viewer_by_cookie and not self._issued_cookie:
            # the cookie's session ended elsewhere (revoked, expired, suspended): drop it
            browser_session.clear_session(self.response)
        return viewer

    async def close(self) -> None:
        """Release the request's connection; the answer is decided, so a failure here (the
        database went away meanwhile) is logged rather than turned into an error response."""
        uow, self._uow = self._uow, None
        if uow is not None:
            try:
                await uow.close()
            except Exception as exc:
                logger.warning("closing the request's session failed: %s", type(exc).__name__)
