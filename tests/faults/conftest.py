"""Fixtures for fault tests: private servers to stop, and real service processes to kill."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import pytest

from service.cli import run_migrations
from tests.conftest import make_settings
from tests.faults.servers import PrivateCluster, PrivateRedis


@pytest.fixture(scope="module")
def cluster() -> Iterator[PrivateCluster]:
    private = PrivateCluster()
    try:
        private.start()
        yield private
    finally:
        private.remove()


@pytest.fixture
def cluster_database(cluster: PrivateCluster) -> str:
    """A new, migrated database in the private cluster (gone with the cluster)."""
    name = f"accounts_fault_{uuid.uuid4().hex[:12]}"
    asyncio.run(cluster.create_database(name))
    url = cluster.url(name)
    run_migrations(make_settings(url))
    return url


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    try:
        server.start()
        yield server
    finally:
        server.remove()
