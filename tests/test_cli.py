"""The ``accounts`` command against real databases, run as a subprocess."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import create_async_engine

from service.accounts.profile import users
from service.accounts.sessions import store as sessions
from service.accounts.values import ClientInfo
from service.clock import utcnow
from tests.conftest import TEST_SETTINGS
from tests.helpers import register_ok


def accounts(
    database_url: str, *args: str, cwd, check: bool = True, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ACCOUNTS_DATABASE_URL": database_url}
    env.update({f"ACCOUNTS_{k.upper()}": str(v) for k, v in TEST_SETTINGS.items()})
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=check,
        input=stdin if stdin is not None else "",
    )


async def _tables(url: str) -> set[str]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


def tables(url: str) -> set[str]:
    return asyncio.run(_tables(url))


def test_migrate_is_idempotent_and_downgrades_cleanly(fresh_database, tmp_path, backend):
    url = fresh_database(backend)  # migrated to head by the fixture
    accounts(url, "migrate", cwd=tmp_path)
    assert {"users", "sessions", "alembic_version"} <= tables(url)
    down = subprocess.run(
        [
            sys.executable,
            "-c",
            "from alembic import command; from alembic.config import Config;"
            "from service.cli import migrations_dir;"
            "c = Config(); c.set_main_option('script_location', str(migrations_dir()));"
            f"c.set_main_option('sqlalchemy.url', {url!r}); command.downgrade(c, 'base')",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert down.returncode == 0, down.stderr
    assert not ({"users", "sessions"} & tables(url))
    accounts(url, "migrate", cwd=tmp_path)
    assert {"users", "sessions"} <= tables(url)


def test_migrate_a_new_sqlite_file_in_a_new_directory(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path}/nested/dir/accounts.db"
    accounts(url, "migrate", cwd=tmp_path)
    assert {"users", "sessions"} <= tables(url)


async def test_users_list_suspend_activate(gql, state, database_url, tmp_path):
    token = (await register_ok(gql))["token"]
    await register_ok(gql, email="bob@example.com", username="bob_builder")
    listed = accounts(database_url, "users", "list", cwd=tmp_path).stdout
    assert "ada_lovelace" in listed and "bob@example.com" in listed and "ACTIVE" in listed

    out = accounts(database_url, "users", "suspend", "ADA@example.com", cwd=tmp_path).stdout
    assert "ada_lovelace: SUSPENDED (1 sessions revoked)" in out
    from tests.helpers import ME, login

    assert (await gql(ME, token=token))["data"]["me"] is None
    assert (await login(gql, "ada_lovelace"))["__typename"] == "AccountSuspended"

    out = accounts(database_url, "users", "activate", "ada_lovelace", cwd=tmp_path).stdout
    assert "ada_lovelace: ACTIVE" in out
    assert (await login(gql, "ada_lovelace"))["__typename"] == "AuthSuccess"

    missing = accounts(database_url, "users", "suspend", "ghost_user", cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "no user matches" in missing.stderr


async def test_sessions_purge(gql, state, database_url, tmp_path):
    await register_ok(gql)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        for _ in range(3):
            await sessions.issue_session(
                uow, state.settings, user, ClientInfo(), now=utcnow() - timedelta(days=90)
            )
        await uow.commit()
    out = accounts(database_url, "sessions", "purge", cwd=tmp_path).stdout
    assert out.strip() == "purged 3 expired sessions"
    out = accounts(database_url, "sessions", "purge", cwd=tmp_path).stdout
    assert out.strip() == "purged 0 expired sessions"


async def test_events_purge_deletes_old_events_and_expired_codes(
    gql, state, database_url, tmp_path
):
    from sqlalchemy import select

    from service.accounts import events
    from service.accounts.email import codes
    from service.db.models import (
        CodePurpose,
        ExternalFlow,
        OutboxMessage,
        SecurityEvent,
        SecurityEventKind,
    )
    from service.mail import outbox

    await register_ok(gql)  # a REGISTERED event and a live verification code
    old = utcnow() - timedelta(days=181)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        assert user is not None
        for _ in range(2):
            await events.record(uow, user.id, SecurityEventKind.LOGIN, ClientInfo(), old)
        await codes.issue(uow, state.services, user.id, CodePurpose.PASSWORD_RESET, user.email, old)
        for minutes, state_digest in ((-1, "a" * 64), (5, "b" * 64)):  # one flow expired
            uow.session.add(
                ExternalFlow(
                    flow_digest=state_digest,
                    state_digest=state_digest,
                    provider="acme",
                    purpose="login",
                    nonce="n",
                    code_verifier="v",
                    return_to="http://testserver/",
                    created_at=utcnow(),
                    expires_at=utcnow() + timedelta(minutes=minutes),
                )
            )
        for status in ("SENT", "FAILED", "QUEUED"):  # a month old; the queued one stays
            message = await outbox.enqueue(
                uow, template="password_changed", to="ada@example.com", locale="en", data={}
            )
            message.status, message.created_at = status, utcnow() - timedelta(days=31)
    out = accounts(database_url, "events", "purge", cwd=tmp_path).stdout
    assert out.strip() == (
        "purged 2 security events older than 180 days, 2 expired codes"
        " and 2 sent or failed emails older than 30 days"
    )
    async with state.session_factory() as db:
        left = (await db.execute(select(OutboxMessage.status))).scalars()
        assert sorted(left) == ["QUEUED", "QUEUED"]  # the old queued one and the registration's
        assert [f.state_digest for f in (await db.execute(select(ExternalFlow))).scalars()] == [
            "b" * 64
        ]
    out = accounts(database_url, "users", "suspend", "ada_lovelace", cwd=tmp_path).stdout
    async with state.session_factory() as db:
        kinds = list((await db.execute(select(SecurityEvent.kind))).scalars())
    assert sorted(kinds) == ["ACCOUNT_SUSPENDED", "REGISTERED"]


def test_unknown_command_fails(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "frobnicate"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 2


@pytest.mark.parametrize("args", [["--help"], ["users", "--help"], ["serve", "--help"]])
def test_help(args, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0 and "usage: accounts" in result.stdout


async def test_users_create_reads_the_password_from_stdin(gql, state, database_url, tmp_path):
    from tests.conftest import PASSWORD
    from tests.helpers import login

    args = [
        "users",
        "create",
        "--email",
        "grace@example.com",
        "--username",
        "grace_hopper",
        "--first-name",
        "Grace",
        "--last-name",
        "Hopper",
        "--bio",
        "COBOL",
    ]
    out = accounts(database_url, *args, cwd=tmp_path, stdin=PASSWORD + "\n")
    assert out.stdout.startswith("created grace_hopper <grace@example.com>")
    assert PASSWORD not in out.stdout + out.stderr
    assert (await login(gql, "grace@example.com"))["__typename"] == "AuthSuccess"
    from sqlalchemy import func, select

    from service.db.models import AuthSession

    async with state.session_factory() as db:  # creating opened no session; the login did
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 1

    again = accounts(database_url, *args, cwd=tmp_path, stdin=PASSWORD + "\n", check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    weak = accounts(
        database_url,
        *[a.replace("grace", "alan") for a in args],
        cwd=tmp_path,
        stdin="password\n",
        check=False,
    )
    assert weak.returncode == 1
    assert "password: " in weak.stderr and "(missing_uppercase)" in weak.stderr


def test_users_create_has_no_password_option(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "users", "create", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "--password" not in result.stdout and "stdin" in result.stdout


async def test_users_list_table(gql, database_url, tmp_path):
    await register_ok(gql)
    await register_ok(gql, email="bob@example.com", username="bob_builder")
    lines = accounts(database_url, "users", "list", cwd=tmp_path).stdout.splitlines()
    assert lines[0].split() == ["USERNAME", "EMAIL", "STATUS", "JOINED", "LAST", "LOGIN", "ID"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split()[:3] == ["ada_lovelace", "ada@example.com", "ACTIVE"]
    assert lines[3].split()[:3] == ["bob_builder", "bob@example.com", "ACTIVE"]
    assert lines[-1] == "(2 users)"
    # columns line up
    assert lines[0].index("EMAIL") == lines[2].index("ada@example.com")
    tsv = accounts(database_url, "users", "list", "--format", "tsv", cwd=tmp_path).stdout
    assert tsv.splitlines()[0].split("\t")[1:4] == ["ada_lovelace", "ada@example.com", "ACTIVE"]


@pytest.fixture
def serve_environment(monkeypatch):
    """What ``serve`` sets in the environment for its workers is restored after the test, the
    settings it caches are forgotten, and the logging configuration it would apply to the
    process is left out."""
    from service.cli import server
    from service.config import get_settings

    for name in ("HASH_CONCURRENCY", "PUBLIC_URL", "WEBAUTHN_ORIGINS", "WEBAUTHN_RP_ID", "ENV"):
        monkeypatch.setenv(f"ACCOUNTS_{name}", "")  # recorded, so restored afterwards
        monkeypatch.delenv(f"ACCOUNTS_{name}")
    monkeypatch.setattr(server, "apply_logging", lambda config: None)
    yield monkeypatch
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("workers", "configured", "expected"),
    [(2, None, "4"), (3, None, "2"), (16, None, "1"), (1, None, None), (2, "6", "6")],
)
def test_serve_shares_hashing_threads_between_workers(
    serve_environment, workers, configured, expected
):
    """Under ``serve --workers N`` each worker hashes with cores / N threads unless configured."""
    import uvicorn

    from service import cli
    from service.cli.server import cmd_serve
    from service.config import Settings

    monkeypatch = serve_environment
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    if configured:
        monkeypatch.setenv("ACCOUNTS_HASH_CONCURRENCY", configured)
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: served.append(k["workers"]))
    args = cli.build_parser().parse_args(["serve", "--workers", str(workers)])
    assert cmd_serve(args, Settings(_env_file=None)) == 0
    assert served == [workers]
    assert os.environ.get("ACCOUNTS_HASH_CONCURRENCY") == expected
    if expected:
        assert Settings(_env_file=None).hash_concurrency == int(expected)


def test_migration_0002_keeps_existing_users_and_matches_the_models(
    fresh_database, tmp_path, backend
):
    """Users from 0001 get version 0; the tables then match the models (``alembic check``)."""
    url = fresh_database(backend)
    alembic = (
        "from alembic import command; from alembic.config import Config;"
        "from service.cli import migrations_dir;"
        "c = Config(); c.set_main_option('script_location', str(migrations_dir()));"
        f"c.set_main_option('sqlalchemy.url', {url!r});"
    )

    def run(code: str) -> None:
        done = subprocess.run(
            [sys.executable, "-c", alembic + code],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    run("command.downgrade(c, '0001')")
    assert "known_devices" not in tables(url)

    async def insert_and_read(sql: str) -> list:
        engine = create_async_engine(url)
        try:
            async with engine.begin() as connection:
                result = await connection.exec_driver_sql(sql)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            await engine.dispose()

    asyncio.run(
        insert_and_read(
            "INSERT INTO users (id, email, email_normalized, username, username_normalized,"
            " password_hash, first_name, last_name, date_joined) VALUES"
            " ('6f1c3a52-1f7e-4d8e-9a55-0a2b4c6d8e10', 'a@example.com', 'a@example.com',"
            " 'old_user', 'old_user', 'x', 'A', 'B', '2026-01-01 00:00:00+00:00')"
        )
    )
    accounts(url, "migrate", cwd=tmp_path)
    assert "known_devices" in tables(url)
    assert asyncio.run(insert_and_read("SELECT username, version FROM users")) == [("old_user", 0)]
    [(verified, pending, locale)] = asyncio.run(
        insert_and_read("SELECT email_verified, pending_email, locale FROM users")
    )
    assert (bool(verified), pending, locale) == (False, None, "en")  # 0004's defaults
    run("command.check(c)")


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("127.0.0.1", 8745, "http://localhost:8745"),
        ("0.0.0.0", 9000, "http://localhost:9000"),  # noqa: S104 - a name, not a bind
        ("::1", 8001, "http://localhost:8001"),
        ("localhost", 8002, "http://localhost:8002"),
        ("192.168.1.20", 8000, "http://192.168.1.20:8000"),
        ("fd00::5", 8000, "http://[fd00::5]:8000"),
        ("accounts.lan", 8080, "http://accounts.lan:8080"),
    ],
)
def test_in_development_serve_points_links_and_passkeys_at_its_own_address(
    serve_environment, host, port, expected
):
    """`make run PORT=8745`: mail links go to port 8745 and passkeys work on
    http://localhost:8745 (browsers refuse passkeys on an IP address)."""
    import uvicorn

    from service import cli
    from service.cli.server import cmd_serve
    from service.config import Settings

    served = []
    serve_environment.setattr(uvicorn, "run", lambda *a, **k: served.append(k["port"]))
    args = cli.build_parser().parse_args(["serve", "--host", host, "--port", str(port)])
    assert cmd_serve(args, Settings(_env_file=None)) == 0
    assert served == [port]
    settings = Settings(_env_file=None)
    assert settings.public_url == expected
    assert settings.webauthn_origin_list == [f"http://localhost:{port}"]


