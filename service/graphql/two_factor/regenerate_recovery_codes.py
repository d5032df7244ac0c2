"""Mutation.regenerateRecoveryCodes: after a password check, a new set replaces the old."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin.step_up import InlineProof
from service.accounts.two_factor import setup
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.two_factor.types import RecoveryCodesResult, RegenerateRecoveryCodesInput


async def regenerate_recovery_codes(
    info: Info[Context, None], input: RegenerateRecoveryCodesInput
) -> RecoveryCodesResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: setup.regenerate_recovery_codes(
            uow, ctx.services, viewer, InlineProof(input.current_password, input.code), ctx.client
        )
    )
    return present(outcome)
