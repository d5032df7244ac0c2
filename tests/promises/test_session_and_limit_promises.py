"""docs/security.md "Sessions and tokens" / "Abuse limits" / "Rate limits": session
expiry at issue, a success clearing the per-session budget, honest ``retryAfterSeconds``,
the zxcvbn score bound and the hashing threads' niceness."""

from __future__ import annotations

import asyncio
import contextlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from service.accounts.passwords.hasher import PasswordHasher
from service.config import Settings
from tests.conftest import PASSWORD
from tests.helpers import CHANGE_PASSWORD, UPDATE, password_change, register, register_ok


async def test_a_new_session_expires_after_the_idle_period_not_the_absolute_one(
    make_state, make_client
):
    """ "Sessions expire after an idle period … and never live past an absolute maximum":
    a token never used again expires one idle period after it was issued."""
    gql = make_client(make_state(session_idle_ttl=3600, session_max_ttl=86400))
    before = datetime.now(UTC)
    expires_at = datetime.fromisoformat((await register_ok(gql))["expiresAt"])
    after = datetime.now(UTC)
    assert before + timedelta(hours=1) <= expires_at <= after + timedelta(hours=1)


async def test_a_success_clears_the_session_password_check_budget(make_state, make_client):
    """docs/security.md: `ACCOUNTS_RATE_LIMIT_PASSWORD_CHECKS_PER_SESSION` counts checks "reserved
    before the check, cleared by a success"."""
    gql = make_client(
        make_state(rate_limit_enabled=True, rate_limit_password_checks_per_session="2/15 minutes")
    )
    token = (await register_ok(gql))["token"]

    async def wrong_current_password() -> str:
        body = await gql(
            CHANGE_PASSWORD,
            password_change("Not-The-Password-1", "Brand-New-Lantern-55"),
            token=token,
        )
        return body["data"]["changePassword"]["__typename"]

    assert await wrong_current_password() == "InvalidCredentials"
    changed = await gql(
        UPDATE, {"input": {"email": "ada.l@example.com", "currentPassword": PASSWORD}}, token=token
    )
    assert changed["data"]["updateUser"]["__typename"] == "UpdateUserSuccess", changed
    # the success gave the whole budget back: two more checks before a refusal
    assert await wrong_current_password() == "InvalidCredentials"
    assert await wrong_current_password() == "InvalidCredentials"
    assert await wrong_current_password() == "RateLimited"


async def test_retry_after_seconds_is_honest(make_state, make_client):
    """docs/security.md: "an honest `retryAfterSeconds` (when the oldest counted attempt leaves the
    window)": waiting that long is enough, and it is at least one second."""
    gql = make_client(make_state(rate_limit_enabled=True, rate_limit_register_per_ip="1/2 seconds"))
    await register_ok(gql)
    refused = await register(gql, email="bob@example.com", username="bob_builder")
    assert refused["__typename"] == "RateLimited", refused
    retry_after = refused["retryAfterSeconds"]
    assert 1 <= retry_after <= 2
    await asyncio.sleep(retry_after)
    again = await register(gql, email="bob@example.com", username="bob_builder")
    assert again["__typename"] == "AuthSuccess", again


SCORE_TWO = "Kx7-pelican"  # zxcvbn scores it 2 with Ada's details as context


@pytest.mark.parametrize(("min_score", "accepted"), [(None, False), (2, True)])
async def test_passwords_below_the_minimum_score_are_refused(
    make_state, make_client, min_score, accepted
):
    """ "refused when zxcvbn scores it below `ACCOUNTS_PASSWORD_MIN_SCORE` (default 3)"."""
    overrides = {} if min_score is None else {"password_min_score": min_score}
    gql = make_client(make_state(**overrides))
    result = await register(gql, password=SCORE_TWO, passwordConfirmation=SCORE_TWO)
    if accepted:
        assert result["__typename"] == "AuthSuccess", result
    else:
        assert result["__typename"] == "ValidationError", result
        assert [(f["field"], f["code"]) for f in result["fields"]] == [
            ("password", "too_guessable")
        ]


def _thread_niceness() -> set[int]:
    values = set()
    for stat in Path("/proc/self/task").glob("*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        values.add(int(fields[16]))  # field 19 of proc(5), counted after "pid (comm)"
    return values


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="Linux only")
async def test_hashing_threads_run_at_the_configured_niceness():
    """`ACCOUNTS_HASH_NICE`: "CPU niceness of the hashing threads (Linux)"."""
    base = os.getpriority(os.PRIO_PROCESS, 0)  # a reniced runner starts above 0
    assert base < 19, "the test process runs at the lowest priority: no lower one to set"
    nice = max(7, base + 1)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, argon2_time_cost=1, argon2_memory_cost=1024, hash_nice=nice
    )
    hasher = PasswordHasher(settings)
    try:
        assert nice not in _thread_niceness()
        await hasher.hash(PASSWORD)
        assert nice in _thread_niceness()
        assert os.getpriority(os.PRIO_PROCESS, 0) == base  # the event loop's thread keeps its own
    finally:
        hasher.close()


@pytest.mark.skipif(not hasattr(os, "sched_getscheduler"), reason="Linux only")
async def test_hashing_threads_run_under_sched_idle_when_configured():
    """`ACCOUNTS_HASH_IDLE_SCHEDULING`: "run the hashing threads under Linux's `SCHED_IDLE`"."""

    def policies() -> set[int]:
        found = set()
        for task in Path("/proc/self/task").iterdir():
            with contextlib.suppress(OSError):
                found.add(os.sched_getscheduler(int(task.name)))
        return found

    assert os.SCHED_IDLE not in policies()
    for idle in (False, True):
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, argon2_time_cost=1, argon2_memory_cost=1024, hash_idle_scheduling=idle
        )
        hasher = PasswordHasher(settings)
        try:
            await hasher.hash(PASSWORD)
            assert (os.SCHED_IDLE in policies()) is idle
            assert (
                os.sched_getscheduler(0) == os.SCHED_OTHER
            )  # the event loop's thread keeps its own
        finally:
            hasher.close()
