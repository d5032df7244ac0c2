"""Attempt budgets of the passkey operations, on the attempt limiter's store.

Counted per attempt inside the service layer, like every budget (``limits.budget``; 30 aliased
``finishPasskeyLogin`` fields are 30 attempts), in the same store (memory, or Redis shared by
every process):

- ``passkey_login_per_ip``: every ``beginPasskeyLogin`` and every ``finishPasskeyLogin`` from
  one client address (IPv6: one /64), reserved before any work; it also bounds the challenges
  an anonymous client can make the service store;
- ``passkey_registrations_per_user``: ``beginPasskeyRegistration`` calls of one account.
"""

from __future__ import annotations

from service.accounts.limits.attempts import AttemptLimiter
from service.accounts.limits.budget import address_key, key
from service.accounts.outcomes import RateLimited
from service.config import Settings


class PasskeyLimits:
    def __init__(self, settings: Settings, limiter: AttemptLimiter) -> None:
        budgets = limiter.budgets
        self.per_ip = budgets.budget("passkey-ip", settings.rate_limit_passkey_login_per_ip)
        self.registrations_per_user = budgets.budget(
            "passkey-register", settings.rate_limit_passkey_registrations_per_user
        )

    async def login_attempt(self, ip: str | None) -> RateLimited | None:
        """One begin or finish of a passkey login from ``ip``."""
        return await self.per_ip.reserve(address_key(ip))

    async def registration(self, user_id: str) -> RateLimited | None:
        return await self.registrations_per_user.reserve(key(user_id))
