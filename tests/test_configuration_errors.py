"""A setting the service cannot use, as an operator meets it: the real `accounts` command in a
subprocess prints one line per problem naming the variable, the value and what is allowed,
exits 2 and shows no trace unless asked (`--debug`, `ACCOUNTS_LOG_LEVEL=DEBUG`). A database
that cannot be reached is one line too, naming the database and never its password."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.e2e.server import free_port


def accounts(*args: str, cwd, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ACCOUNTS_")}
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        cwd=cwd,
        timeout=60,
    )


@pytest.mark.parametrize("command", [["serve"], ["migrate"], ["users", "list"], ["courier"]])
def test_a_bad_code_ttl_is_one_line_and_status_2(command, tmp_path):
    done = accounts(*command, cwd=tmp_path, ACCOUNTS_CODE_TTL="ten minutes")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        'accounts: ACCOUNTS_CODE_TTL="ten minutes": expected a duration in seconds (600) or '
        "ISO 8601 (PT10M, P7D)"
    ]


def test_every_problem_gets_its_own_line_with_what_is_allowed(tmp_path):
    done = accounts(
        "serve",
        cwd=tmp_path,
        ACCOUNTS_CODE_TTL="0",
        ACCOUNTS_DB_POOL_SIZE="0",
        ACCOUNTS_LOG_FORMAT="xml",
        ACCOUNTS_NOTIFY_NEW_SIGNIN="maybe",
        ACCOUNTS_PUBLIC_URL="accounts.example.com",
        ACCOUNTS_RATE_LIMIT_REGISTER_PER_IP="lots",
        ACCOUNTS_TRUSTED_PROXIES="10.0.0.1,balancer",
        ACCOUNTS_HASH_NICE="40",
    )
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert sorted(lines) == sorted(
        [
            'accounts: ACCOUNTS_CODE_TTL="0": must be longer than 0 seconds',
            'accounts: ACCOUNTS_DB_POOL_SIZE="0": expected a whole number ≥ 1',
            'accounts: ACCOUNTS_LOG_FORMAT="xml": expected one of json, text',
            'accounts: ACCOUNTS_NOTIFY_NEW_SIGNIN="maybe": expected true or false',
            'accounts: ACCOUNTS_PUBLIC_URL="accounts.example.com": must start with http:// or '
            "https://, e.g. https://accounts.example.com",
            'accounts: ACCOUNTS_RATE_LIMIT_REGISTER_PER_IP="lots": is not a rate limit such as '
            "5/15 minutes or 20/hour",
            "accounts: ACCOUNTS_TRUSTED_PROXIES=\"10.0.0.1,balancer\": 'balancer' is not an "
            "address or network such as 10.0.0.5 or 10.0.0.0/8",
            'accounts: ACCOUNTS_HASH_NICE="40": expected a whole number ≥ 0 and ≤ 19',
        ]
    )


def test_secrets_are_never_repeated(tmp_path):
    done = accounts(
        "migrate",
        cwd=tmp_path,
        ACCOUNTS_DATABASE_URL="postgresql+asyncpg://app:hunter2secret@db:port/accounts",
        ACCOUNTS_MAX_TOKENS="few",
    )
    assert done.returncode == 2
    assert "hunter2secret" not in done.stderr
    assert 'ACCOUNTS_DATABASE_URL="postgresql+asyncpg://app:***@db:port/accounts"' in done.stderr
    smtp = accounts(
        "serve", cwd=tmp_path, ACCOUNTS_SMTP_URL="smtp://mailer:hunter2secret@mail:25/?tls=yes"
    )
    assert smtp.returncode == 2
    assert smtp.stderr.splitlines() == [
        "accounts: ACCOUNTS_SMTP_URL is malformed: the only query option is disable_starttls=true"
    ]
    production = accounts(
        "serve", cwd=tmp_path, ACCOUNTS_ENV="production", ACCOUNTS_SECRET_KEY="hunter2secret"
    )
    assert production.returncode == 2
    assert "hunter2secret" not in production.stderr
    assert production.stderr.startswith("accounts: ACCOUNTS_SECRET_KEY must be at least 32")


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--debug", "serve"], {}), (["serve"], {"ACCOUNTS_LOG_LEVEL": "debug"})],
)
def test_the_trace_is_shown_only_when_asked_for(args, env, tmp_path):
    quiet = accounts("serve", cwd=tmp_path, ACCOUNTS_CODE_TTL="soon")
    assert "Traceback" not in quiet.stderr
    loud = accounts(*args, cwd=tmp_path, ACCOUNTS_CODE_TTL="soon", **env)
    assert loud.returncode == 2
    assert "Traceback (most recent call last)" in loud.stderr
    assert loud.stderr.rstrip().splitlines()[-1].startswith('accounts: ACCOUNTS_CODE_TTL="soon"')


@pytest.mark.parametrize("command", [["migrate"], ["users", "list"], ["sessions", "purge"]])
def test_an_unreachable_database_is_one_line_naming_it(command, tmp_path):
    port = free_port()  # nothing listens there
    done = accounts(
        *command,
        cwd=tmp_path,
        ACCOUNTS_DATABASE_URL=f"postgresql+asyncpg://app:hunter2secret@127.0.0.1:{port}/accounts",
        ACCOUNTS_DB_CONNECT_TIMEOUT="2",
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f'accounts: cannot reach the PostgreSQL database "accounts" at 127.0.0.1:{port}: '
        "connection refused (is the server running, on this host and port?)"
    ]
