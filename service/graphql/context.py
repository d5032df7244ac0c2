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

from service.accounts.outcomes import AccountChanged, Authenticated, Rejected, SessionsEnded
from service.accounts.services import Services
from service.accounts.sessions import logouts
from service.accounts.values import ClientInfo, Viewer
from service.db.faults import is_unavailable
from service.db.unit_of_work import UnitOfWork
from service.graphql import browser_session
from service.graphql.credentials import Credential, request_credential
from service.graphql.errors import ConflictError, ServiceUnavailableError, UnauthenticatedError
from service.http import client_ip
from service.state import AppState

logger = logging.getLogger("service.graphql")
OutcomeT = TypeVar("OutcomeT")


def unavailable(cause: BaseException) -> ServiceUnavailableError:
    """The client's typed answer to an outage; the log says what failed (no parameters)."""
    logger.warning("storage unavailable: %s: %s", type(cause).__name__, str(cause)[:200])
    return ServiceUnavailableError()


class Context:
    def __init__(self, request: Request, state: AppState, response: Response | None = None) -> None:
        self.request = request
        self.state = state
        self.response = response if response is not None else Response()
        self._issued_cookie = False
        self._replaced_cookie = False
        self._viewer_by_cookie = False  # pragma: no mutate - set by _load_viewer before any read
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
    def credential(self) -> Credential | None:
        """The request's session token: a bearer token, else the browser session's cookie
        where it cannot be forged (``credentials``)."""
        return request_credential(self.request, self.state.settings)

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
        lost compare-and-set (``AccountChanged``) is a top-level ``CONFLICT`` error. An outcome
        that ended the request's own session makes the request forget its caller.
        """
        try:
            async with self.unit_of_work() as uow:
                outcome = await call(uow)
        except Rejected as rejected:
            return cast(OutcomeT, rejected.outcome)
        except AccountChanged as exc:
            raise ConflictError() from exc
        if isinstance(outcome, Authenticated) and browser_session.wants_cookie(self.request):
            # A browser session: the token goes into an HttpOnly cookie, never into the body;
            # the session of the cookie it replaces ends.
            replaced = browser_session.cookie_token(self.request, self.state.settings)
            browser_session.set_session(self.response, outcome.token, self.state.settings)
            self._issued_cookie = True
            self._forget_if_ended(outcome.ended)
            if replaced is not None and not self._replaced_cookie:
                self._replaced_cookie = True
                async with self.unit_of_work() as uow:
                    await logouts.end_replaced(uow, replaced, self.client)
            return cast(OutcomeT, replace(outcome, token=""))
        self._forget_if_ended(getattr(outcome, "ended", None))
        return outcome

    def _forget_if_ended(self, ended: object) -> None:
        """The outcome ended sessions (``SessionsEnded``): when the request's own is among
        them, later fields see no caller and a browser drops its cookie. A caller not resolved
        yet is looked up afterwards and found revoked."""
        viewer = self._viewer
        if (
            isinstance(ended, SessionsEnded)
            and viewer is not None
            and ended.covers(viewer.user.id, viewer.session.id)
        ):
            self.forget_viewer()

    async def viewer(self) -> Viewer | None:
        """The caller behind the request's token, resolved once per request.

        ``accounts.sessions.callers`` decides: one coalesced autocommit read, and the sliding
        expiry written in a unit of work of its own, only once per refresh interval.
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

    @property
    def caller(self) -> Viewer:
        """The caller of a field declared ``SignedIn`` (``permissions``), whose permission
        resolved it before the resolver runs."""
        if self._viewer is None:
            raise UnauthenticatedError()
        return self._viewer

    async def _load_viewer(self) -> Viewer | None:
        credential = self.credential
        if credential is None:
            return None
        self._viewer_by_cookie = credential.by_cookie
        viewer = await self.state.callers.resolve(credential.token)
        if viewer is None and credential.by_cookie and not self._issued_cookie:
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
