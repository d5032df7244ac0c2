"""The union members every area answers with: field errors, a refused credential or
code, a spent budget."""

from __future__ import annotations

import strawberry

from service.graphql.two_factor.challenge import TwoFactorMethod


@strawberry.type(description="One failing rule of one input field.")
class FieldError:
    field: str = strawberry.field(description="Input field name, e.g. `password`.")
    code: str = strawberry.field(description="Stable machine-readable code, e.g. `too_short`.")
    message: str


@strawberry.type(description="Every failing field of the input, all at once.")
class ValidationError:
    message: str
    fields: list[FieldError]


@strawberry.type(description="Same message for an unknown user and a wrong password.")
class InvalidCredentials:
    message: str


@strawberry.type(
    description="One answer for a wrong, expired, used or used-up code, or one for another address."
)
class InvalidCode:
    message: str


@strawberry.type
class RateLimited:
    message: str
    retry_after_seconds: int


@strawberry.type(
    description="This change needs a privileged session: call reauthenticate with the password "
    "(when passwordRequired) and, when methods list TOTP, a TOTP or recovery code; or with a "
    "passkey alone (when methods list PASSKEY). Then try again: nothing changed."
)
class ReauthenticationRequired:
    message: str
    methods: list[TwoFactorMethod]
    password_required: bool
