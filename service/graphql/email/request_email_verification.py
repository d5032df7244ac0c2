"""Mutation.requestEmailVerification: a new code to the caller's email."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import verification
from service.graphql.context import Context
from service.graphql.email.types import CodeSentResult
from service.graphql.present import present


async def request_email_verification(info: Info[Context, None]) -> CodeSentResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: verification.request_email_verification(uow, ctx.services, viewer, ctx.client)
    )
    return present(outcome)
