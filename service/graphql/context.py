"""The per-request context: one lazily opened DB session, the caller's client info and viewer."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cached_property

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from service.accounts.deps import Deps
from service.accounts.results import ClientInfo, Viewer
from service.accounts.sessions import lookup_viewer, refresh, refresh_due
from service.accounts.transactions import commit, rollback
from service.db.faults import is_unavailable
from service.graphql.errors import ServiceUnavailableError
from service.http import client_ip
from service.state import AppState

AUTH_SCHEMES = ("bearer", "token")
logger = logging.getLogger("service.graphql")


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
    def __init__(self, request: Request, state: AppState) -> None:
        self.request = request
        self.state = state
        self.request_id: str = getattr(request.state, "request_id", None) or secrets.token_hex(8)
        self._db: AsyncSession | None = None
        self._lock = asyncio.Lock()
        self._viewer_lock = asyncio.Lock()
        self._viewer: Viewer | None = None
        self._viewer_loaded = False

    @property
    def deps(self) -> Deps:
        return self.state.deps

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
        return bearer_token(self.request.headers.get("authorization"))

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[AsyncSession]:
        """The request's DB session for one unit of work: committed on success.

        Each mutation field is its own unit of work (GraphQL reports each mutation's result
        separately, so a later failure must not undo an earlier, reported success). Fields
        resolved concurrently take turns on the one session.
        """
        async with self._lock:
            if self._db is None:
                self._db = self.state.session_factory()
            try:
                yield self._db
                await commit(self._db)
            except BaseException as exc:
                self._viewer_loaded = False  # rows loaded before the rollback are stale
                try:
                    await rollback(self._db)
                except Exception as rollback_error:
                    if not is_unavailable(rollback_error):
                        raise
                if isinstance(exc, Exception) and is_unavailable(exc):
                    raise unavailable(exc) from exc
                raise

    async def viewer(self) -> Viewer | None:
        """The caller behind the request's token, resolved once per request.

        The lookup is one autocommit read; the sliding expiry is written in a unit of work of
        its own, and only once per refresh interval.
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
        """The request's own session was revoked: later fields of the request see no caller."""
        self._viewer, self._viewer_loaded = None, True

    async def _load_viewer(self) -> Viewer | None:
        token = self.token
        if token is None:
            return None
        settings = self.state.settings
        viewer = await lookup_viewer(self.state.viewer_lookup, token)
        if viewer is not None and refresh_due(settings, viewer):
            async with self.unit_of_work() as db:
                await refresh(db, settings, viewer)
        return viewer

    async def close(self) -> None:
        """Release the request's connection; the answer is decided, so a failure here (the
        database went away meanwhile) is logged rather than turned into an error response."""
        db, self._db = self._db, None
        if db is not None:
            try:
                await db.close()
            except Exception as exc:
                logger.warning("closing the request's session failed: %s", type(exc).__name__)
