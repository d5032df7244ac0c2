"""Attempt budgets for logins, registrations and password changes (DESIGN §5).

Counted per attempt, inside the service layer, so GraphQL aliases or batching cannot multiply
them. The scheme, chosen so an attacker cannot lock a real user out from another address:

- ``login_per_ip_identifier``: attempts for one identifier from one client IP, reserved
  atomically *before* the password is checked and cleared by a successful login. This is the
  tight budget a guesser hits first; it only ever blocks that IP for that identifier.
- ``login_per_ip``: failed logins from one IP across all identifiers (credential stuffing).
- ``login_per_identifier``: failed logins for one identifier from all IPs (a distributed
  guesser). When it is exhausted, only IPs that have failed for this identifier themselves
  are refused; an IP with no failures for it, or one the user logged in from recently,
  still gets through, so the real user is never locked out by someone else's failures.
- ``register_per_ip``: registrations from one IP; ``change_password_per_user``: attempts at
  changing one user's password, cleared on success.

Identifiers are hashed before they become storage keys, so no email lands in Redis.
"""

from __future__ import annotations

import hashlib
import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter

from service.accounts.memory_store import MemoryStorage
from service.accounts.results import RateLimited
from service.config import Settings

KNOWN_ADDRESS = parse("1/30 days")


def _key(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def create_storage(settings: Settings) -> Storage:
    if settings.redis_url:
        uri = settings.redis_url
        if not uri.startswith("async+"):
            uri = "async+" + uri
        return RedisStorage(
            uri, implementation="redispy", key_prefix=f"{settings.rate_limit_key_prefix}:limits"
        )
    return MemoryStorage()


class AttemptLimiter:
    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.enabled = settings.rate_limit_enabled
        self.storage = storage or create_storage(settings)
        self._limiter = MovingWindowRateLimiter(self.storage)
        self.login_per_ip_identifier = parse(settings.rate_limit_login_per_ip_identifier)
        self.login_per_ip = parse(settings.rate_limit_login_per_ip)
        self.login_per_identifier = parse(settings.rate_limit_login_per_identifier)
        self.register_per_ip = parse(settings.rate_limit_register_per_ip)
        self.change_password_per_user = parse(settings.rate_limit_change_password_per_user)

    async def _retry_after(self, item: RateLimitItem, *keys: str) -> RateLimited:
        stats = await self._limiter.get_window_stats(item, *keys)
        return RateLimited(retry_after_seconds=max(1, math.ceil(stats.reset_time - time.time())))

    async def _exhausted(self, item: RateLimitItem, *keys: str) -> bool:
        return not await self._limiter.test(item, *keys)

    # login ------------------------------------------------------------------------------------

    async def before_login(self, ip: str | None, identifier: str) -> RateLimited | None:
        """Refuse, or reserve one attempt of this IP's budget for this identifier."""
        if not self.enabled:
            return None
        ip, ident = ip or "unknown", _key(identifier)
        if await self._exhausted(self.login_per_ip, "login-ip", ip):
            return await self._retry_after(self.login_per_ip, "login-ip", ip)
        if await self._exhausted(self.login_per_identifier, "login-id", ident):
            has_failed_here = await self._limiter.get_window_stats(
                self.login_per_ip_identifier, "login-ip-id", ip, ident
            )
            known = await self._exhausted(KNOWN_ADDRESS, "known", ip, ident)
            if has_failed_here.remaining < self.login_per_ip_identifier.amount and not known:
                return await self._retry_after(self.login_per_identifier, "login-id", ident)
        if not await self._limiter.hit(self.login_per_ip_identifier, "login-ip-id", ip, ident):
            return await self._retry_after(self.login_per_ip_identifier, "login-ip-id", ip, ident)
        return None

    async def login_failed(self, ip: str | None, identifier: str) -> None:
        if not self.enabled:
            return
        ip, ident = ip or "unknown", _key(identifier)
        await self._limiter.hit(self.login_per_ip, "login-ip", ip)
        await self._limiter.hit(self.login_per_identifier, "login-id", ident)

    async def login_succeeded(self, ip: str | None, identifier: str) -> None:
        if not self.enabled:
            return
        ip, ident = ip or "unknown", _key(identifier)
        await self._limiter.clear(self.login_per_ip_identifier, "login-ip-id", ip, ident)
        await self._limiter.clear(KNOWN_ADDRESS, "known", ip, ident)
        await self._limiter.hit(KNOWN_ADDRESS, "known", ip, ident)

    # registration and password changes --------------------------------------------------------

    async def register_attempt(self, ip: str | None) -> RateLimited | None:
        if not self.enabled:
            return None
        ip = ip or "unknown"
        if not await self._limiter.hit(self.register_per_ip, "register-ip", ip):
            return await self._retry_after(self.register_per_ip, "register-ip", ip)
        return None

    async def change_password_attempt(self, user_id: str) -> RateLimited | None:
        if not self.enabled:
            return None
        if not await self._limiter.hit(self.change_password_per_user, "password-user", user_id):
            return await self._retry_after(self.change_password_per_user, "password-user", user_id)
        return None

    async def change_password_succeeded(self, user_id: str) -> None:
        if self.enabled:
            await self._limiter.clear(self.change_password_per_user, "password-user", user_id)

    async def reset(self) -> None:
        await self.storage.reset()

    async def close(self) -> None:
        """Close the Redis client's connections, if the store has any."""
        client = getattr(getattr(self.storage, "bridge", None), "storage", None)
        if client is not None and hasattr(client, "aclose"):
            await client.aclose()
