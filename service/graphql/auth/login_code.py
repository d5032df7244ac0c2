"""Mutation.requestLoginCode and Mutation.loginWithCode: sign-in by a mailed code."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.signin import email_code
from service.graphql.auth.inputs import LoginWithCodeInput, RequestLoginCodeInput
from service.graphql.auth.types import LoginResult
from service.graphql.context import Context
from service.graphql.email.types import CodeSentResult
from service.graphql.present import present


async def request_login_code(
    info: Info[Context, None], input: RequestLoginCodeInput
) -> CodeSentResult:
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: email_code.request_login_code(
            uow, ctx.services, input.email, ctx.client, input.device_token
        )
    )
    return present(outcome)


async def login_with_code(info: Info[Context, None], input: LoginWithCodeInput) -> LoginResult:
    ctx = info.context
    attempt = email_code.CodeLogin(
        email=input.email, code=input.code, handle=input.handle, device_token=input.device_token
    )
    outcome = await ctx.run(
        lambda uow: email_code.login_with_code(uow, ctx.services, attempt, ctx.client)
    )
    return present(outcome)