@pytest.mark.parametrize(
    "explicit",
    [
        {"ACCOUNTS_PUBLIC_URL": "https://accounts.example.com"},
        {"ACCOUNTS_WEBAUTHN_ORIGINS": "http://localhost:3000"},
        {
            "ACCOUNTS_WEBAUTHN_RP_ID": "example.com",
            "ACCOUNTS_WEBAUTHN_ORIGINS": "https://example.com",
        },
        {"ACCOUNTS_ENV": "production", "ACCOUNTS_SECRET_KEY": "k" * 40},
    ],
)
def test_serve_leaves_what_was_set_and_production_alone(serve_environment, explicit):
    import uvicorn

    from service import cli
    from service.cli.server import cmd_serve
    from service.config import Settings

    for name, value in explicit.items():
        serve_environment.setenv(name, value)
    serve_environment.setattr(uvicorn, "run", lambda *a, **k: None)
    before = Settings(_env_file=None)
    args = cli.build_parser().parse_args(["serve", "--port", "8745"])
    assert cmd_serve(args, before) == 0
    after = Settings(_env_file=None)
    for name in ("public_url", "webauthn_origins"):
        if f"ACCOUNTS_{name.upper()}" in explicit or before.is_production:
            assert getattr(after, name) == getattr(before, name), name
        elif name == "webauthn_origins" and before.webauthn_rp_id != "localhost":
            assert after.webauthn_origins == before.webauthn_origins
        else:
            assert "8745" in getattr(after, name), name


