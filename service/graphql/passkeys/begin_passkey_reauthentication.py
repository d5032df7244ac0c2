"""Mutation.beginPasskeyReauthentication: request options for one of the caller's passkeys."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin import reauthentication
from service.graphql.context import Context
from service.graphql.passkeys.types import PasskeyOptionsResult
from service.graphql.present import present


async def begin_passkey_reauthentication(info: Info[Context, None]) -> PasskeyOptionsResult:
    ctx = info.context
    viewer = ctx.caller
    outcome = await ctx.run(
        lambda uow: reauthentication.begin_passkey_reauthentication(
            uow, ctx.services, viewer, ctx.client
        )
    )
    return present(outcome)
