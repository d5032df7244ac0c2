"""Mutation.logoutAll: revokes every session of the caller and forgets its devices."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.sessions import logouts
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.sessions.types import LogoutResult


async def logout_all(info: Info[Context, None]) -> LogoutResult:
    ctx = info.context
    viewer = ctx.caller
    return present(await ctx.run(lambda uow: logouts.logout_everywhere(uow, viewer, ctx.client)))
