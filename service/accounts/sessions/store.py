"""Opaque session tokens: issue, find the caller (with sliding refresh), list, revoke, purge."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, Delete, Select, bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import SQLModel, col

from service.accounts.tokens import SESSION_TOKENS
from service.accounts.values import AccountSnapshot, ClientInfo, SessionSnapshot, Viewer
from service.clock import utcnow
from service.config import Settings
from service.db.lookup import BatchedLookup
from service.db.models import AccountStatus, AuthSession, User
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork
from service.observability import SESSIONS_ISSUED, SESSIONS_REVOKED

USER_AGENT_MAX = 512
new_token = SESSION_TOKENS.new
token_digest = SESSION_TOKENS.digest
looks_like_token = SESSION_TOKENS.well_formed


async def issue_session(
    uow: UnitOfWork,
    settings: Settings,
    user: User,
    client: ClientInfo,
    now: datetime | None = None,
) -> tuple[str, AuthSession]:
    """Create a session for ``user``; evict the oldest beyond ``max_sessions_per_user``."""
    now = now or utcnow()
    token = new_token()
    absolute = now + settings.session_max_ttl
    session = AuthSession(
        user_id=user.id,
        token_digest=token_digest(token),
        created_at=now,
        last_used_at=now,
        expires_at=min(now + settings.session_idle_ttl, absolute),
        absolute_expires_at=absolute,
        user_agent=client.user_agent[:USER_AGENT_MAX] if client.user_agent else None,
        ip_address=client.ip_address,
    )
    uow.session.add(session)
    await uow.session.flush()
    SESSIONS_ISSUED.inc()
    if settings.max_sessions_per_user is not None:
        await _evict_beyond(uow, user.id, settings.max_sessions_per_user, keep=session.id)
    return token, session


async def _evict_beyond(uow: UnitOfWork, user_id: uuid.UUID, limit: int, keep: uuid.UUID) -> None:
    db = uow.session
    rows = await db.execute(
        select(col(AuthSession.id))
        .where(col(AuthSession.user_id) == user_id, col(AuthSession.id) != keep)
        .order_by(col(AuthSession.created_at).desc())
        .offset(limit - 1)
    )
    stale = [row[0] for row in rows]
    if stale:
        await db.execute(delete(AuthSession).where(col(AuthSession.id).in_(stale)))


_users = SQLModel.metadata.tables[str(User.__tablename__)]
_sessions = SQLModel.metadata.tables[str(AuthSession.__tablename__)]
_VIEWER_COLUMNS = (
    _sessions.c.id,
    _sessions.c.token_digest,
    _sessions.c.created_at,
    _sessions.c.last_used_at,
    _sessions.c.expires_at,
    _sessions.c.absolute_expires_at,
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


async def resolve_viewer(
    lookup: BatchedLookup,
    settings: Settings,
    token: str,
    open_unit_of_work: Callable[[], AbstractAsyncContextManager[UnitOfWork]],
    now: datetime | None = None,
) -> Viewer | None:
    """The active session and user behind ``token``, with the sliding refresh.

    The lookup is one read on the hot path, coalesced with concurrent ones (``lookup``); the
    idle expiry is written in a unit of work of its own (``open_unit_of_work``), and only
    once per refresh interval.
    """
    if not looks_like_token(token):
        return None
    now = now or utcnow()
    viewer = _viewer(await lookup.get(token_digest(token)), now)
    if viewer is not None and refresh_due(settings, viewer, now):
        async with open_unit_of_work() as uow:
            await refresh(uow, settings, viewer, now)
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
    )
    session = SessionSnapshot(
        id=row["id"],
        user_id=row["user_id"],
        created_at=row["created_at"],
        last_used_at=row["last_used_at"],
        expires_at=row["expires_at"],
        absolute_expires_at=row["absolute_expires_at"],
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


MAX_LISTED_SESSIONS = 100


def list_sessions_query(
    user_id: uuid.UUID, now: datetime, limit: int = MAX_LISTED_SESSIONS
) -> Select[AuthSession]:
    return (
        select(AuthSession)
        .where(col(AuthSession.user_id) == user_id, col(AuthSession.expires_at) > now)
        .order_by(col(AuthSession.last_used_at).desc(), col(AuthSession.created_at).desc())
        .limit(limit)
    )


async def list_sessions(
    uow: UnitOfWork,
    user_id: uuid.UUID,
    now: datetime | None = None,
    limit: int = MAX_LISTED_SESSIONS,
) -> list[AuthSession]:
    """The most recently used active sessions, at most ``limit`` (≤ ``MAX_LISTED_SESSIONS``)."""
    limit = max(0, min(limit, MAX_LISTED_SESSIONS))
    rows = await uow.session.execute(list_sessions_query(user_id, now or utcnow(), limit))
    return list(rows.scalars())


async def revoke_session(uow: UnitOfWork, user_id: uuid.UUID, session_id: uuid.UUID) -> int:
    result = await uow.session.execute(
        delete(AuthSession).where(
            col(AuthSession.id) == session_id,
            col(AuthSession.user_id) == user_id,
        )
    )
    return revoked(affected(result))


async def revoke_all(uow: UnitOfWork, user_id: uuid.UUID) -> int:
    result = await uow.session.execute(
        delete(AuthSession).where(col(AuthSession.user_id) == user_id)
    )
    return revoked(affected(result))


def revoked(count: int) -> int:
    """Count sessions ended before their time (expired ones purged later are not revoked)."""
    SESSIONS_REVOKED.inc(count)
    return count


def purge_query(now: datetime) -> Delete:
    return delete(AuthSession).where(col(AuthSession.expires_at) <= now)


async def purge_expired(uow: UnitOfWork, now: datetime | None = None) -> int:
    now = now or utcnow()
    result = await uow.session.execute(purge_query(now))
    return affected(result)
