"""Which second factors an account has, and the challenge a sign-in gets when it has any.

``login`` (after a correct password) and ``resetPassword`` (after a correct email code) ask
``require_second_factor``: ``None`` lets them go on; otherwise they answer the
``TwoFactorRequired`` it returns, and ``completeLogin`` (``two_factor``) finishes the sign-in.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from service.accounts.assurance import AuthenticationMethod
from service.accounts.outcomes import TwoFactorMethod, TwoFactorRequired
from service.accounts.passkeys import store
from service.accounts.services import Services
from service.accounts.two_factor import challenges, totp
from service.db.models import ChallengePurpose, User
from service.db.unit_of_work import UnitOfWork


async def two_factor_methods(uow: UnitOfWork, user_id: uuid.UUID) -> list[TwoFactorMethod]:
    """The second factors a challenge of this account accepts; empty: no second factor.

    A confirmed TOTP secret brings TOTP and its recovery codes, and PASSKEY when the account
    has a passkey: the sign-in may start over with ``beginPasskeyLogin`` instead (a passkey is
    both factors). Passkeys alone are no second factor for a password sign-in.
    """
    methods: list[TwoFactorMethod] = []
    if await totp.is_enabled(uow, user_id):
        methods += [TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE]
        if await store.has_passkey(uow, user_id):
            methods.append(TwoFactorMethod.PASSKEY)
    return methods


async def require_second_factor(
    uow: UnitOfWork,
    services: Services,
    user: User,
    purpose: ChallengePurpose,
    now: datetime,
    new_password_hash: str | None = None,
    first_method: AuthenticationMethod = AuthenticationMethod.PASSWORD,
) -> TwoFactorRequired | None:
    """A challenge for ``user`` when the account has a second factor, else ``None``."""
    methods = await two_factor_methods(uow, user.id)
    if not methods:
        return None
    issued = await challenges.issue(
        uow, services.settings, user, purpose, now, new_password_hash, first_method
    )
    return TwoFactorRequired(challenge=issued.token, methods=methods, expires_at=issued.expires_at)
