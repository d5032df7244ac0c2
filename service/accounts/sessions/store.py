"""Sessions in the database: issued, listed, revoked and purged (``callers`` finds one by its
token)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Delete, Select, delete, select
from sqlmodel import col

from service.accounts.assurance import AuthenticationMethod, Methods, encode
from service.accounts.tokens import SESSION_TOKENS
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.config import Settings
from service.db.models import AuthSession, User
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
    methods: Methods = (AuthenticationMethod.PASSWORD,),
) -> tuple[str, AuthSession]:
    """Create a session for ``user``, proved by ``methods`` now; evict the oldest beyond
    ``max_sessions_per_user``."""
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
        methods=encode(methods),
        authenticated_at=now,
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
