"""Attempt budgets: per account and device (OWASP device cookies), per IP and /64, per session."""

from __future__ import annotations

import time

import pytest
from limits.aio.storage import MemoryStorage

from service.accounts.limits.attempts import AttemptLimiter, address_key
from service.accounts.outcomes import (
    Authenticated,
    InvalidCredentials,
    RateLimited,
    UserAlreadyExists,
    ValidationFailed,
)
from service.accounts.profile import updates as profile
from service.accounts.sessions import logouts
from service.accounts.signin import password_change
from service.accounts.signin import password_login as auth
from service.accounts.values import ClientInfo
from service.config import Settings
from tests.accounts.support import register, viewer_of
from tests.conftest import PASSWORD
from tests.helpers import waits_out_the_window

NEW_PASSWORD = "Quixotic-Lantern-77"
LIMITS = {
    "rate_limit_enabled": True,
    "rate_limit_login_per_ip_identifier": "3/15 minutes",
    "rate_limit_login_per_ip": "8/15 minutes",
    "rate_limit_login_unknown_devices_per_account": "6/hour",
    "rate_limit_login_per_device": "3/15 minutes",
    "rate_limit_password_checks_per_session": "2/15 minutes",
    "rate_limit_uniqueness_checks_per_user": "3/hour",
    "rate_limit_uniqueness_checks_per_ip": "4/hour",
    "rate_limit_register_per_ip": "2/hour",
    "rate_limit_image_uploads_per_user": "2/hour",
}


@pytest.fixture(params=["memory", "redis"])
def limited_state(request, make_state):
    overrides = dict(LIMITS)
    if request.param == "redis":
        overrides.update(request.getfixturevalue("redis_settings"))
    return make_state(**overrides)


async def attempt(state, ip, identifier="ada_lovelace", password="Wrong-Password-1", device=None):
    async with state.unit_of_work() as uow:
        result = await auth.login(
            uow, state.services, identifier, password, ClientInfo(ip_address=ip), device
        )
        await uow.commit()
    return result


def count_verifies(state, monkeypatch):
    verifies = []
    original = state.services.passwords._verify_sync
    monkeypatch.setattr(
        state.services.passwords, "_verify_sync", lambda *a: verifies.append(1) or original(*a)
    )
    return verifies


def kinds(results):
    return [type(result).__name__ for result in results]


# The limiter on its own (memory storage): email code and image budgets -----------------------

CODES = {
    "rate_limit_code_requests_per_address": "2/hour",
    "rate_limit_code_mails_per_address": "4/hour",
    "rate_limit_code_requests_per_ip": "3/hour",
    "rate_limit_code_checks_per_address": "2/hour",
    "rate_limit_code_checks_per_ip": "3/hour",
}


def limiter_alone(storage=None, **limits) -> AttemptLimiter:
    settings = Settings(_env_file=None, rate_limit_enabled=True, **limits)  # type: ignore[call-arg]
    return AttemptLimiter(settings, storage=storage or MemoryStorage())


async def passes(check, *calls) -> list[bool]:
    return [await check(*call) is None for call in calls]


async def test_code_requests_are_counted_per_client_for_each_address_and_per_address():
    limiter = limiter_alone(**CODES)
    send = limiter.code_request
    # per client and address: one client's third request for one address is refused...
    assert await passes(send, *[("a", "198.51.100.1")] * 3) == [True, True, False]
    # ...and leaves the address's own budget to other clients, up to its cap on mail
    assert await passes(send, *[("a", f"198.51.100.{i}") for i in (2, 3, 4)]) == [
        True,
        True,
        False,
    ]
    # per client: the fourth request from one client is refused, whichever the address
    assert await passes(send, *[(s, "203.0.113.7") for s in "bcde"]) == [True] * 3 + [False]
    # refused for its client, that request did not spend the budget of its address
    assert await passes(send, *[("e", "192.0.2.1")] * 3) == [True, True, False]


async def test_a_client_past_its_budget_across_addresses_spends_no_addresss_cap():
    """Refused for its client first: the request sends nothing, so it takes nothing from the
    address's cap on mail, which other clients still have whole."""
    limiter = limiter_alone(**{**CODES, "rate_limit_code_mails_per_address": "2/hour"})
    send = limiter.code_request
    assert await passes(send, *[(s, "203.0.113.7") for s in "bcde"]) == [True] * 3 + [False]
    assert await passes(send, ("e", "198.51.100.1"), ("e", "198.51.100.2")) == [True, True]
    assert await passes(send, ("e", "198.51.100.3")) == [False]  # the cap, spent by them


