"""Mutation.reauthenticate: a fresh, full proof makes the caller's session privileged."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin import reauthentication
from service.graphql.auth.inputs import ReauthenticateInput
from service.graphql.auth.types import ReauthenticateResult
from service.graphql.context import Context
from service.graphql.present import present


async def reauthenticate(
    info: Info[Context, None], input: ReauthenticateInput
) -> ReauthenticateResult:
    ctx = info.context
    viewer = ctx.caller
    attempt = reauthentication.Reauthentication(
        password=input.password,
        code=input.code,
        recovery_code=input.recovery_code,
        passkey_challenge_id=(
            str(input.passkey_challenge_id) if input.passkey_challenge_id is not None else None
        ),
        passkey_credential_json=input.passkey_credential_json,
    )
    outcome = await ctx.run(
        lambda uow: reauthentication.reauthenticate(uow, ctx.services, viewer, attempt, ctx.client)
    )
    return present(outcome)
