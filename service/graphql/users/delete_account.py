"""Mutation.deleteAccount: the caller's account and everything of it, after a password check."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.outcomes import AccountDeleted
from service.accounts.profile import deletion
from service.graphql.context import Context
from service.graphql.inputs import DeleteAccountInput
from service.graphql.permissions import require_viewer
from service.graphql.present import present
from service.graphql.types import DeleteAccountResult


async def delete_account(
    info: Info[Context, None], input: DeleteAccountInput
) -> DeleteAccountResult:
    viewer = await require_viewer(info)
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: deletion.delete_account(
            uow, ctx.services, viewer, input.current_password, ctx.client
        )
    )
    if isinstance(outcome, AccountDeleted):
        ctx.forget_viewer()
    return present(outcome)
