"""Logging out: this session, one session, or every session of the account."""

from __future__ import annotations

import uuid

from service.accounts import events
from service.accounts.outcomes import Revoked, SessionsEnded
from service.accounts.sessions import store as sessions
from service.accounts.signin.devices import forget_devices
from service.accounts.values import ClientInfo, Viewer
from service.db.models import SecurityEventKind
from service.db.unit_of_work import UnitOfWork


async def logout(uow: UnitOfWork, viewer: Viewer, client: ClientInfo) -> Revoked:
    """End the caller's own session; how many ended (0 or 1)."""
    count = await sessions.revoke_session(uow, viewer.user.id, viewer.session.id)
    if count:
        await events.record(uow, viewer.user.id, SecurityEventKind.LOGOUT, client)
    return Revoked(count, SessionsEnded(viewer.user.id, viewer.session.id))


async def logout_everywhere(uow: UnitOfWork, viewer: Viewer, client: ClientInfo) -> Revoked:
    """End every session of the account and forget its devices; how many sessions ended."""
    user_id = viewer.user.id
    count = await sessions.revoke_all(uow, user_id)
    await forget_devices(uow, user_id)
    await events.record(uow, user_id, SecurityEventKind.LOGOUT, client)
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