@pytest.mark.parametrize(
    ("args", "described"),
    [
        (
            ["serve", "--help"],
            ["--port PORT", "(default: 8000)", "(default: 127.0.0.1)", "uvicorn"],
        ),
        (["migrate", "--help"], ["Apply the Alembic migrations", "(default: head)"]),
        (["media", "gc", "--help"], ["--grace SECONDS", "seconds", "(default: 3600.0)"]),
        (["users", "list", "--help"], ["(default: 100)", "List users."]),
    ],
)
def test_help_describes_each_command_and_its_defaults(args, described, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    for words in described:
        assert words in text, (words, result.stdout)


async def test_users_identities(gql, state, database_url, tmp_path):
    """The linked identities of an account, as support reads them."""
    from service.clock import utcnow
    from service.db.models import ExternalIdentity

    await register_ok(gql)
    empty = accounts(database_url, "users", "identities", "ada_lovelace", cwd=tmp_path).stdout
    assert empty.splitlines()[0].split() == ["PROVIDER", "SUBJECT", "EMAIL", "LINKED"]
    assert empty.splitlines()[-1] == "(0 linked identities of ada_lovelace)"
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        uow.session.add(
            ExternalIdentity(
                user_id=user.id,
                provider="acme",
                subject="ada-at-acme",
                email="ada@acme.example",
                linked_at=utcnow(),
            )
        )
    out = accounts(database_url, "users", "identities", "ADA@example.com", cwd=tmp_path).stdout
    lines = out.splitlines()
    assert lines[2].split()[:3] == ["acme", "ada-at-acme", "ada@acme.example"]
    assert lines[-1] == "(1 linked identity of ada_lovelace)"
    missing = accounts(database_url, "users", "identities", "nobody", cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "no user matches" in missing.stderr
