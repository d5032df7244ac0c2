"""Mutation.removePasskey: one of the caller's passkeys, from a recently opened session."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from service.accounts.passkeys import removal
from service.graphql.context import Context
from service.graphql.passkeys.types import RemovePasskeyResult
from service.graphql.present import present


async def remove_passkey(info: Info[Context, None], id: strawberry.ID) -> RemovePasskeyResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: removal.remove_passkey(uow, ctx.services, viewer, str(id), ctx.client)
    )
    return present(outcome)