async def test_the_accounts_owner_is_not_held_to_the_cap_strangers_spend():
    limiter = limiter_alone(**CODES)
    strangers = [("a", f"198.51.100.{i}") for i in range(1, 6)]
    assert await passes(limiter.code_request, *strangers) == [True] * 4 + [False]
    owner = await limiter.code_request("a", "192.0.2.1", owner=True)
    assert owner is None
    # the owner's client still has its own budget for the address
    assert await limiter.code_request("a", "192.0.2.1", owner=True) is None
    assert await limiter.code_request("a", "192.0.2.1", owner=True) is not None


async def test_registration_notices_are_a_few_per_address():
    limiter = limiter_alone(rate_limit_registration_notices_per_address="2/day")
    told = [await limiter.registration_notice(s) for s in ("email:a", "email:a", "email:a")]
    assert told == [True, True, False]
    assert await limiter.registration_notice("email:b")


async def test_code_checks_with_a_handle_spend_only_the_clients_budget():
    limiter = limiter_alone(**CODES)

    async def check(subject, ip, with_handle):
        return await limiter.code_check(subject, ip, with_handle=with_handle)

    # without a handle: the client's budget for the address, then for every address
    assert await passes(check, *[("a", "198.51.100.1", False)] * 3) == [True, True, False]
    assert await passes(check, ("a", "198.51.100.2", False)) == [True]  # another client
    # with one: only the client's budget across addresses
    assert await passes(check, *[("b", "192.0.2.5", True)] * 4) == [True] * 3 + [False]


async def test_sending_and_checking_codes_are_budgets_of_their_own():
    """Even configured alike, and for the same address from the same client."""
    limiter = limiter_alone(**CODES)
    assert await passes(limiter.code_request, *[("a", "198.51.100.1")] * 3) == [True, True, False]
    assert await passes(limiter.code_check, *[("a", "198.51.100.1")] * 3) == [True, True, False]
    assert await passes(limiter.code_check, *[(s, "198.51.100.1") for s in "bc"]) == [True, False]
    assert await passes(limiter.code_check, ("d", "192.0.2.9")) == [True]  # another client


async def test_profile_images_are_a_budget_per_user():
    limiter = limiter_alone(rate_limit_image_uploads_per_user="2/hour")
    uploads = [("u1",), ("u1",), ("u1",), ("u2",)]
    assert await passes(limiter.image_upload, *uploads) == [True, True, False, True]


async def test_second_factor_checks_are_a_budget_per_account_that_a_success_clears():
    limiter = limiter_alone(rate_limit_two_factor_checks_per_account="2/hour")
    checks = [("user:a",)] * 3 + [("user:b",)]
    assert await passes(limiter.before_second_factor, *checks) == [True, True, False, True]
    await limiter.second_factor_succeeded("user:a")
    assert await passes(limiter.before_second_factor, ("user:a",)) == [True]


async def test_closing_the_limiter_closes_its_store():
    class ClosingStorage(MemoryStorage):
        closed = 0

        async def aclose(self) -> None:
            self.closed += 1

    storage = ClosingStorage()
    await limiter_alone(storage=storage).close()
    assert storage.closed == 1
    await limiter_alone().close()  # a store without connections has nothing to close


async def test_failures_end_in_rate_limited_without_verifying(limited_state, monkeypatch):
    await register(limited_state)
    verifies = count_verifies(limited_state, monkeypatch)
    started = time.time()
    results = [await attempt(limited_state, "198.51.100.1") for _ in range(5)]
    assert kinds(results) == ["InvalidCredentials"] * 3 + ["RateLimited"] * 2
    assert len(verifies) == 3
    # honest: the oldest counted attempt leaves the 15-minute window that many seconds from now
    elapsed = time.time() - started
    assert 15 * 60 - elapsed - 1 <= results[-1].retry_after_seconds <= 15 * 60
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
    registered = await register(limited_state)
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
    # the owner's known device behind the same address is not refused for others' failures
    known = await attempt(
        limited_state, "192.0.2.50", "ada_lovelace", PASSWORD, registered.device_token
    )
    assert isinstance(known, Authenticated)


