"""Mutation.beginExternalLink, completeExternalLink and unlinkExternalIdentity: the
caller's own account, privileged where the contract says so (``accounts.external.linking``)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from service.accounts.external import linking
from service.graphql.context import Context
from service.graphql.external.types import (
    BeginExternalLoginInput,
    BeginExternalLoginResult,
    CompleteExternalLoginInput,
    LinkExternalResult,
    UnlinkExternalResult,
)
from service.graphql.present import present


async def begin_external_link(
    info: Info[Context, None], input: BeginExternalLoginInput
) -> BeginExternalLoginResult:
    ctx = info.context
    viewer = ctx.caller
    outcome = await ctx.run(
        lambda uow: linking.begin_link(
            uow, ctx.services, viewer, input.provider, input.return_to, ctx.client
        )
    )
    return present(outcome)


async def complete_external_link(
    info: Info[Context, None], input: CompleteExternalLoginInput
) -> LinkExternalResult:
    ctx = info.context
    viewer = ctx.caller
    outcome = await ctx.run(
        lambda uow: linking.complete_link(
            uow, ctx.services, viewer, str(input.flow_id), input.handoff, ctx.client
        )
    )
    return present(outcome)


async def unlink_external_identity(
    info: Info[Context, None], id: strawberry.ID
) -> UnlinkExternalResult:
    ctx = info.context
    viewer = ctx.caller
    outcome = await ctx.run(
        lambda uow: linking.unlink(uow, ctx.services, viewer, str(id), ctx.client)
    )
    return present(outcome)
