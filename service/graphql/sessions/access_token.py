"""Mutation.issueAccessToken: a short-lived JWT that names the caller to another service."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from service.accounts import access_tokens
from service.accounts.access_tokens import AccessTokenIssued
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.results import ValidationError

AUDIENCE_MAX = 256


@strawberry.type(
    description="A JWT for the service named by its audience: it verifies it with the keys at "
    "/.well-known/jwks.json. Ending the session does not recall it: it expires at expiresAt."
)
class AccessToken:
    token: str
    expires_at: datetime


IssueAccessTokenResult = Annotated[
    AccessToken | ValidationError, strawberry.union("IssueAccessTokenResult")
]


async def issue_access_token(
    info: Info[Context, None],
    audience: Annotated[
        str,
        strawberry.argument(
            description="The service the token is for: one of ACCOUNTS_ACCESS_TOKEN_AUDIENCES."
        ),
    ],
) -> IssueAccessTokenResult:
    viewer = info.context.caller
    ctx = info.context
    outcome = await ctx.run(
        lambda uow: access_tokens.issue(uow, ctx.services, viewer, audience[:AUDIENCE_MAX])
    )
    if isinstance(outcome, AccessTokenIssued):
        return AccessToken(token=outcome.token, expires_at=outcome.expires_at)
    return present(outcome)