async def test_a_botnet_gets_no_more_than_the_ceiling(limited_state, monkeypatch):
    """P7 #5: unknown devices share the account's ceiling, however many addresses."""
    await register(limited_state)
    verifies = count_verifies(limited_state, monkeypatch)
    results = [await attempt(limited_state, f"10.9.{i}.1") for i in range(20)]
    assert kinds(results) == ["InvalidCredentials"] * 6 + ["RateLimited"] * 14
    assert len(verifies) == 6
    # past the ceiling even the right password from a new, unknown device is not checked
    assert isinstance(await attempt(limited_state, "10.99.0.1", password=PASSWORD), RateLimited)
    assert len(verifies) == 6


async def test_a_known_device_is_never_locked_out(limited_state):
    """P7 #5: the owner's device keeps its own budget while the ceiling is spent."""
    registered = await register(limited_state)
    device = registered.device_token
    assert device.startswith("dev_")
    for i in range(6):
        assert isinstance(await attempt(limited_state, f"10.9.{i}.1"), InvalidCredentials)
    assert isinstance(await attempt(limited_state, "10.9.77.1", password=PASSWORD), RateLimited)
    # the owner, on a new network, mistypes once and then gets in; the token is kept
    assert isinstance(
        await attempt(limited_state, "203.0.113.5", device=device), InvalidCredentials
    )
    ok = await attempt(limited_state, "203.0.113.5", password=PASSWORD, device=device)
    assert isinstance(ok, Authenticated) and ok.device_token == device
    # a device's own budget: spent by its own failures only
    results = [await attempt(limited_state, "203.0.113.5", device=device) for _ in range(4)]
    assert kinds(results) == ["InvalidCredentials"] * 3 + ["RateLimited"]
    assert isinstance(
        await attempt(limited_state, "203.0.113.5", password=PASSWORD, device=device), RateLimited
    )
    other = await attempt(limited_state, "203.0.113.6", password=PASSWORD, device=ok.device_token)
    assert isinstance(other, RateLimited)  # the same device, whatever the address
    second = await register(limited_state, email="bob@example.com", username="bob_builder")
    # a device token another account issued is an unknown device for this one
    stranger = await attempt(
        limited_state, "203.0.113.7", password=PASSWORD, device=second.device_token
    )
    assert isinstance(stranger, RateLimited)


async def test_username_and_email_are_one_budget(limited_state):
    """P7 #6: every spelling of one account draws from the same budgets."""
    await register(limited_state)
    spellings = ["ada_lovelace", "ADA@example.com", "ＡＤＡ_LOVELACE", " ada@EXAMPLE.com "]
    results = [await attempt(limited_state, "198.51.100.9", name) for name in spellings]
    assert kinds(results) == ["InvalidCredentials"] * 3 + ["RateLimited"]
    # an identifier that names no account is keyed by its normalised form
    ghosts = ["ghost_user", "GHOST_USER", "ｇｈｏｓｔ_user", "Ghost_User"]
    results = [await attempt(limited_state, "198.51.100.10", name) for name in ghosts]
    assert kinds(results) == ["InvalidCredentials"] * 3 + ["RateLimited"]


async def test_ipv6_addresses_count_per_64(limited_state):
    """P7 #5: one subscriber's /64 is one address for every budget."""
    await register(limited_state)
    same_64 = [f"2001:db8:1:2::{i}" for i in range(1, 5)]
    results = [await attempt(limited_state, ip) for ip in same_64]
    assert kinds(results) == ["InvalidCredentials"] * 3 + ["RateLimited"]
    assert isinstance(await attempt(limited_state, "2001:db8:1:3::1"), InvalidCredentials)
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2::ffff")
    assert address_key("::ffff:192.0.2.1") == address_key("192.0.2.1")
    assert address_key("192.0.2.1") != address_key("192.0.2.2")


async def _viewer(state, token):
    return await viewer_of(state, token)


async def _change(state, viewer, current, new=NEW_PASSWORD):
    async with state.unit_of_work() as uow:
        change = password_change.PasswordChange(current, new, new)
        result = await password_change.change_password(
            uow, state.services, viewer, change, ClientInfo()
        )
        await uow.commit()
    return result


async def _update(state, viewer, ip="198.51.100.20", **changes):
    async with state.unit_of_work() as uow:
        result = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(**changes),
            ClientInfo(ip_address=ip),
        )
        await uow.commit()
    return result


