"""The rate-limit store: Redis while it answers, this process's memory while it does not.

Redis goes away and comes back at the network level: the store talks to Redis through a
loopback TCP relay that this test opens and closes (the fault tests in ``tests/faults`` kill
a real ``redis-server``; this one stays fast).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import socket
import time
import uuid
from urllib.parse import urlsplit

import pytest
import redis.asyncio

from service.accounts.limits.memory_store import MemoryStorage
from service.accounts.limits.store import FailoverStorage, create_storage, redis_storage
from service.config import Settings
from service.observability import RATE_LIMIT_STORE_FAILOVERS, RATE_LIMIT_STORE_FALLBACK
from tests.conftest import require_redis


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Relay:
    """A TCP relay on ``port`` to the test Redis; ``open`` while it accepts connections."""

    def __init__(self, port: int, target: str) -> None:
        self.port = port
        parts = urlsplit(target)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 6379)
        self.server: asyncio.Server | None = None
        self.connections = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                sink.close()

        try:
            await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))
        finally:
            self.connections -= 1

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.server.wait_closed(), 1)
            self.server = None


def settings_for(url: str, prefix: str, **overrides: object) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        redis_url=url,
        rate_limit_key_prefix=prefix,
        redis_timeout=0.3,
        redis_retry_interval=0.05,
        **overrides,
    )


@pytest.fixture
async def redis_keys():
    """The test Redis, and a key prefix of this test's own, deleted afterwards."""
    url = require_redis()
    prefix = f"accounts-test-{uuid.uuid4().hex[:12]}"
    client = redis.asyncio.Redis.from_url(url)
    yield url, prefix, client
    keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


async def wait_until(condition, within: float = 3.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.01)


# The failover on its own, with a stand-in for Redis -----------------------------------------


class Flaky(MemoryStorage):
    """A primary store that refuses every write and every PING until it is ``up``."""

    up = False

    async def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if not self.up:
            raise ConnectionError("refused")
        return await super().acquire_entry(key, limit, expiry, amount)

    async def check(self) -> bool:
        return self.up


async def test_a_new_store_counts_in_redis_and_passes_every_argument_to_memory_after():
    RATE_LIMIT_STORE_FALLBACK.set(1)
    storage = FailoverStorage(Flaky(), MemoryStorage(), retry_interval=60)
    assert RATE_LIMIT_STORE_FALLBACK._value.get() == 0
    try:
        assert await storage.acquire_entry("window", 5, 60, amount=3)  # in memory from here
        assert not await storage.acquire_entry("window", 5, 60, amount=3)
        assert await storage.acquire_entry("window", 5, 60, amount=2)
    finally:
        await storage.aclose()  # a primary without a Redis client has nothing to close


async def test_a_ping_answered_no_is_an_outage_and_its_end_is_logged_with_its_length(caplog):
    caplog.set_level(logging.WARNING, logger="service.accounts")
    primary = Flaky()
    storage = FailoverStorage(primary, MemoryStorage(), retry_interval=0.01)
    try:
        assert await storage.check()  # answered by the memory store
        assert storage.using_fallback
        storage.down_since = time.monotonic() - 1.26
        assert storage.describe()["redis_down_seconds"] == 1.3  # to a tenth of a second
        primary.up = True
        await wait_until(lambda: not storage.using_fallback)
    finally:
        await storage.aclose()
    first, second = [record.getMessage() for record in caplog.records]
    assert first == (
        "rate-limit store unreachable (ConnectionError); counting in this process's memory "
        "until it answers again"
    )
    recovered = re.fullmatch(
        r"rate-limit store reachable again after (\d+\.\d) s; counting there again", second
    )
    assert recovered is not None and 1.2 <= float(recovered[1]) < 10


