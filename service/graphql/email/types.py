"""What the email code operations answer."""

from __future__ import annotations

from typing import Annotated

import strawberry

from service.graphql.auth.types import AuthSuccess
from service.graphql.results import InvalidCode, RateLimited, ValidationError
from service.graphql.two_factor.challenge import TwoFactorRequired


@strawberry.type(description="The same answer whether or not the address has an account.")
class CodeSent:
    message: str
    expires_in_seconds: int
    handle: str = strawberry.field(
        description="Send it back with the code (verifyEmail, resetPassword) from this client: "
        "then only this request's code is checked, and nobody else can spend its tries. "
        "Random when no code was sent."
    )


@strawberry.type
class EmailVerified:
    email: str
    has_password: bool = strawberry.field(
        description="False when a code without its request's handle proved the address of a "
        "new account for the first time: the address's owner took the account over, its "
        "password was dropped; set one with requestPasswordReset."
    )


CodeSentResult = Annotated[
    CodeSent | ValidationError | RateLimited, strawberry.union("CodeSentResult")
]


VerifyEmailResult = Annotated[
    EmailVerified | InvalidCode | RateLimited, strawberry.union("VerifyEmailResult")
]


ResetPasswordResult = Annotated[
    AuthSuccess | InvalidCode | ValidationError | RateLimited | TwoFactorRequired,
    strawberry.union("ResetPasswordResult"),
]