async def test_a_stolen_session_cannot_block_the_owners_password_change(limited_state):
    """P7 #10: authenticated checks are budgeted per session."""
    owner = await register(limited_state)
    stolen = await attempt(limited_state, "10.66.0.1", password=PASSWORD)
    thief = await _viewer(limited_state, stolen.token)
    results = [await _change(limited_state, thief, "Wrong-Pass-1") for _ in range(3)]
    assert kinds(results) == ["InvalidCredentials", "InvalidCredentials", "RateLimited"]
    done = await _change(limited_state, await _viewer(limited_state, owner.token), PASSWORD)
    assert isinstance(done, Authenticated)
    assert await _viewer(limited_state, stolen.token) is None


async def test_email_change_checks_share_the_account_budget(limited_state, monkeypatch):
    """P7 #3: an email change's password check is limited like every other one."""
    registered = await register(limited_state)
    viewer = await _viewer(limited_state, registered.token)
    verifies = count_verifies(limited_state, monkeypatch)
    wrong = {"email": "new@example.com", "current_password": "Wrong-Pass-1"}
    results = [await _update(limited_state, viewer, **wrong) for _ in range(3)]
    assert kinds(results) == ["InvalidCredentials", "InvalidCredentials", "RateLimited"]
    assert len(verifies) == 2
    # those two failures count against the account's ceiling for unknown devices (6)
    for i in range(4):
        assert isinstance(await attempt(limited_state, f"10.8.{i}.1"), InvalidCredentials)
    assert isinstance(await attempt(limited_state, "10.8.9.1", password=PASSWORD), RateLimited)
    assert len(verifies) == 6


async def test_uniqueness_checks_are_limited_per_user_and_per_ip(limited_state):
    """P7 #11: whether a username or email is taken is answered a few times an hour."""
    ada = await _viewer(limited_state, (await register(limited_state)).token)
    await register(limited_state, email="bob@example.com", username="bob_builder")
    await (
        limited_state.services.limiter.storage.reset()
    )  # registrations from one address: 2 an hour
    carol_registered = await register(limited_state, email="carol@example.com", username="carol_c")
    carol = await _viewer(limited_state, carol_registered.token)
    results = [await _update(limited_state, ada, username="bob_builder") for _ in range(3)]
    assert results == [UserAlreadyExists(["username"])] * 3
    refused = await _update(limited_state, ada, username="free_name_1")
    assert isinstance(refused, RateLimited) and waits_out_the_window(
        refused.retry_after_seconds, 3600
    )
    # unchanged values are not checks; own values in another case are not either
    assert type(await _update(limited_state, ada, username="ADA_LOVELACE")).__name__ == "Updated"
    # another user behind the same address shares the address's budget (4)
    assert await _update(limited_state, carol, username="bob_builder") == UserAlreadyExists(
        ["username"]
    )
    assert isinstance(await _update(limited_state, carol, username="bob_builder"), RateLimited)
    assert await _update(
        limited_state, carol, ip="198.51.100.21", username="bob_builder"
    ) == UserAlreadyExists(["username"])


async def test_registrations_per_ip(limited_state):
    for i in range(2):
        result = await register(limited_state, email=f"u{i}@example.com", username=f"user_{i}_name")
        assert isinstance(result, Authenticated)
    limited = await register(limited_state, email="u9@example.com", username="user_9_name")
    assert isinstance(limited, RateLimited)
    # invalid input does not spend the budget (and is answered as such)
    invalid = await register(limited_state, email="bad", username="user_8_name")
    assert isinstance(invalid, ValidationFailed)


async def test_switched_off(make_state):
    state = make_state(**{**LIMITS, "rate_limit_enabled": False})
    await register(state)
    for _ in range(10):
        assert isinstance(await attempt(state, "198.51.100.1"), InvalidCredentials)


async def _spend_the_ceiling(state, prefix="10.77"):
    for i in range(6):
        assert isinstance(await attempt(state, f"{prefix}.{i}.1"), InvalidCredentials)


