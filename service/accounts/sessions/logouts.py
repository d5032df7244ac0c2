"""Logging out: this session, one session, or every session of the account."""

from __future__ import annotations

import uuid

from sqlalchemy import delete
from sqlmodel import col

from service.accounts import events
from service.accounts.email.notices import send_notice, ways_in
from service.accounts.outcomes import Revoked, SessionsEnded
from service.accounts.sessions import store as sessions
from service.accounts.signin.devices import forget_devices
from service.accounts.tokens import SESSION_TOKENS
from service.accounts.values import ClientInfo, Viewer
from service.db.models import AuthSession, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


async def logout(uow: UnitOfWork, viewer: Viewer, client: ClientInfo) -> Revoked:
    """End the caller's own session; how many ended (0 or 1)."""
    count = await sessions.revoke_session(uow, viewer.user.id, viewer.session.id)
    if count:
        await events.record(uow, viewer.user.id, SecurityEventKind.LOGOUT, client)
    return Revoked(count, SessionsEnded(viewer.user.id, viewer.session.id))


async def logout_everywhere(uow: UnitOfWork, viewer: Viewer, client: ClientInfo) -> Revoked:
    """End every session of the account and forget its devices; how many sessions ended. The
    owner is told, with every way in the account still has."""
    user_id = viewer.user.id
    count = await sessions.revoke_all(uow, user_id)
    await forget_devices(uow, user_id)
    await events.record(uow, user_id, SecurityEventKind.LOGOUT, client)
    user = await uow.session.get(User, user_id)
    if user is not None:
        await send_notice(
            uow, user, "signed_out_everywhere", client, ways_in=await ways_in(uow, user)
        )
    return Revoked(count, SessionsEnded(user_id))


async def end_session(
    uow: UnitOfWork, viewer: Viewer, session_id: uuid.UUID, client: ClientInfo
) -> Revoked:
    """End one of the caller's sessions (its own or another); how many ended."""
    count = await sessions.revoke_session(uow, viewer.user.id, session_id)
    if count:
        kind = (
            SecurityEventKind.LOGOUT
            if session_id == viewer.session.id
            else SecurityEventKind.SESSION_REVOKED
        )
        await events.record(uow, viewer.user.id, kind, client)
    return Revoked(count, SessionsEnded(viewer.user.id, session_id) if count else None)


async def end_replaced(uow: UnitOfWork, token: str, client: ClientInfo) -> int:
    """A browser's session cookie replaced by a new sign-in's: the session it named ends
    (how many: 0 or 1), instead of living on unseen until it expires."""
    if not SESSION_TOKENS.well_formed(token):
        return 0
    ended = await uow.session.execute(
        delete(AuthSession)
        .where(col(AuthSession.token_digest) == SESSION_TOKENS.digest(token))
        .returning(col(AuthSession.user_id))
    )
    row = ended.first()
    if row is None:
        return 0
    await events.record(uow, row[0], SecurityEventKind.LOGOUT, client)
    return sessions.revoked(1)
