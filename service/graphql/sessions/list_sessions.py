"""Query.sessions: the caller's active sessions, most recently used first."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from service.accounts.sessions import listing
from service.accounts.sessions.store import MAX_LISTED_SESSIONS
from service.graphql.context import Context
from service.graphql.errors import ExpectedError
from service.graphql.sessions.types import Session


async def list_sessions(
    info: Info[Context, None],
    first: Annotated[
        int,
        strawberry.argument(
            description=f"How many, most recently used first (1 to {MAX_LISTED_SESSIONS})."
        ),
    ] = MAX_LISTED_SESSIONS,
) -> list[Session]:
    viewer = info.context.caller
    if not 1 <= first <= MAX_LISTED_SESSIONS:
        raise ExpectedError(f"first must be between 1 and {MAX_LISTED_SESSIONS}.")
    ctx = info.context
    listed = await ctx.run(lambda uow: listing.caller_sessions(uow, ctx.services, viewer, first))
    return [Session.from_listed(session, viewer.session.id) for session in listed]
