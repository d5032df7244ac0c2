"""Mutation.logoutAll: revokes every session of the caller and forgets its devices."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.outcomes import Revoked
from service.accounts.sessions import logouts
from service.graphql.context import Context
from service.graphql.permissions import require_viewer
from service.graphql.present import present
from service.graphql.types import LogoutResult


async def logout_all(info: Info[Context, None]) -> LogoutResult:
    viewer = await require_viewer(info)
    ctx = info.context
    count = await ctx.run(lambda uow: logouts.logout_everywhere(uow, viewer, ctx.client))
    ctx.forget_viewer()
    return present(Revoked(count))
