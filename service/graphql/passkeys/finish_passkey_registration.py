"""Mutation.finishPasskeyRegistration: the browser's new credential, for the caller's challenge."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passkeys import registration as passkeys
from service.graphql.context import Context
from service.graphql.passkeys.types import AddPasskeyResult, FinishPasskeyRegistrationInput
from service.graphql.present import present


async def finish_passkey_registration(
    info: Info[Context, None], input: FinishPasskeyRegistrationInput
) -> AddPasskeyResult:
    viewer = info.context.caller
    ctx = info.context
    registration = passkeys.PasskeyRegistration(
        challenge_id=str(input.challenge_id),
        credential_json=input.credential_json,
        name=input.name,
    )
    outcome = await ctx.run(
        lambda uow: passkeys.finish_registration(
            uow, ctx.services, viewer, registration, ctx.client
        )
    )
    return present(outcome)
