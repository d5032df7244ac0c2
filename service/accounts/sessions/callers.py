"""Token → caller: the session and account behind a request's token.

The transport extracts the token (``graphql.credentials``); this module decides whether it
names a live session of an active account; ``db.lookup`` fetches the row, one read on the
hot path coalesced with concurrent ones. The sliding refresh of the idle expiry is written in
a unit of work of its own, opened from the process's session factory, and only once per
``ACCOUNTS_SESSION_REFRESH_INTERVAL``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import SQLModel, col

from service.accounts.assurance import decode
from service.accounts.tokens import SESSION_TOKENS
from service.accounts.values import AccountSnapshot, SessionSnapshot, Viewer
from service.clock import utcnow
from service.config import Settings
from service.db.lookup import BatchedLookup
from service.db.models import AccountStatus, AuthSession, User
from service.db.unit_of_work import UnitOfWork

_users = SQLModel.metadata.tables[str(User.__tablename__)]
_sessions = SQLModel.metadata.tables[str(AuthSession.__tablename__)]
_VIEWER_COLUMNS = (
    _sessions.c.id,
    _sessions.c.token_digest,
    _sessions.c.created_at,
    _sessions.c.last_used_at,
    _sessions.c.expires_at,
    _sessions.c.absolute_expires_at,
    _sessions.c.methods,
    _sessions.c.authenticated_at,
    _users.c.id.label("user_id"),
    _users.c.email,
    _users.c.username,
    _users.c.first_name,
    _users.c.last_name,
    _users.c.bio,
    _users.c.contact,
    _users.c.image_key,
    _users.c.status,
    _users.c.date_joined,
    _users.c.last_login,
    _users.c.email_verified,
    _users.c.pending_email,
    _users.c.locale,
    _users.c.role,
    _users.c.password_hash.is_not(None).label("has_password"),
)
_VIEWER_JOIN = _sessions.join(_users, _users.c.id == _sessions.c.user_id)


def viewers_query(count: int) -> Select[Any]:
    """The caller's session and user for ``count`` token digests at once (``k0`` …): one
    query on the digest's unique index; Core (not ORM) keeps it cheap."""
    digests: list[BindParameter[str]] = [bindparam(f"k{index}") for index in range(count)]
    return (
        select(*_VIEWER_COLUMNS)
        .select_from(_VIEWER_JOIN)
        .where(_sessions.c.token_digest.in_(digests))
    )


def viewer_lookup(
    engine: AsyncEngine,
    max_in_flight: int,
    deadline: float | None = None,
    *,
    driver_level: bool,
) -> BatchedLookup:
    """The hot-path token lookup: concurrent requests share one query (see BatchedLookup)."""
    return BatchedLookup(
        engine, viewers_query, "token_digest", max_in_flight, deadline, driver_level=driver_level
    )


class Callers:
    """Finds the caller behind a token; built once per process (``state.AppState``)."""

    def __init__(
        self,
        lookup: BatchedLookup,
        settings: Settings,
        session_factory: async_sessionmaker[AsyncSession],
    ) -> None:
        self.lookup = lookup
        self.settings = settings
        self._session_factory = session_factory

    async def resolve(self, token: str, now: datetime | None = None) -> Viewer | None:
        """The active session and user behind ``token``, with the sliding refresh."""
        if not SESSION_TOKENS.well_formed(token):
            return None
        now = now or utcnow()
        viewer = _viewer(await self.lookup.get(SESSION_TOKENS.digest(token)), now)
        if viewer is not None and refresh_due(self.settings, viewer, now):
            async with UnitOfWork.open(self._session_factory) as uow:
                await refresh(uow, self.settings, viewer, now)
        return viewer


def _viewer(row: Mapping[Any, Any] | None, now: datetime) -> Viewer | None:
    if row is None or row["expires_at"] <= now or row["status"] != AccountStatus.ACTIVE:
        return None
    user = AccountSnapshot(
        id=row["user_id"],
        email=row["email"],
        username=row["username"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        bio=row["bio"],
        contact=row["contact"],
        image_key=row["image_key"],
        status=row["status"],
        date_joined=row["date_joined"],
        last_login=row["last_login"],
        email_verified=bool(row["email_verified"]),
        pending_email=row["pending_email"],
        locale=row["locale"],
        has_password=bool(row["has_password"]),
        role=row["role"],
    )
    session = SessionSnapshot(
        id=row["id"],
        user_id=row["user_id"],
        created_at=row["created_at"],
        last_used_at=row["last_used_at"],
        expires_at=row["expires_at"],
        absolute_expires_at=row["absolute_expires_at"],
        methods=decode(row["methods"]),
        authenticated_at=row["authenticated_at"],
    )
    return Viewer(user=user, session=session)


def refresh_due(settings: Settings, viewer: Viewer, now: datetime | None = None) -> bool:
    now = now or utcnow()
    return now - viewer.session.last_used_at >= settings.session_refresh_interval


async def refresh(
    uow: UnitOfWork, settings: Settings, viewer: Viewer, now: datetime | None = None
) -> None:
    """Slide the idle expiry forward (never past the absolute maximum)."""
    now = now or utcnow()
    session = viewer.session
    expires_at = min(now + settings.session_idle_ttl, session.absolute_expires_at)
    await uow.session.execute(
        update(AuthSession)
        .where(col(AuthSession.id) == session.id)
        .values(last_used_at=now, expires_at=expires_at)
    )
    session.last_used_at, session.expires_at = now, expires_at
    viewer.refreshed = True
