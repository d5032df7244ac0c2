"""Mutation.deleteAccount: the caller's account and everything of it, after a password check."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.profile import deletion
from service.accounts.signin.step_up import InlineProof
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.users.inputs import DeleteAccountInput
from service.graphql.users.types import DeleteAccountResult


async def delete_account(
    info: Info[Context, None], input: DeleteAccountInput
) -> DeleteAccountResult:
    ctx = info.context
    viewer = ctx.caller
    outcome = await ctx.run(
        lambda uow: deletion.delete_account(
            uow, ctx.services, viewer, InlineProof(input.current_password, input.code), ctx.client
        )
    )
    return present(outcome)
