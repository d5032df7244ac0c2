"""The inputs of the email code operations."""

from __future__ import annotations

import strawberry


@strawberry.input
class VerifyEmailInput:
    email: str
    code: str
    handle: str | None = strawberry.field(
        default=None,
        description="The handle the request for this code answered (CodeSent.handle), when "
        "this client kept it: then only that code is checked, and nobody else can spend its "
        "tries.",
    )


@strawberry.input
class RequestPasswordResetInput:
    email: str
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` a sign-in on this device answered, if any: a device "
        "the account signed in from is not held to the address's daily cap on mail.",
    )


@strawberry.input
class ResetPasswordInput:
    email: str
    code: str
    new_password: str
    new_password_confirmation: str
    handle: str | None = strawberry.field(
        default=None,
        description="The handle the request for this code answered (CodeSent.handle), when "
        "this client kept it: then only that code is checked, and nobody else can spend its "
        "tries.",
    )


@strawberry.input
class ConfirmEmailChangeInput:
    code: str
