"""Mutation.revokeSession: ends one of the caller's own sessions."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.types import Info

from service.accounts.outcomes import Revoked
from service.accounts.sessions import logouts
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.sessions.types import LogoutResult


async def revoke_session(info: Info[Context, None], id: strawberry.ID) -> LogoutResult:
    viewer = info.context.caller
    try:
        session_id = uuid.UUID(str(id))
    except ValueError:
        return present(Revoked(0))
    ctx = info.context
    return present(
        await ctx.run(lambda uow: logouts.end_session(uow, viewer, session_id, ctx.client))
    )
