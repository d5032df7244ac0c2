"""Attempt budgets of the passkey operations, on the attempt limiter's store.

Counted per attempt inside the service layer, like every budget in ``ratelimit`` (30 aliased
``finishPasskeyLogin`` fields are 30 attempts), in the same store (memory, or Redis shared by
every process):

- ``passkey_login_per_ip``: every ``beginPasskeyLogin`` and every ``finishPasskeyLogin`` from
  one client address (IPv6: one /64), reserved before any work; it also bounds the challenges
  an anonymous client can make the service store;
- ``passkey_failures_per_account``: failed finishes that named a passkey of the account;
  once spent, that account's passkey logins are refused before any verification;
- ``passkey_registrations_per_user``: ``beginPasskeyRegistration`` calls of one account.
"""

from __future__ import annotations

import hashlib
import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.strategies import MovingWindowRateLimiter

from service.accounts.limits.attempts import AttemptLimiter, address_key
from service.accounts.outcomes import RateLimited
from service.config import Settings


def _key(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


@lru_cache(maxsize=16)
def _item(text: str) -> RateLimitItem:
    return parse(text)


class PasskeyLimits:
    def __init__(self, settings: Settings, limiter: AttemptLimiter) -> None:
        self.enabled = limiter.enabled
        self._limiter = MovingWindowRateLimiter(limiter.storage)
        self.per_ip = _item(settings.rate_limit_passkey_login_per_ip)
        self.failures_per_account = _item(settings.rate_limit_passkey_failures_per_account)
        self.registrations_per_user = _item(settings.rate_limit_passkey_registrations_per_user)

    async def _retry_after(self, item: RateLimitItem, *keys: str) -> RateLimited:
        stats = await self._limiter.get_window_stats(item, *keys)
        return RateLimited(retry_after_seconds=max(1, math.ceil(stats.reset_time - time.time())))

    async def _reserve(self, item: RateLimitItem, *keys: str) -> RateLimited | None:
        if not self.enabled or await self._limiter.hit(item, *keys):
            return None
        return await self._retry_after(item, *keys)

    async def login_attempt(self, ip: str | None) -> RateLimited | None:
        """One begin or finish of a passkey login from ``ip``."""
        return await self._reserve(self.per_ip, "passkey-ip", address_key(ip))

    async def account_refused(self, user_id: str) -> RateLimited | None:
        """``RateLimited`` while the account's failures are spent, without counting."""
        if not self.enabled:
            return None
        keys = ("passkey-failures", _key(user_id))
        if await self._limiter.test(self.failures_per_account, *keys):
            return None
        return await self._retry_after(self.failures_per_account, *keys)

    async def account_failed(self, user_id: str) -> None:
        if self.enabled:
            await self._limiter.hit(self.failures_per_account, "passkey-failures", _key(user_id))

    async def registration(self, user_id: str) -> RateLimited | None:
        return await self._reserve(self.registrations_per_user, "passkey-register", _key(user_id))
