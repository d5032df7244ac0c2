"""Mutation.verifyEmail: the address and the code sent to it; no session needed."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.email import verification
from service.graphql.context import Context
from service.graphql.email.inputs import VerifyEmailInput
from service.graphql.email.types import VerifyEmailResult
from service.graphql.present import present


async def verify_email(info: Info[Context, None], input: VerifyEmailInput) -> VerifyEmailResult:
    """From one of the account's own sessions the sessions stay; from anywhere else, the
    first proof of an unverified mailbox ends them (``verification.verify_email``)."""
    ctx = info.context
    caller = await ctx.viewer()
    proof = verification.MailboxProof(input.email, input.code, input.handle)
    outcome = await ctx.run(
        lambda uow: verification.verify_email(uow, ctx.services, proof, ctx.client, caller)
    )
    return present(outcome)
