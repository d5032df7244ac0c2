"""Attempt budgets: counted per attempt, per IP and identifier, without locking users out."""

from __future__ import annotations

import pytest

from service.accounts import auth
from service.accounts.results import (
    Authenticated,
    ClientInfo,
    InvalidCredentials,
    RateLimited,
    ValidationFailed,
)
from service.accounts.sessions import authenticate
from tests.accounts.support import register
from tests.conftest import PASSWORD

LIMITS = {
    "rate_limit_enabled": True,
    "rate_limit_login_per_ip_identifier": "3/15 minutes",
    "rate_limit_login_per_ip": "8/15 minutes",
    "rate_limit_login_per_identifier": "6/hour",
    "rate_limit_register_per_ip": "2/hour",
    "rate_limit_change_password_per_user": "2/15 minutes",
}


@pytest.fixture(params=["memory", "redis"])
def limited_state(request, make_state):
    overrides = dict(LIMITS)
    if request.param == "redis":
        overrides.update(request.getfixturevalue("redis_settings"))
    return make_state(**overrides)


async def attempt(state, ip, identifier="ada_lovelace", password="Wrong-Password-1"):
    async with state.session_factory() as db:
        result = await auth.login(db, state.deps, identifier, password, ClientInfo(ip_address=ip))
        await db.commit()
    return result


async def test_failures_end_in_rate_limited_without_verifying(limited_state, monkeypatch):
    await register(limited_state)
    verifies = []
    original = limited_state.deps.passwords._verify_sync
    monkeypatch.setattr(
        limited_state.deps.passwords,
        "_verify_sync",
        lambda *a: verifies.append(1) or original(*a),
    )
    results = [await attempt(limited_state, "198.51.100.1") for _ in range(5)]
    assert [type(r) for r in results] == [InvalidCredentials] * 3 + [RateLimited] * 2
    assert len(verifies) == 3
    assert 1 <= results[-1].retry_after_seconds <= 15 * 60
    # even the right password is not checked while limited
    assert isinstance(await attempt(limited_state, "198.51.100.1", password=PASSWORD), RateLimited)
    assert len(verifies) == 3
    # the same user from another address is not locked out
    ok = await attempt(limited_state, "198.51.100.2", password=PASSWORD)
    assert isinstance(ok, Authenticated)


async def test_success_resets_the_ip_identifier_budget(limited_state):
    await register(limited_state)
    for _ in range(2):
        assert isinstance(await attempt(limited_state, "198.51.100.7"), InvalidCredentials)
    assert isinstance(
        await attempt(limited_state, "198.51.100.7", password=PASSWORD), Authenticated
    )
    for _ in range(3):
        assert isinstance(await attempt(limited_state, "198.51.100.7"), InvalidCredentials)


async def test_per_ip_ceiling_across_identifiers(limited_state):
    await register(limited_state)
    names = [f"someone_{i}" for i in range(8)]
    for name in names:
        assert isinstance(await attempt(limited_state, "192.0.2.50", name), InvalidCredentials)
    assert isinstance(await attempt(limited_state, "192.0.2.50", "another_one"), RateLimited)
    assert isinstance(
        await attempt(limited_state, "192.0.2.50", "ada_lovelace", PASSWORD), RateLimited
    )
    assert isinstance(
        await attempt(limited_state, "192.0.2.51", "ada_lovelace", PASSWORD), Authenticated
    )


async def test_distributed_guessing_cannot_lock_the_user_out(limited_state):
    await register(limited_state)
    # the user logs in from home once, then mistypes once from there
    assert isinstance(await attempt(limited_state, "203.0.113.1", password=PASSWORD), Authenticated)
    assert isinstance(await attempt(limited_state, "203.0.113.1"), InvalidCredentials)
    # six attackers, one failure each: the identifier's ceiling is now spent
    for i in range(6):
        assert isinstance(await attempt(limited_state, f"10.9.0.{i}"), InvalidCredentials)
    # an attacker address that already failed is refused before any password check
    assert isinstance(await attempt(limited_state, "10.9.0.1", password=PASSWORD), RateLimited)
    # a fresh address, and the user's known home address, still get in
    assert isinstance(
        await attempt(limited_state, "203.0.113.99", password=PASSWORD), Authenticated
    )
    assert isinstance(await attempt(limited_state, "203.0.113.1", password=PASSWORD), Authenticated)


async def test_registrations_per_ip(limited_state):
    for i in range(2):
        result = await register(limited_state, email=f"u{i}@example.com", username=f"user_{i}_name")
        assert isinstance(result, Authenticated)
    limited = await register(limited_state, email="u9@example.com", username="user_9_name")
    assert isinstance(limited, RateLimited)
    # invalid input does not spend the budget (and is answered as such)
    invalid = await register(limited_state, email="bad", username="user_8_name")
    assert isinstance(invalid, ValidationFailed)


async def test_change_password_failures_per_user(limited_state):
    registered = await register(limited_state)
    async with limited_state.session_factory() as db:
        viewer = await authenticate(db, limited_state.settings, registered.token)
        change = auth.PasswordChange("Wrong-Pass-1", "Quixotic-Lantern-77", "Quixotic-Lantern-77")
        results = [
            await auth.change_password(db, limited_state.deps, viewer, change, ClientInfo())
            for _ in range(3)
        ]
    assert [type(r) for r in results] == [InvalidCredentials, InvalidCredentials, RateLimited]


async def test_switched_off(make_state):
    state = make_state(**{**LIMITS, "rate_limit_enabled": False})
    await register(state)
    for _ in range(10):
        assert isinstance(await attempt(state, "198.51.100.1"), InvalidCredentials)