async def test_a_password_change_forgets_every_device(limited_state):
    """A device that once knew the password keeps no budget of its own after a change."""
    owner = await register(limited_state)
    thief = await attempt(limited_state, "10.66.0.1", password=PASSWORD)
    changed = await _change(limited_state, await _viewer(limited_state, owner.token), PASSWORD)
    assert isinstance(changed, Authenticated)
    await _spend_the_ceiling(limited_state)
    for old in (owner.device_token, thief.device_token):
        refused = await attempt(limited_state, "10.66.0.1", password=NEW_PASSWORD, device=old)
        assert isinstance(refused, RateLimited)  # an unknown device now, at a spent ceiling
    kept = await attempt(
        limited_state, "203.0.113.9", password=NEW_PASSWORD, device=changed.device_token
    )
    assert isinstance(kept, Authenticated) and kept.device_token == changed.device_token


async def test_logging_out_everywhere_forgets_every_device(limited_state):
    owner = await register(limited_state)
    async with limited_state.unit_of_work() as uow:
        viewer = await _viewer(limited_state, owner.token)
        assert (await logouts.logout_everywhere(uow, viewer, ClientInfo())).count == 1
        await uow.commit()
    await _spend_the_ceiling(limited_state)
    again = await attempt(limited_state, "10.66.0.2", password=PASSWORD, device=owner.device_token)
    assert isinstance(again, RateLimited)


async def test_a_known_devices_failures_count_against_the_ceiling(limited_state):
    owner = await register(limited_state)
    for _ in range(3):  # the device's own budget
        failed = await attempt(limited_state, "203.0.113.5", device=owner.device_token)
        assert isinstance(failed, InvalidCredentials)
    results = [await attempt(limited_state, f"10.78.{i}.1") for i in range(4)]
    assert kinds(results) == ["InvalidCredentials"] * 3 + ["RateLimited"]  # 6 in all


async def test_authenticated_checks_stop_at_a_spent_ceiling(limited_state):
    """A stolen session guesses no more than the account's ceiling lets anyone else."""
    owner = await register(limited_state)
    await _spend_the_ceiling(limited_state)
    refused = await _change(limited_state, await _viewer(limited_state, owner.token), "Guess-1a")
    assert isinstance(refused, RateLimited)


async def test_profile_images_are_counted_per_user_before_decoding(limited_state, monkeypatch):
    import io

    from service.accounts.profile import images as image_module
    from tests import images

    owner = await register(limited_state)
    decoded = []
    original = image_module.process_image
    monkeypatch.setattr(
        "service.accounts.profile.registration.process_image",
        lambda *a: decoded.append(1) or original(*a),
    )
    viewer = await _viewer(limited_state, owner.token)
    results = [
        await _update(limited_state, viewer, image=io.BytesIO(images.png())) for _ in range(3)
    ]
    assert kinds(results) == ["Updated", "Updated", "RateLimited"]
    assert len(decoded) == 2


async def test_storage_keys_hold_no_identifier_or_address(limited_state):
    """What the counters are stored under (memory or Redis) names nobody in the clear."""
    import redis

    await register(limited_state)
    await attempt(limited_state, "198.51.100.23", identifier="ada@example.com")
    await attempt(limited_state, "2001:db8:77::5", identifier="ada_lovelace")
    settings = limited_state.settings
    if settings.redis_url:
        client = redis.Redis.from_url(settings.redis_url)
        keys = [k.decode() for k in client.scan_iter(match=f"{settings.rate_limit_key_prefix}:*")]
    else:
        storage = limited_state.services.limiter.storage
        keys = [*storage.events, *storage.storage]
    assert keys
    # Each a spelling no hex digest can contain by chance (a bare "ada" can: 1b1d…ada0…).
    for clear in ("ada@", "example.com", "198.51.100.23", "2001:db8", "ada_lovelace"):
        assert not [key for key in keys if clear in key], clear


async def test_a_refused_uniqueness_check_costs_the_user_nothing(make_state):
    """Once an address has spent its budget, a user behind it is refused before their own
    budget is counted: elsewhere they still have all of it."""
    state = make_state(**LIMITS)
    ada = await _viewer(state, (await register(state)).token)
    await register(state, email="bob@example.com", username="bob_builder")
    await state.services.limiter.storage.reset()  # registrations from one address: 2 an hour
    carol_registered = await register(state, email="carol@example.com", username="carol_c")
    carol = await _viewer(state, carol_registered.token)
    taken = UserAlreadyExists(["username"])
    for _ in range(3):  # ada's own budget (3), and 3 of the address's 4
        assert await _update(state, ada, ip="198.51.100.30", username="bob_builder") == taken
    assert await _update(state, carol, ip="198.51.100.30", username="bob_builder") == taken
    for _ in range(3):  # the address is spent: refused, and none of these count for carol
        refused = await _update(state, carol, ip="198.51.100.30", username="bob_builder")
        assert isinstance(refused, RateLimited)
    elsewhere = [
        await _update(state, carol, ip="198.51.100.31", username="bob_builder") for _ in range(3)
    ]
    assert elsewhere == [taken, taken, RateLimited(elsewhere[2].retry_after_seconds)]


