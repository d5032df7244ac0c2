"""Mutation.beginPasskeyRegistration: creation options with a challenge bound to the caller."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passkeys import registration
from service.graphql.context import Context
from service.graphql.passkeys.types import PasskeyOptionsResult
from service.graphql.present import present


async def begin_passkey_registration(info: Info[Context, None]) -> PasskeyOptionsResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: registration.begin_registration(uow, ctx.services, viewer, ctx.client)
    )
    return present(outcome)
