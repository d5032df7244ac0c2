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