async def test_a_correct_password_gives_the_session_its_budget_back(make_state):
    """The session's budget counts checks since its last correct one (2 here)."""
    state = make_state(
        **{
            **LIMITS,
            "rate_limit_uniqueness_checks_per_user": "50/hour",
            "rate_limit_uniqueness_checks_per_ip": "50/hour",
        }
    )
    viewer = await _viewer(state, (await register(state)).token)
    wrong = "Wrong-Pass-1"
    first = await _update(state, viewer, email="a1@example.com", current_password=wrong)
    assert isinstance(first, InvalidCredentials)
    right = await _update(state, viewer, email="a2@example.com", current_password=PASSWORD)
    assert type(right).__name__ == "Updated"
    results = [
        await _update(state, viewer, email=f"b{i}@example.com", current_password=wrong)
        for i in range(3)
    ]
    assert kinds(results) == ["InvalidCredentials", "InvalidCredentials", "RateLimited"]


def test_addresses_that_are_not_ips_are_keyed_by_their_first_64_characters():
    """A malformed forwarded address still has a budget of its own, and cannot grow keys."""
    garbage = "not-an-address-" + "x" * 49
    assert len(garbage) == 64
    assert address_key(garbage + "a") == address_key(garbage + "b")
    assert address_key("not-an-address") != address_key("also-not-one")
    assert address_key("not-an-address") != address_key(None)
    assert address_key(None) == address_key("")
    assert address_key("::ffff:198.51.100.7") == address_key("198.51.100.7")
    assert address_key("2001:db8:1:2::1") == address_key("2001:db8:1:2:ffff::9")
    assert address_key("2001:db8:1:2::1") != address_key("2001:db8:1:3::1")


async def test_retry_after_counts_down_to_when_the_oldest_attempt_leaves_the_window(monkeypatch):
    now = [time.time()]  # the windows' clock (the wall clock), moved on by hand
    monkeypatch.setattr(time, "time", lambda: now[0])
    limiter = AttemptLimiter(
        Settings(  # type: ignore[call-arg]
            _env_file=None,
            rate_limit_register_per_ip="2/2 seconds",
            rate_limit_uniqueness_checks_per_ip="1/2 seconds",
        )
    )
    ip = "198.51.100.40"
    assert await limiter.register_attempt(ip) is None
    assert await limiter.register_attempt(ip) is None
    assert await limiter.uniqueness_check("user-a", ip) is None
    # one budget counted as it is spent, one only tested before another is counted
    for refused in (await limiter.register_attempt(ip), await limiter.uniqueness_check("b", ip)):
        assert isinstance(refused, RateLimited) and refused.retry_after_seconds == 2
    now[0] += 1.3
    for refused in (await limiter.register_attempt(ip), await limiter.uniqueness_check("b", ip)):
        assert isinstance(refused, RateLimited) and refused.retry_after_seconds == 1
    assert await limiter.register_attempt("198.51.100.41") is None  # per address


async def test_each_known_device_has_a_budget_of_its_own(make_state):
    from service.observability import LOGINS

    state = make_state(**LIMITS)
    owner = await register(state)
    laptop = owner.device_token
    phone = (await attempt(state, "203.0.113.7", password=PASSWORD)).device_token
    assert phone != laptop
    limited_before = LOGINS.labels("limited")._value.get()
    for _ in range(3):
        assert isinstance(await attempt(state, "203.0.113.5", device=laptop), InvalidCredentials)
    assert isinstance(await attempt(state, "203.0.113.5", device=laptop), RateLimited)
    assert LOGINS.labels("limited")._value.get() == limited_before + 1
    kept = await attempt(state, "203.0.113.7", password=PASSWORD, device=phone)
    assert isinstance(kept, Authenticated)
