"""The one pattern for an attempt budget: a named moving-window limit on the shared store.

A ``Budget`` is a limit (``"5/hour"``) under a name; the parts of its key name whose budget
it is (an account, a client address, a session), each hashed first (``key``, ``address_key``)
so that no identifier or address is stored as it is. Every area declares the budgets it needs
on the process's one ``Budgets`` (memory, or Redis shared by every process), and calls:

- ``reserve``: count one attempt atomically, or ``RateLimited`` when the budget is spent;
- ``refused``: ``RateLimited`` while the budget is spent, without counting;
- ``spend``: count one (a failure that was allowed) whatever the budget says;
- ``clear``: forget what was counted (a success).

With rate limits switched off (``ACCOUNTS_RATE_LIMIT_ENABLED=false``) nothing is counted and
nothing is refused.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter

from service.accounts.outcomes import RateLimited

IPV6_PREFIX = 64


def key(value: str) -> str:
    """A key part for ``value``, hashed."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def address_key(ip: str | None) -> str:
    """An IPv4 address, or the /64 network of an IPv6 one (one subscriber's allocation),
    hashed."""
    if not ip:
        return "unknown"
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return key("raw:" + ip[:64])
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return key(str(address.ipv4_mapped))
        return key(str(ipaddress.IPv6Network((address, IPV6_PREFIX), strict=False)))
    return key(str(address))


@lru_cache(maxsize=64)
def _item(limit: str) -> RateLimitItem:
    return parse(limit)


class Budgets:
    """The process's budgets, on one store."""

    def __init__(self, storage: Storage, *, enabled: bool) -> None:
        self.storage = storage
        self.enabled = enabled
        self._limiter = MovingWindowRateLimiter(storage)

    def budget(self, name: str, limit: str) -> Budget:
        return Budget(self, name, _item(limit))


class Budget:
    def __init__(self, budgets: Budgets, name: str, item: RateLimitItem) -> None:
        self._budgets = budgets
        self.name = name
        self.item = item

    async def _retry_after(self, parts: tuple[str, ...]) -> RateLimited:
        stats = await self._budgets._limiter.get_window_stats(self.item, self.name, *parts)
        return RateLimited(retry_after_seconds=max(1, math.ceil(stats.reset_time - time.time())))

    async def reserve(self, *parts: str) -> RateLimited | None:
        """Count one attempt atomically, or ``RateLimited`` when the budget is spent."""
        if not self._budgets.enabled or await self._budgets._limiter.hit(
            self.item, self.name, *parts
        ):
            return None
        return await self._retry_after(parts)

    async def refused(self, *parts: str) -> RateLimited | None:
        """``RateLimited`` while the budget is spent, without counting anything."""
        if not self._budgets.enabled or await self._budgets._limiter.test(
            self.item, self.name, *parts
        ):
            return None
        return await self._retry_after(parts)

    async def spend(self, *parts: str) -> None:
        """Count one attempt, whatever the budget says (a failure that was let through)."""
        if self._budgets.enabled:
            await self._budgets._limiter.hit(self.item, self.name, *parts)

    async def clear(self, *parts: str) -> None:
        if self._budgets.enabled:
            await self._budgets._limiter.clear(self.item, self.name, *parts)
