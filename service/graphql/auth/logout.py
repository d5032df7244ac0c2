"""Mutation.logout: revokes the session of this request's token."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.sessions import logouts
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.sessions.types import LogoutResult


async def logout(info: Info[Context, None]) -> LogoutResult:
    ctx = info.context
    viewer = ctx.caller
    return present(await ctx.run(lambda uow: logouts.logout(uow, viewer, ctx.client)))
