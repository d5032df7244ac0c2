"""Mutation.disableTwoFactor: the password and a current code turn two-factor sign-in off."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin.step_up import InlineProof
from service.accounts.two_factor import setup
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.two_factor.types import DisableTwoFactorInput, DisableTwoFactorResult


async def disable_two_factor(
    info: Info[Context, None], input: DisableTwoFactorInput
) -> DisableTwoFactorResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: setup.disable_two_factor(
            uow, ctx.services, viewer, InlineProof(input.current_password, input.code), ctx.client
        )
    )
    return present(outcome)
