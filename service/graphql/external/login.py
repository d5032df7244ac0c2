"""Mutation.beginExternalLogin and Mutation.completeExternalLogin: no session needed."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.external import flows
from service.accounts.external import login as external_login
from service.db.models import ExternalFlowPurpose
from service.graphql.auth.types import LoginResult
from service.graphql.context import Context
from service.graphql.external.types import (
    BeginExternalLoginInput,
    BeginExternalLoginResult,
    CompleteExternalLoginInput,
)
from service.graphql.present import present


async def begin_external_login(
    info: Info[Context, None], input: BeginExternalLoginInput
) -> BeginExternalLoginResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: flows.begin(
            uow,
            ctx.services,
            input.provider,
            input.return_to,
            ctx.client,
            purpose=ExternalFlowPurpose.LOGIN,
        )
    )
    return present(outcome)


async def complete_external_login(
    info: Info[Context, None], input: CompleteExternalLoginInput
) -> LoginResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: external_login.complete_external_login(
            uow, ctx.services, str(input.flow_id), input.handoff, ctx.client, input.device_token
        )
    )
    return present(outcome)
