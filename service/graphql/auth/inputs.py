"""The input of ``login``."""

from __future__ import annotations

import strawberry


@strawberry.input(description="Log in with an email address or a username.")
class LoginInput:
    identifier: str
    password: str
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` an earlier login on this device answered, if any.",
    )


@strawberry.input(
    description="The password (with a TOTP or recovery code when two-factor sign-in is on), or "
    "a passkey's answer to beginPasskeyReauthentication's options."
)
class ReauthenticateInput:
    password: str | None = None
    code: str | None = strawberry.field(default=None, description="A current TOTP code.")
    recovery_code: str | None = strawberry.field(
        default=None, description="An unused recovery code."
    )
    passkey_challenge_id: strawberry.ID | None = None
    passkey_credential_json: str | None = strawberry.field(
        default=None,
        description="JSON of the PublicKeyCredential navigator.credentials.get() gave.",
    )


@strawberry.input(description="Ask for a sign-in code by email (ACCOUNTS_LOGIN_BY_CODE).")
class RequestLoginCodeInput:
    email: str
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` a sign-in on this device answered, if any: a device "
        "the account signed in from is not held to the address's daily cap on mail.",
    )


@strawberry.input(description="Sign in with the code requestLoginCode mailed.")
class LoginWithCodeInput:
    email: str
    code: str
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` an earlier sign-in on this device answered, if any.",
    )
    handle: str | None = strawberry.field(
        default=None,
        description="The handle requestLoginCode answered (CodeSent.handle), when this client "
        "kept it: then only that code is checked, and nobody else can spend its tries.",
    )
