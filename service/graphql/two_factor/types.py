"""GraphQL types, inputs and unions of two-factor setup (``TwoFactorRequired`` and
``TwoFactorMethod`` are in ``types``, beside the login unions that answer them)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from service.graphql.auth.types import EmailNotVerified
from service.graphql.results import (
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    ValidationError,
)


@strawberry.type(
    description="A new TOTP secret, shown only here. Nothing is enabled until confirmTotpSetup "
    "receives a current code."
)
class TotpSetup:
    secret: str = strawberry.field(description="Base32, for typing into an authenticator app.")
    otpauth_uri: str = strawberry.field(description="The otpauth:// URI the QR code holds.")
    qr_svg: str = strawberry.field(description="The URI as a QR code: an inline <svg> element.")


@strawberry.type(description="Ten single-use recovery codes, shown only here.")
class RecoveryCodes:
    codes: list[str]


@strawberry.type
class TwoFactorDisabled:
    message: str


@strawberry.input
class ConfirmTotpSetupInput:
    code: str = strawberry.field(description="A current code of the new secret.")


@strawberry.input
class DisableTwoFactorInput:
    current_password: str = strawberry.field(
        description="Re-authenticates the session on the spot (empty from a privileged one)."
    )
    code: str = strawberry.field(description="A current TOTP code or an unused recovery code.")


@strawberry.input
class RegenerateRecoveryCodesInput:
    current_password: str = strawberry.field(
        description="Re-authenticates the session on the spot (empty from a privileged one)."
    )
    code: str | None = strawberry.field(
        default=None,
        description="With two-factor sign-in on and no privileged session: a current TOTP code "
        "or an unused recovery code, beside currentPassword.",
    )


@strawberry.input(description="One of code and recoveryCode.")
class CompleteLoginInput:
    challenge: str = strawberry.field(description="TwoFactorRequired.challenge.")
    code: str | None = strawberry.field(default=None, description="A current TOTP code.")
    recovery_code: str | None = strawberry.field(
        default=None, description="An unused recovery code."
    )
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` an earlier sign-in on this device answered, if any.",
    )


TotpSetupResult = Annotated[
    TotpSetup | ValidationError | ReauthenticationRequired | EmailNotVerified,
    strawberry.union("TotpSetupResult"),
]
RecoveryCodesResult = Annotated[
    RecoveryCodes
    | InvalidCode
    | InvalidCredentials
    | RateLimited
    | ReauthenticationRequired
    | EmailNotVerified,
    strawberry.union("RecoveryCodesResult"),
]
DisableTwoFactorResult = Annotated[
    TwoFactorDisabled | InvalidCode | InvalidCredentials | RateLimited | ReauthenticationRequired,
    strawberry.union("DisableTwoFactorResult"),
]
