"""Mutation.verifyEmail: the address and the code sent to it; no session needed."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import verification
from service.graphql.context import Context
from service.graphql.email.inputs import VerifyEmailInput
from service.graphql.email.types import VerifyEmailResult
from service.graphql.present import present


async def verify_email(info: Info[Context, None], input: VerifyEmailInput) -> VerifyEmailResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: verification.verify_email(
            uow, ctx.services, input.email, input.code, ctx.client
        )
    )
    return present(outcome)
