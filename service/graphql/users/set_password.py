"""Mutation.setPassword: a password for the account (its first, or a new one), from a
privileged session; every other session ends, this client starts over."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passwords.rules import NewPassword
from service.accounts.signin import password_change
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.users.inputs import SetPasswordInput
from service.graphql.users.types import SetPasswordResult


async def set_password(info: Info[Context, None], input: SetPasswordInput) -> SetPasswordResult:
    ctx = info.context
    viewer = ctx.caller
    new = NewPassword(input.new_password, input.new_password_confirmation)
    outcome = await ctx.run(
        lambda uow: password_change.set_password(uow, ctx.services, viewer, new, ctx.client)
    )
    return present(outcome)
