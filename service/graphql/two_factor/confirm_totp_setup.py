"""Mutation.confirmTotpSetup: a current code turns TOTP on; answers the recovery codes."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.two_factor import setup
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.two_factor.types import ConfirmTotpSetupInput, RecoveryCodesResult


async def confirm_totp_setup(
    info: Info[Context, None], input: ConfirmTotpSetupInput
) -> RecoveryCodesResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: setup.confirm_totp_setup(uow, ctx.services, viewer, input.code, ctx.client)
    )
    return present(outcome)
