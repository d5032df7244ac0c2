"""Mutation.beginPasskeyLogin: request options; no session needed."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passkeys import login
from service.graphql.context import Context
from service.graphql.passkeys.types import BeginPasskeyLoginInput, PasskeyOptionsResult
from service.graphql.present import present


async def begin_passkey_login(
    info: Info[Context, None], input: BeginPasskeyLoginInput
) -> PasskeyOptionsResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: login.begin_login(uow, ctx.services, input.identifier, ctx.client)
    )
    return present(outcome)
