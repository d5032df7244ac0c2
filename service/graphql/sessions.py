"""sessions and revokeSession."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry
from strawberry.types import Info

from service.accounts import sessions
from service.accounts.results import Revoked
from service.accounts.sessions import MAX_LISTED_SESSIONS
from service.graphql.context import Context
from service.graphql.errors import ExpectedError
from service.graphql.permissions import require_viewer
from service.graphql.types import LogoutResult, Session, present


async def list_sessions(
    info: Info[Context, None],
    first: Annotated[
        int,
        strawberry.argument(
            description=f"How many, most recently used first (1 to {MAX_LISTED_SESSIONS})."
        ),
    ] = MAX_LISTED_SESSIONS,
) -> list[Session]:
    viewer = await require_viewer(info)
    if not 1 <= first <= MAX_LISTED_SESSIONS:
        raise ExpectedError(f"first must be between 1 and {MAX_LISTED_SESSIONS}.")
    async with info.context.unit_of_work() as db:
        rows = await sessions.list_sessions(db, viewer.user.id, limit=first)
    return [Session.from_row(row, viewer.session.id) for row in rows]


async def revoke_session(info: Info[Context, None], id: strawberry.ID) -> LogoutResult:
    viewer = await require_viewer(info)
    try:
        session_id = uuid.UUID(str(id))
    except ValueError:
        return present(Revoked(0))  # type: ignore[return-value]
    async with info.context.unit_of_work() as db:
        count = await sessions.revoke_session(db, viewer.user.id, session_id)
    if count and session_id == viewer.session.id:
        info.context.forget_viewer()
    return present(Revoked(count))  # type: ignore[return-value]
