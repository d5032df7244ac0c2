"""Mutation.completeLogin: a sign-in challenge and a second factor open the session.

No session needed: the challenge is the proof of the first factor."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.two_factor import completion
from service.graphql.auth.types import LoginResult
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.two_factor.types import CompleteLoginInput


async def complete_login(info: Info[Context, None], input: CompleteLoginInput) -> LoginResult:
    ctx = info.context
    attempt = completion.SecondFactor(
        challenge=input.challenge,
        code=input.code,
        recovery_code=input.recovery_code,
        device_token=input.device_token,
    )
    outcome = await ctx.run(
        lambda uow: completion.complete_login(uow, ctx.services, attempt, ctx.client)
    )
    return present(outcome)
