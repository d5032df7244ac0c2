"""``TwoFactorRequired``: the answer of a sign-in that waits for its second factor."""

from __future__ import annotations

from datetime import datetime

import strawberry

from service.accounts.outcomes import TwoFactorMethod as TwoFactorMethod  # registered below

strawberry.enum(TwoFactorMethod, name="TwoFactorMethod")


@strawberry.type(
    description="The password (or the reset code) was right; no session yet. Send the challenge "
    "with a second factor to completeLogin."
)
class TwoFactorRequired:
    challenge: str = strawberry.field(description="Single use; expires at expiresAt.")
    methods: list[TwoFactorMethod]
    expires_at: datetime