def test_the_redis_client_gives_up_connecting_and_waiting_after_the_timeout():
    settings = Settings(_env_file=None, redis_url="redis://127.0.0.1:1/0", redis_timeout=0.3)  # type: ignore[call-arg]
    client = redis_storage(settings).bridge.storage
    timeouts = client.connection_pool.connection_kwargs
    assert (timeouts["socket_timeout"], timeouts["socket_connect_timeout"]) == (0.3, 0.3)


def test_without_redis_the_store_is_this_processs_memory():
    assert type(create_storage(Settings(_env_file=None))) is MemoryStorage  # type: ignore[call-arg]


@pytest.mark.parametrize("scheme", ["redis://", "async+redis://"])
async def test_counts_go_to_redis_under_the_key_prefix(redis_keys, scheme):
    url, prefix, client = redis_keys
    storage = create_storage(settings_for(scheme + url.split("://", 1)[1], prefix))
    assert isinstance(storage, FailoverStorage)
    try:
        assert await storage.check()
        assert await storage.acquire_entry("window", 2, 60)
        assert await storage.acquire_entry("window", 2, 60, amount=1)
        assert not await storage.acquire_entry("window", 2, 60)  # the window holds two
        start, count = await storage.get_moving_window("window", 2, 60)
        assert count == 2 and start > 0
        assert await storage.incr("counter", 60, amount=3) == 3
        assert await storage.incr("counter", 60) == 4
        assert await storage.get("counter") == 4
        assert 0 < await storage.get_expiry("counter") - await asyncio.to_thread(_now) <= 61
        stored = {key.decode() async for key in client.scan_iter(match=f"{prefix}:*")}
        assert stored == {f"{prefix}:limits:window", f"{prefix}:limits:counter"}
        await storage.clear("counter")
        assert await storage.get("counter") == 0
        assert await storage.reset() is not None
        assert not [key async for key in client.scan_iter(match=f"{prefix}:*")]
        assert not storage.using_fallback
        assert storage.describe() == {"rate_limit_store": "redis"}
    finally:
        await storage.aclose()


def _now() -> float:
    import time

    return time.time()


async def test_an_unreachable_redis_falls_back_to_memory_and_back(redis_keys, caplog):
    """Counting never stops: in memory while Redis is away, in Redis again once it answers.

    The outage is logged once, naming the error, and its end once."""
    caplog.set_level(logging.WARNING, logger="service.accounts")
    url, prefix, client = redis_keys
    relay = Relay(free_port(), url)
    storage = create_storage(settings_for(f"redis://127.0.0.1:{relay.port}/0", prefix))
    assert isinstance(storage, FailoverStorage)
    failovers = RATE_LIMIT_STORE_FAILOVERS._value.get()
    try:
        assert await storage.acquire_entry("window", 2, 60)  # Redis refused: counted in memory
        assert storage.using_fallback
        assert RATE_LIMIT_STORE_FALLBACK._value.get() == 1
        assert await storage.acquire_entry("window", 2, 60)
        assert not await storage.acquire_entry("window", 2, 60)  # still limited, in memory
        assert (await storage.get_moving_window("window", 2, 60))[1] == 2
        assert await storage.check()  # answered by the memory store
        assert RATE_LIMIT_STORE_FAILOVERS._value.get() == failovers + 1  # one outage, once
        described = storage.describe()
        assert described["rate_limit_store"] == "memory"
        assert described["redis"] == "unreachable"
        assert 0 <= described["redis_down_seconds"] < 5

        await relay.start()  # Redis answers again: the probe switches back without a request
        await wait_until(lambda: not storage.using_fallback)
        assert RATE_LIMIT_STORE_FALLBACK._value.get() == 0
        assert storage.describe() == {"rate_limit_store": "redis"}
        assert await storage.acquire_entry("after", 1, 60)
        stored = {key.decode() async for key in client.scan_iter(match=f"{prefix}:*")}
        assert f"{prefix}:limits:after" in stored
        assert f"{prefix}:limits:window" not in stored  # those were counted in memory
        assert relay.connections > 0
        logged = [record.getMessage() for record in caplog.records]
        assert len(logged) == 2, logged
        assert logged[0].startswith("rate-limit store unreachable (")
        assert "Error" in logged[0].split("(", 1)[1].split(")", 1)[0]  # the error's type
        assert logged[1].startswith("rate-limit store reachable again after ")
    finally:
        await storage.aclose()
    await wait_until(lambda: relay.connections == 0)  # closing the store closes its connections
    await relay.stop()


