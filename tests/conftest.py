"""Fixtures: every DB-touching test runs on SQLite and on PostgreSQL.

PostgreSQL tests create a uniquely named database and drop it afterwards. Without a reachable
server they skip with the reason, except under ``CI=true``, where they fail instead.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from service.app import create_app
from service.cli import run_migrations
from service.config import Settings
from service.db.models import metadata
from service.state import AppState

POSTGRES_ADMIN_DSN = os.environ.get(
    "ACCOUNTS_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/postgres"
)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
# ``ACCOUNTS_TEST_BACKENDS=sqlite`` narrows the parametrization (the mutation run uses it: both
# backends exercise the same service code); ``make test`` runs both.
BACKENDS = [
    name.strip()
    for name in os.environ.get("ACCOUNTS_TEST_BACKENDS", "sqlite,postgresql").split(",")
    if name.strip()
]
PASSWORD = "Correct-Horse-9-battery"

# Cheap argon2 for tests; production defaults stay argon2-cffi's own.
TEST_SETTINGS: dict[str, Any] = {
    "argon2_time_cost": 1,
    "argon2_memory_cost": 1024,
    "argon2_parallelism": 1,
    "rate_limit_enabled": False,
    "secret_key": "test-secret-key-of-the-accounts-test-suite",
}


def make_settings(database_url: str, **overrides: Any) -> Settings:
    return Settings(_env_file=None, database_url=database_url, **{**TEST_SETTINGS, **overrides})  # type: ignore[call-arg]


async def _postgres_reachable() -> str | None:
    try:
        connection = await asyncpg.connect(POSTGRES_ADMIN_DSN, timeout=5)
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        return f"{type(exc).__name__}: {exc}"
    await connection.close()
    return None


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(POSTGRES_ADMIN_DSN, timeout=10)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_dsn_base() -> str:
    """The admin DSN with the database part removed, for building test database URLs."""
    return POSTGRES_ADMIN_DSN.rsplit("/", 1)[0]


def require_postgres() -> None:
    problem = asyncio.run(_postgres_reachable())
    if problem is None:
        return
    message = f"PostgreSQL at {POSTGRES_ADMIN_DSN} is not reachable ({problem})"
    if IN_CI:
        pytest.fail(f"{message}; CI=true requires it", pytrace=False)
    pytest.skip(message)


# ``ACCOUNTS_TEST_SQLITE_TEMPLATE=path``: migrate one SQLite database into ``path`` and copy it
# for every test session after that (the mutation run starts a test session per mutant).
SQLITE_TEMPLATE = os.environ.get("ACCOUNTS_TEST_SQLITE_TEMPLATE", "")


def _copy_migrated_sqlite(template: Path, path: Path) -> None:
    if not template.exists():
        scratch = path.with_name("template.db")
        run_migrations(make_settings(f"sqlite+aiosqlite:///{scratch}"))
        template.parent.mkdir(parents=True, exist_ok=True)
        partial = template.with_name(f"{template.name}.{os.getpid()}")
        shutil.copyfile(scratch, partial)
        partial.replace(template)  # atomic: a concurrent session copies a whole file or none
    shutil.copyfile(template, path)


@pytest.fixture(scope="session")
def fresh_database(
    tmp_path_factory: pytest.TempPathFactory, postgres_dsn_base: str
) -> Iterator[Callable[[str], str]]:
    """A factory for new, migrated databases of a backend; PostgreSQL ones are dropped at the end."""
    created: list[str] = []

    def make(backend: str) -> str:
        if backend == "sqlite":
            path = tmp_path_factory.mktemp("sqlite") / "accounts.db"
            url = f"sqlite+aiosqlite:///{path}"
            if SQLITE_TEMPLATE:
                _copy_migrated_sqlite(Path(SQLITE_TEMPLATE), path)
                return url
        else:
            require_postgres()
            name = f"accounts_test_{uuid.uuid4().hex[:12]}"
            asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
            created.append(name)
            url = postgres_dsn_base.replace("postgresql://", "postgresql+asyncpg://") + f"/{name}"
        run_migrations(make_settings(url))
        return url

    yield make
    for name in created:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, fresh_database: Callable[[str], str]) -> str:
    return fresh_database(request.param)


@pytest.fixture
def backend(database_url: str) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgresql"


@pytest.fixture
async def make_state(database_url: str, tmp_path: Any) -> AsyncIterator[Callable[..., AppState]]:
    """Build an ``AppState`` on the test database with setting overrides; emptied afterwards.

    Profile images go to ``tmp_path / "media"`` unless ``media_dir`` is given.
    """
    states: list[AppState] = []

    def make(**overrides: Any) -> AppState:
        overrides.setdefault("media_dir", tmp_path / "media")
        state = AppState.create(make_settings(database_url, **overrides))
        states.append(state)
        return state

    yield make
    if states:
        async with states[0].session_factory() as db:
            for table in reversed(metadata.sorted_tables):  # every table, children first
                await db.execute(table.delete())
            await db.commit()
    for state in states:
        await state.close()


@pytest.fixture
async def state(make_state: Callable[..., AppState]) -> AppState:
    return make_state()


@pytest.fixture
async def db(state: AppState) -> AsyncIterator[Any]:
    async with state.session_factory() as session:
        yield session


class GraphQLClient:
    """``await client(query, variables, token=...)`` → the decoded response body."""

    def __init__(self, http: httpx.AsyncClient, state: AppState | None = None) -> None:
        self.http = http
        self.state = state  # the service behind it, for what a test reads of it (mail)

    async def __call__(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=all_headers
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[[AppState], GraphQLClient]]:
    clients: list[httpx.AsyncClient] = []

    def make(app_state: AppState) -> GraphQLClient:
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=create_app(state=app_state)),
            base_url="http://testserver",
            headers={"User-Agent": "pytest-client/1.0"},
        )
        clients.append(http)
        return GraphQLClient(http, app_state)

    yield make
    for http in clients:
        await http.aclose()


@pytest.fixture
async def gql(state: AppState, make_client: Callable[[AppState], GraphQLClient]) -> GraphQLClient:
    return make_client(state)


REDIS_URL = os.environ.get("ACCOUNTS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def require_redis() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=5).ping()
    except redis.RedisError as exc:
        message = f"Redis at {REDIS_URL} is not reachable ({type(exc).__name__}: {exc})"
        if IN_CI:
            pytest.fail(f"{message}; CI=true requires it", pytrace=False)
        pytest.skip(message)
    return REDIS_URL


@pytest.fixture
def redis_settings() -> Iterator[dict[str, Any]]:
    """Settings overrides for a Redis rate-limit store under a key prefix unique to this test."""
    url = require_redis()
    prefix = f"accounts-test-{uuid.uuid4().hex[:12]}"
    yield {"redis_url": url, "rate_limit_key_prefix": prefix}
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)


def _mutant_under_test() -> str:
    """The mutant this test session judges (``make mutate``), or ``""``."""
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    return "" if mutant in {"stats", "fail", "mutant_generation"} else mutant


def pytest_configure(config: pytest.Config) -> None:
    mutant = _mutant_under_test()
    group = os.environ.get("ACCOUNTS_MUTATION_GROUP")
    if group and not mutant:
        # mutmut's statistics and clean run in a group's run: that group's test files only
        from tests.mutation_tests import narrow_to_group

        kept = narrow_to_group(group, config.args)
        if kept is not None:
            config.args[:] = kept
    if mutant:
        # A session per mutant, forked from one that imported everything: without this, the
        # full collections pytest runs at its end scan that whole heap (a second a mutant).
        import gc

        gc.freeze()
        # mutmut names every test that ran the mutated function; collect only the files that
        # judge its module (``tests.mutation_tests``).
        from tests.mutation_tests import narrow

        kept = narrow(mutant, config.args)
        if kept is not None:
            config.args[:] = kept
        config.stash[_STARTED] = time.perf_counter()


_STARTED = pytest.StashKey[float]()
_KILLED_BY: list[str] = []  # a mutant's session runs in a process of its own


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """In a mutation run, remember the first test that failed: the one that killed the mutant."""
    if report.failed and not _KILLED_BY and _mutant_under_test():
        _KILLED_BY.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """``ACCOUNTS_MUTATION_TIMES=path``: one line per mutant (name, seconds, pytest's exit
    status, tests run, the test that killed it), to see where a mutation run spends its time
    and which tests do the killing."""
    times = os.environ.get("ACCOUNTS_MUTATION_TIMES")
    started = session.config.stash.get(_STARTED, None)
    if times and started is not None:
        seconds = time.perf_counter() - started
        killed_by = _KILLED_BY[0] if _KILLED_BY else ""
        line = (
            f"{_mutant_under_test()}\t{seconds:.3f}\t{int(exitstatus)}\t"
            f"{session.testscollected}\t{killed_by}\n"
        )
        with open(times, "a", encoding="utf-8") as log:
            log.write(line)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a mutation run, a mutant is judged by its module's tests only (``tests.mutation_tests``)."""
    mutant = _mutant_under_test()
    if not mutant:
        return
    from tests.mutation_tests import select

    chosen = select(mutant, [(item.nodeid, item.location[1] or 0) for item in items])
    if chosen is None:
        return
    keep = [items[index] for index in chosen]
    kept = set(map(id, keep))
    config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
    items[:] = keep
