"""The rate-limit store: Redis when configured, with this process's memory as a fallback.

A Redis restart must neither stop logins nor stop limiting them. While Redis cannot be reached,
counting goes on in a ``MemoryStorage`` of this process (each process then limits on its own,
which is weaker across several processes but never unlimited); the outage is logged once and
shown in ``/metrics`` and ``/readyz``. A background probe pings Redis every
``redis_retry_interval`` seconds and switches back as soon as it answers, so no request ever
waits on a Redis that is down for more than one ``redis_timeout``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, cast

from limits.aio.storage import RedisStorage, Storage
from limits.aio.storage.base import MovingWindowSupport

from service.accounts.limits.memory_store import MemoryStorage
from service.config import Settings
from service.observability import RATE_LIMIT_STORE_FAILOVERS, RATE_LIMIT_STORE_FALLBACK

logger = logging.getLogger("service.accounts")
PROBE_KEY = "store-probe"


def redis_storage(settings: Settings) -> RedisStorage:
    assert settings.redis_url
    uri = settings.redis_url
    if not uri.startswith("async+"):
        uri = "async+" + uri
    return RedisStorage(
        uri,
        implementation="redispy",
        key_prefix=f"{settings.rate_limit_key_prefix}:limits",
        wrap_exceptions=True,
        socket_timeout=settings.redis_timeout,
        socket_connect_timeout=settings.redis_timeout,
    )


class FailoverStorage(Storage, MovingWindowSupport):
    """Every call goes to ``primary`` while it answers, to ``fallback`` while it does not.

    The moving window is the only strategy the budgets use (``limits.budget``).
    """

    STORAGE_SCHEME = None

    def __init__(self, primary: Storage, fallback: Storage, retry_interval: float) -> None:
        super().__init__()
        self.primary = primary
        self.fallback = fallback
        self.retry_interval = retry_interval
        self.down_since: float | None = None
        self._probe: asyncio.Task[None] | None = None
        RATE_LIMIT_STORE_FALLBACK.set(0)

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return Exception

    @property
    def using_fallback(self) -> bool:
        return self.down_since is not None

    def describe(self) -> dict[str, Any]:
        """The store's state for ``/readyz``."""
        if self.down_since is None:
            return {"rate_limit_store": "redis"}
        return {
            "rate_limit_store": "memory",
            "redis": "unreachable",
            "redis_down_seconds": round(time.monotonic() - self.down_since, 1),
        }

    async def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self.down_since is None:
            try:
                return await getattr(self.primary, name)(*args, **kwargs)
            except Exception as exc:
                self._failed(exc)
        return await getattr(self.fallback, name)(*args, **kwargs)

    def _failed(self, error: Exception) -> None:
        if self.down_since is not None:
            return
        self.down_since = time.monotonic()
        RATE_LIMIT_STORE_FALLBACK.set(1)
        RATE_LIMIT_STORE_FAILOVERS.inc()
        logger.warning(
            "rate-limit store unreachable (%s); counting in this process's memory until it "
            "answers again",
            type(error).__name__,
        )
        if self._probe is None or self._probe.done():
            self._probe = asyncio.get_running_loop().create_task(self._wait_for_primary())

    async def _writable(self) -> bool:
        """Whether Redis takes a write: a PING alone also answers while Redis refuses writes
        (out of memory, a read-only replica after a failover)."""
        try:
            primary = cast(MovingWindowSupport, self.primary)  # pragma: no mutate (types only)
            return bool(await primary.acquire_entry(PROBE_KEY, 1_000_000, 10))
        except Exception:
            return False

    async def _wait_for_primary(self) -> None:
        while self.down_since is not None:
            await asyncio.sleep(self.retry_interval)
            if await self._writable():
                logger.warning(
                    "rate-limit store reachable again after %.1f s; counting there again",
                    time.monotonic() - self.down_since,
                )
                self.down_since = None
                RATE_LIMIT_STORE_FALLBACK.set(0)

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        result: int = await self._call("incr", key, expiry, amount=amount)
        return result

    async def get(self, key: str) -> int:
        result: int = await self._call("get", key)
        return result

    async def get_expiry(self, key: str) -> float:
        result: float = await self._call("get_expiry", key)
        return result

    async def check(self) -> bool:
        """Ping Redis (unless it is known to be down); answer for whichever store counts."""
        if self.down_since is None:
            try:
                if await self.primary.check():
                    return True
                # only the error's type is logged, never its text
                raise ConnectionError("no answer to PING")  # pragma: no mutate
            except Exception as exc:
                self._failed(exc)
        result: bool = await self.fallback.check()
        return result

    async def reset(self) -> int | None:
        result: int | None = await self._call("reset")
        return result

    async def clear(self, key: str) -> None:
        await self._call("clear", key)

    async def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        result: bool = await self._call("acquire_entry", key, limit, expiry, amount=amount)
        return result

    async def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        result: tuple[float, int] = await self._call("get_moving_window", key, limit, expiry)
        return result

    async def aclose(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
        client = getattr(getattr(self.primary, "bridge", None), "storage", None)
        if client is not None and hasattr(client, "aclose"):
            await client.aclose()


def create_storage(settings: Settings) -> Storage:
    """Redis (with the memory fallback) when ``ACCOUNTS_REDIS_URL`` is set, else memory."""
    if settings.redis_url:
        return FailoverStorage(
            redis_storage(settings), MemoryStorage(), settings.redis_retry_interval
        )
    return MemoryStorage()
