"""Mutation.requestPasswordReset: the same CodeSent whether or not the address has an account."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import password_reset
from service.graphql.context import Context
from service.graphql.email.inputs import RequestPasswordResetInput
from service.graphql.email.types import CodeSentResult
from service.graphql.present import present


async def request_password_reset(
    info: Info[Context, None], input: RequestPasswordResetInput
) -> CodeSentResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: password_reset.request_password_reset(
            uow, ctx.services, input.email, ctx.client, input.device_token
        )
    )
    return present(outcome)
