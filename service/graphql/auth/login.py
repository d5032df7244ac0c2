"""Mutation.login."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin import password_login
from service.graphql.auth.inputs import LoginInput
from service.graphql.auth.types import LoginResult
from service.graphql.context import Context
from service.graphql.present import present


async def login(info: Info[Context, None], input: LoginInput) -> LoginResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: password_login.login(
            uow, ctx.services, input.identifier, input.password, ctx.client, input.device_token
        )
    )
    return present(outcome)
