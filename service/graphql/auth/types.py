"""What a sign-in answers: a session, or why not."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from service.graphql.results import InvalidCode, InvalidCredentials, RateLimited, ValidationError
from service.graphql.two_factor.challenge import TwoFactorRequired
from service.graphql.users.user import User


@strawberry.type(description="A new session. The token is shown only here, once.")
class AuthSuccess:
    user: User
    token: str
    # Nullable, as the contract states, while TwoFactorRequired.expiresAt is not: a document
    # that selects both members of LoginResult aliases one of them.
    expires_at: datetime | None
    device_token: str = strawberry.field(
        description=(
            "Keep it on this device and send it with later logins (`LoginInput.deviceToken`): "
            "a known device is never locked out by other devices' failed attempts."
        )
    )


@strawberry.type
class AccountSuspended:
    message: str


@strawberry.type(description="The password was right; verify the email first (a code was sent).")
class EmailNotVerified:
    message: str
    handle: str | None = strawberry.field(
        default=None,
        description="When a sign-in sent a code: its request's handle, to send back to "
        "verifyEmail with the code (the password stays the account's).",
    )


LoginResult = Annotated[
    AuthSuccess
    | InvalidCredentials
    | AccountSuspended
    | RateLimited
    | EmailNotVerified
    | TwoFactorRequired,
    strawberry.union("LoginResult"),
]


@strawberry.type(description="The session is privileged until privilegedUntil.")
class Reauthenticated:
    privileged_until: datetime


ReauthenticateResult = Annotated[
    Reauthenticated | InvalidCredentials | InvalidCode | RateLimited | ValidationError,
    strawberry.union("ReauthenticateResult"),
]
