"""Mutation.confirmEmailChange: the code sent to the pending email makes it the email."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import email_change
from service.graphql.context import Context
from service.graphql.email.inputs import ConfirmEmailChangeInput
from service.graphql.present import present
from service.graphql.users.types import UpdateUserResult


async def confirm_email_change(
    info: Info[Context, None], input: ConfirmEmailChangeInput
) -> UpdateUserResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: email_change.confirm_email_change(
            uow, ctx.services, viewer, input.code, ctx.client
        )
    )
    return present(outcome)
