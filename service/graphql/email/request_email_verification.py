"""Mutation.requestEmailVerification: a new code to the caller's email."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import verification
from service.graphql.context import Context
from service.graphql.permissions import require_viewer
from service.graphql.present import present
from service.graphql.types import CodeSentResult


async def request_email_verification(info: Info[Context, None]) -> CodeSentResult:
    viewer = await require_viewer(info)
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: verification.request_email_verification(uow, ctx.services, viewer, ctx.client)
    )
    return present(outcome)
