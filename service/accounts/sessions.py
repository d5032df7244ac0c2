"""Opaque session tokens: issue, authenticate with sliding refresh, list, revoke, purge."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from service.accounts.clock import utcnow
from service.accounts.results import ClientInfo, Viewer
from service.config import Settings
from service.db.models import AccountStatus, AuthSession, User
from service.db.results import affected
from service.observability import SESSIONS_ISSUED, SESSIONS_REVOKED

TOKEN_PREFIX = "acct_"  # noqa: S105 - a public prefix, not a secret
TOKEN_BYTES = 32  # 256 bits
MAX_TOKEN_LENGTH = 128
USER_AGENT_MAX = 512


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def looks_like_token(token: str) -> bool:
    return token.startswith(TOKEN_PREFIX) and len(token) <= MAX_TOKEN_LENGTH and token.isascii()


async def issue_session(
    db: AsyncSession,
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
    db.add(session)
    await db.flush()
    SESSIONS_ISSUED.inc()
    if settings.max_sessions_per_user is not None:
        await _evict_beyond(db, user.id, settings.max_sessions_per_user, keep=session.id)
    return token, session


async def _evict_beyond(db: AsyncSession, user_id: uuid.UUID, limit: int, keep: uuid.UUID) -> None:
    rows = await db.execute(
        select(col(AuthSession.id))
        .where(col(col(AuthSession.user_id)) == user_id, col(col(AuthSession.id)) != keep)
        .order_by(col(col(AuthSession.created_at)).desc())
        .offset(limit - 1)
    )
    stale = [row[0] for row in rows]
    if stale:
        await db.execute(delete(AuthSession).where(col(col(AuthSession.id)).in_(stale)))


async def authenticate(
    db: AsyncSession, settings: Settings, token: str, now: datetime | None = None
) -> Viewer | None:
    """Resolve a token to its active session and user in one indexed query.

    The idle expiry slides forward, but is written at most once per refresh interval.
    """
    if not looks_like_token(token):
        return None
    now = now or utcnow()
    row = (
        await db.execute(
            select(AuthSession, User)
            .join(User, col(User.id) == col(AuthSession.user_id))
            .where(col(col(AuthSession.token_digest)) == token_digest(token))
        )
    ).first()
    if row is None:
        return None
    session, user = row
    if session.expires_at <= now or user.status != AccountStatus.ACTIVE:
        return None
    viewer = Viewer(user=user, session=session)
    if now - session.last_used_at >= settings.session_refresh_interval:
        session.last_used_at = now
        session.expires_at = min(now + settings.session_idle_ttl, session.absolute_expires_at)
        await db.flush()
        viewer.refreshed = True
    return viewer


async def list_sessions(
    db: AsyncSession, user_id: uuid.UUID, now: datetime | None = None
) -> list[AuthSession]:
    now = now or utcnow()
    rows = await db.execute(
        select(AuthSession)
        .where(col(col(AuthSession.user_id)) == user_id, col(col(AuthSession.expires_at)) > now)
        .order_by(
            col(col(AuthSession.last_used_at)).desc(), col(col(AuthSession.created_at)).desc()
        )
    )
    return list(rows.scalars())


async def revoke_session(db: AsyncSession, user_id: uuid.UUID, session_id: uuid.UUID) -> int:
    result = await db.execute(
        delete(AuthSession).where(
            col(col(AuthSession.id)) == session_id,
            col(col(AuthSession.user_id)) == user_id,
        )
    )
    return affected(result)


async def revoke_all(
    db: AsyncSession, user_id: uuid.UUID, *, except_id: uuid.UUID | None = None
) -> int:
    statement = delete(AuthSession).where(col(col(AuthSession.user_id)) == user_id)
    if except_id is not None:
        statement = statement.where(col(col(AuthSession.id)) != except_id)
    result = await db.execute(statement)
    return revoked(affected(result))


def revoked(count: int) -> int:
    """Count sessions ended before their time (expired ones purged later are not revoked)."""
    SESSIONS_REVOKED.inc(count)
    return count


async def purge_expired(db: AsyncSession, now: datetime | None = None) -> int:
    now = now or utcnow()
    result = await db.execute(delete(AuthSession).where(col(col(AuthSession.expires_at)) <= now))
    return affected(result)
