"""The rate-limit store's fallback, against a private Redis that stops taking writes."""

from __future__ import annotations

import asyncio

from service.accounts.limits.store import create_storage
from tests.conftest import make_settings
from tests.faults.servers import PrivateRedis


async def test_a_redis_that_answers_ping_but_refuses_writes_is_not_flapped_back_to(
    private_redis: PrivateRedis,
):
    settings = make_settings(
        "sqlite+aiosqlite:///unused.db",
        redis_url=private_redis.url,
        redis_retry_interval=0.05,
        rate_limit_key_prefix="accounts-store-test",
    )
    storage = create_storage(settings)
    admin = private_redis.client()
    try:
        assert await storage.acquire_entry("k", 10, 60) is True
        assert storage.describe() == {"rate_limit_store": "redis"}
        admin.config_set("maxmemory-policy", "noeviction")
        admin.config_set("maxmemory", 1)  # every write now answers OOM; PING still works
        assert await storage.acquire_entry("k", 10, 60) is True  # counted in memory
        assert storage.describe()["rate_limit_store"] == "memory"
        await asyncio.sleep(0.5)  # ten probes: none may switch back to a Redis that refuses
        assert storage.describe()["rate_limit_store"] == "memory"
        admin.config_set("maxmemory", 0)
        for _ in range(100):
            if storage.describe()["rate_limit_store"] == "redis":
                break
            await asyncio.sleep(0.05)
        assert storage.describe() == {"rate_limit_store": "redis"}
        assert await storage.acquire_entry("k", 10, 60) is True
    finally:
        await storage.aclose()
