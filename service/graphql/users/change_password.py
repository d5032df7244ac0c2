"""Mutation.changePassword: a fresh session; every other session of the caller is revoked."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin import password_change
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.users.inputs import ChangePasswordInput
from service.graphql.users.types import ChangePasswordResult


async def change_password(
    info: Info[Context, None], input: ChangePasswordInput
) -> ChangePasswordResult:
    ctx = info.context
    viewer = ctx.caller
    change = password_change.PasswordChange(
        current_password=input.current_password,
        new_password=input.new_password,
        new_password_confirmation=input.new_password_confirmation,
        code=input.code,
    )
    outcome = await ctx.run(
        lambda uow: password_change.change_password(uow, ctx.services, viewer, change, ctx.client)
    )
    return present(outcome)
