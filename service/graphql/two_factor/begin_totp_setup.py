"""Mutation.beginTotpSetup: a fresh TOTP secret, shown once; enabled by confirmTotpSetup."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.two_factor import setup
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.two_factor.types import TotpSetupResult


async def begin_totp_setup(info: Info[Context, None]) -> TotpSetupResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: setup.begin_totp_setup(uow, ctx.services, viewer, ctx.client)
    )
    return present(outcome)
