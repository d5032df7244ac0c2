"""sessions and revokeSession."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.types import Info

from service.accounts import sessions
from service.accounts.results import Revoked
from service.graphql.context import Context
from service.graphql.permissions import require_viewer
from service.graphql.types import LogoutResult, Session, present


async def list_sessions(info: Info[Context, None]) -> list[Session]:
    viewer = await require_viewer(info)
    async with info.context.unit_of_work() as db:
        rows = await sessions.list_sessions(db, viewer.user.id)
    return [Session.from_row(row, viewer.session.id) for row in rows]


async def revoke_session(info: Info[Context, None], id: strawberry.ID) -> LogoutResult:
    viewer = await require_viewer(info)
    try:
        session_id = uuid.UUID(str(id))
    except ValueError:
        return present(Revoked(0))  # type: ignore[return-value]
    async with info.context.unit_of_work() as db:
        count = await sessions.revoke_session(db, viewer.user.id, session_id)
    return present(Revoked(count))  # type: ignore[return-value]