async def test_a_redis_that_refuses_writes_is_not_taken_back(redis_keys):
    """A PING alone is not enough: the probe switches back only once a write succeeds."""
    url, prefix, _client = redis_keys
    relay = Relay(free_port(), url)
    storage = create_storage(settings_for(f"redis://127.0.0.1:{relay.port}/0", prefix))
    assert isinstance(storage, FailoverStorage)
    writes: list[bool] = []
    primary = storage.primary
    real_acquire = primary.acquire_entry  # type: ignore[attr-defined]

    async def refusing(*args, **kwargs):
        writes.append(True)
        raise redis.exceptions.ReadOnlyError(
            "READONLY You can't write against a read only replica."
        )

    try:
        assert await storage.acquire_entry("window", 5, 60)
        assert storage.using_fallback
        await relay.start()
        primary.acquire_entry = refusing  # type: ignore[attr-defined]
        await wait_until(lambda: len(writes) >= 3)
        assert storage.using_fallback  # PING answers, writes do not: still in memory
        primary.acquire_entry = real_acquire  # type: ignore[attr-defined]
        await wait_until(lambda: not storage.using_fallback)
    finally:
        await storage.aclose()
        await relay.stop()


async def test_the_probe_stops_when_the_store_closes(redis_keys):
    _url, prefix, _client = redis_keys
    storage = create_storage(settings_for(f"redis://127.0.0.1:{free_port()}/0", prefix))
    assert isinstance(storage, FailoverStorage)
    assert await storage.acquire_entry("window", 5, 60)
    probe = storage._probe
    assert probe is not None and not probe.done()
    await storage.aclose()
    with contextlib.suppress(asyncio.CancelledError):
        await probe
    assert probe.cancelled()


async def test_a_redis_that_never_answers_costs_one_timeout_then_memory(redis_keys):
    """A peer that accepts and stays silent (a hung Redis) is given up after ``redis_timeout``."""
    _url, prefix, _client = redis_keys
    silent: list[asyncio.StreamWriter] = []

    async def accept_and_ignore(_reader, writer):
        silent.append(writer)

    server = await asyncio.start_server(accept_and_ignore, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    storage = create_storage(settings_for(f"redis://127.0.0.1:{port}/0", prefix))
    assert isinstance(storage, FailoverStorage)
    loop = asyncio.get_running_loop()
    try:
        started = loop.time()
        assert await asyncio.wait_for(storage.acquire_entry("window", 2, 60), 5)
        assert loop.time() - started < 2  # redis_timeout is 0.3 s
        assert storage.using_fallback and silent
        started = loop.time()
        assert await storage.acquire_entry("window", 2, 60)
        assert loop.time() - started < 0.1  # known to be down: no second wait
    finally:
        await storage.aclose()
        for writer in silent:
            writer.close()
        server.close()


async def test_a_health_check_is_what_notices_an_outage_first(redis_keys):
    """``/readyz`` pings Redis; a ping that fails switches counting to memory at once."""
    _url, prefix, _client = redis_keys
    storage = create_storage(settings_for(f"redis://127.0.0.1:{free_port()}/0", prefix))
    assert isinstance(storage, FailoverStorage)
    try:
        assert not storage.using_fallback
        assert await storage.check()  # answered by the memory store
        assert storage.using_fallback
        seconds = storage.describe()["redis_down_seconds"]
        assert isinstance(seconds, float) and seconds == round(seconds, 1)
    finally:
        await storage.aclose()
