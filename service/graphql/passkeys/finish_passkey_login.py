"""Mutation.finishPasskeyLogin: a verified assertion opens a session, like a password login."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passkeys import login as passkey_login
from service.graphql.auth.types import LoginResult
from service.graphql.context import Context
from service.graphql.passkeys.types import FinishPasskeyLoginInput
from service.graphql.present import present


async def finish_passkey_login(
    info: Info[Context, None], input: FinishPasskeyLoginInput
) -> LoginResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: passkey_login.finish_login(
            uow,
            ctx.services,
            str(input.challenge_id),
            input.credential_json,
            ctx.client,
            input.device_token,
        )
    )
    return present(outcome)
