"""Mutation.resetPassword: a new password with a code; every session ends, a fresh one opens."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import password_reset
from service.graphql.context import Context
from service.graphql.email.inputs import ResetPasswordInput
from service.graphql.email.types import ResetPasswordResult
from service.graphql.present import present


async def reset_password(
    info: Info[Context, None], input: ResetPasswordInput
) -> ResetPasswordResult:
    ctx = info.context
    reset = password_reset.PasswordReset(
        email=input.email,
        code=input.code,
        new_password=input.new_password,
        new_password_confirmation=input.new_password_confirmation,
        handle=input.handle,
    )
    outcome = await ctx.run(
        lambda uow: password_reset.reset_password(uow, ctx.services, reset, ctx.client)
    )
    return present(outcome)
