"""Service layer: login, the dummy verify, rehash, status rules, password change."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC

from sqlalchemy import func, select

from service.accounts.outcomes import (
    AccountSuspended,
    Authenticated,
    InvalidCredentials,
    ValidationFailed,
)
from service.accounts.profile import users
from service.accounts.signin import password_change, pipeline
from service.accounts.signin import password_login as auth
from service.clock import utcnow
from service.db.models import AccountStatus, AuthSession, User
from service.observability import LOGINS
from tests.accounts.support import CLIENT, register, viewer_of
from tests.conftest import PASSWORD

NEW_PASSWORD = "Quixotic-Lantern-77"


async def _register(state, **overrides):
    result = await register(state, **overrides)
    assert isinstance(result, Authenticated)
    return result


async def _login(state, identifier, password=PASSWORD):
    async with state.unit_of_work() as uow:
        result = await auth.login(uow, state.services, identifier, password, CLIENT)
        await uow.commit()
    return result


class Spy:
    """Counts dummy verifies and the real argon2 verifications underneath."""

    def __init__(self, hasher, monkeypatch):
        self.dummy = 0
        self.argon2_verifies = 0
        verify_sync, verify_dummy = hasher._verify_sync, hasher.verify_dummy

        def counting_verify(*args):
            self.argon2_verifies += 1
            return verify_sync(*args)

        async def counting_dummy(*args):
            self.dummy += 1
            return await verify_dummy(*args)

        monkeypatch.setattr(hasher, "_verify_sync", counting_verify)
        monkeypatch.setattr(hasher, "verify_dummy", counting_dummy)


async def test_login_attempts_are_counted_per_account_address_and_device(make_state):
    """Login's side of the budgets (``test_ratelimit`` has the rest): each failure is counted
    for the address and the account, a known device has its own budget, a success gives the
    address its attempts back, and a refusal is counted as limited."""
    from service.accounts.values import ClientInfo

    state = make_state(
        rate_limit_enabled=True,
        rate_limit_login_per_ip_identifier="2/15 minutes",
        rate_limit_login_per_device="2/15 minutes",
        rate_limit_login_unknown_devices_per_account="6/hour",
    )
    registered = await _register(state)

    async def attempt(ip, password="Wrong-Password-1", device=None, identifier="ada_lovelace"):
        async with state.unit_of_work() as uow:
            client = ClientInfo(ip_address=ip, user_agent="unit-test")
            result = await auth.login(uow, state.services, identifier, password, client, device)
            await uow.commit()
        return type(result).__name__

    limited = LOGINS.labels("limited")._value.get()
    at_home = [await attempt("198.51.100.1") for _ in range(3)]
    assert at_home == ["InvalidCredentials", "InvalidCredentials", "RateLimited"]
    assert LOGINS.labels("limited")._value.get() == limited + 1
    # the laptop this account knows has a budget of its own, and so does another address
    laptop = registered.device_token
    assert await attempt("198.51.100.1", PASSWORD, laptop) == "Authenticated"
    assert [await attempt("198.51.100.2") for _ in range(2)] == ["InvalidCredentials"] * 2
    # a success gives the address its attempts back
    assert await attempt("198.51.100.3", PASSWORD) == "Authenticated"
    assert [await attempt("198.51.100.3") for _ in range(2)] == ["InvalidCredentials"] * 2
    # six failures spent the account's ceiling for unknown devices, not the laptop's own
    assert await attempt("198.51.100.4", PASSWORD) == "RateLimited"
    assert [await attempt("198.51.100.4", device=laptop) for _ in range(3)] == [
        "InvalidCredentials",
        "InvalidCredentials",
        "RateLimited",
    ]
    # an identifier that names no account has budgets of its own too
    assert [await attempt("198.51.100.5", identifier="nobody") for _ in range(3)] == [
        "InvalidCredentials",
        "InvalidCredentials",
        "RateLimited",
    ]


async def test_each_account_keeps_its_most_recently_used_devices(make_state):
    """Beyond ``max_known_devices_per_user``, the device used longest ago is forgotten: not
    the oldest one, not another account's."""
    from service.accounts.signin.devices import find_device

    state = make_state(max_known_devices_per_user=3)
    bob = await _register(state, email="bob@example.com", username="bob_builder")
    ada = await _register(state)

    async def login(device_token=None):
        async with state.unit_of_work() as uow:
            result = await auth.login(
                uow, state.services, "ada_lovelace", PASSWORD, CLIENT, device_token
            )
            await uow.commit()
        assert isinstance(result, Authenticated)
        return result.device_token

    first, second = await login(), await login()
    assert await login(ada.device_token) == ada.device_token  # the oldest, used again
    third = await login()

    async def known(user_id, token):
        async with state.unit_of_work() as uow:
            return await find_device(uow, user_id, token) is not None

    assert [
        await known(ada.user.id, token) for token in (ada.device_token, first, second, third)
    ] == [True, False, True, True]
    assert await known(bob.user.id, bob.device_token)


async def test_a_device_token_is_known_only_to_the_account_that_issued_it(state):
    from service.accounts.signin.devices import find_device

    ada = await _register(state)
    bob = await _register(state, email="bob@example.com", username="bob_builder")
    async with state.unit_of_work() as uow:
        own = await find_device(uow, ada.user.id, ada.device_token)
        assert own is not None and own.user_id == ada.user.id
        assert await find_device(uow, ada.user.id, bob.device_token) is None
        assert await find_device(uow, ada.user.id, "dev_" + "A" * 43) is None  # well formed
        assert await find_device(uow, ada.user.id, None) is None


async def test_unknown_identifier_runs_the_dummy_verify(state, monkeypatch):
    await _register(state)
    spy = Spy(state.services.passwords, monkeypatch)
    assert isinstance(await _login(state, "ghost@example.com", "Whatever-123"), InvalidCredentials)
    assert isinstance(await _login(state, "ghost_user", "Whatever-123"), InvalidCredentials)
    assert isinstance(await _login(state, "x" * 5000, "Whatever-123"), InvalidCredentials)
    assert (spy.dummy, spy.argon2_verifies) == (3, 3)
    assert isinstance(await _login(state, "ada_lovelace", "Wrong-Password-1"), InvalidCredentials)
    assert (spy.dummy, spy.argon2_verifies) == (3, 4)


async def test_login_by_email_or_username_any_case(state):
    await _register(state)
    for identifier in ("ada@example.com", " ADA@EXAMPLE.COM ", "ada_lovelace", "ＡＤＡ_LOVELACE"):
        result = await _login(state, identifier)
        assert isinstance(result, Authenticated), identifier
        assert result.user.last_login is not None


async def test_rehash_on_login_when_parameters_change(state, make_state):
    await _register(state)
    async with state.session_factory() as db:
        old_hash = (await db.execute(select(User.password_hash))).scalar_one()
    stronger = make_state(argon2_time_cost=2)
    assert isinstance(await _login(stronger, "ada_lovelace"), Authenticated)
    async with state.session_factory() as db:
        new_hash = (await db.execute(select(User.password_hash))).scalar_one()
    assert new_hash != old_hash and "t=2" in new_hash and "t=1" in old_hash
    assert isinstance(await _login(stronger, "ada_lovelace"), Authenticated)


async def test_suspended_only_after_correct_password_and_tokens_stop(state):
    registered = await _register(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        user.status = AccountStatus.SUSPENDED
        await uow.commit()
    assert isinstance(await _login(state, "ada_lovelace", "Wrong-Password-1"), InvalidCredentials)
    assert isinstance(await _login(state, "ada_lovelace"), AccountSuspended)
    assert await viewer_of(state, registered.token) is None


async def test_deactivated_user_reactivates_by_logging_in(state):
    await _register(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await users.set_status(uow, user, AccountStatus.DEACTIVATED)
        await uow.commit()
    result = await _login(state, "ada_lovelace")
    assert isinstance(result, Authenticated)
    assert result.user.status == AccountStatus.ACTIVE


async def test_change_password_revokes_other_sessions(state):
    first = await _register(state)
    second = await _login(state, "ada_lovelace")
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, first.token)
        change = password_change.PasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
        result = await password_change.change_password(uow, state.services, viewer, change, CLIENT)
        await uow.commit()
    assert isinstance(result, Authenticated) and result.user.id == first.user.id
    async with state.unit_of_work() as uow:
        assert await viewer_of(state, first.token) is None
        assert await viewer_of(state, second.token) is None
        assert await viewer_of(state, result.token) is not None
        assert (
            await uow.session.execute(select(func.count()).select_from(AuthSession))
        ).scalar_one() == 1
    assert isinstance(await _login(state, "ada_lovelace"), InvalidCredentials)
    assert isinstance(await _login(state, "ada_lovelace", NEW_PASSWORD), Authenticated)


async def test_change_password_failures(state):
    first = await _register(state)
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, first.token)
        wrong = await password_change.change_password(
            uow,
            state.services,
            viewer,
            password_change.PasswordChange("Wrong-Pass-1", NEW_PASSWORD, NEW_PASSWORD),
            CLIENT,
        )
        weak = await password_change.change_password(
            uow,
            state.services,
            viewer,
            password_change.PasswordChange(PASSWORD, "weakling", "weakling2"),
            CLIENT,
        )
        empty = await password_change.change_password(
            uow,
            state.services,
            viewer,
            password_change.PasswordChange("", NEW_PASSWORD, NEW_PASSWORD),
            CLIENT,
        )
        await uow.commit()
    assert isinstance(wrong, InvalidCredentials)
    assert isinstance(weak, ValidationFailed)
    assert {(e.field, e.code) for e in weak.fields} == {
        ("newPassword", "missing_uppercase"),
        ("newPassword", "missing_digit"),
        ("newPasswordConfirmation", "mismatch"),
    }
    assert isinstance(empty, ValidationFailed)
    assert [(e.field, e.code) for e in empty.fields] == [("currentPassword", "required")]
    assert await viewer_of(state, first.token) is not None


async def test_full_hash_queue_sheds_load_with_a_clear_answer(make_state, monkeypatch):
    from service.accounts.outcomes import BUSY_MESSAGE, RateLimited

    state = make_state(hash_queue_limit=2)
    registered = await _register(state)
    monkeypatch.setattr(state.services.passwords, "pending", 2)  # two hashes already queued
    limited = LOGINS.labels("limited")._value.get()
    shed = await _login(state, "ada_lovelace")
    assert LOGINS.labels("limited")._value.get() == limited + 1
    assert isinstance(shed, RateLimited)
    assert (shed.retry_after_seconds, shed.message) == (1, BUSY_MESSAGE)
    refused = await register(state, email="bob@example.com", username="bob_builder")
    assert isinstance(refused, RateLimited) and refused.message == BUSY_MESSAGE
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, registered.token)
        change = password_change.PasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
        busy = await password_change.change_password(uow, state.services, viewer, change, CLIENT)
    assert isinstance(busy, RateLimited)
    monkeypatch.setattr(state.services.passwords, "pending", 1)
    assert isinstance(await _login(state, "ada_lovelace"), Authenticated)


async def test_pending_counts_hashes_in_flight(state):
    import asyncio

    hasher = state.services.passwords
    digest = await hasher.hash(PASSWORD)
    tasks = [asyncio.create_task(hasher.verify(digest, PASSWORD)) for _ in range(3)]
    await asyncio.sleep(0)
    assert hasher.pending == 3
    assert all(await asyncio.gather(*tasks))
    assert hasher.pending == 0


class Gate:
    """Holds the first call of an async function until released: forces an interleaving."""

    def __init__(self, monkeypatch, owner, name):
        self.entered, self.release = asyncio.Event(), asyncio.Event()
        self.calls = 0
        real = getattr(owner, name)

        async def gated(*args, **kwargs):
            self.calls += 1
            result = await real(*args, **kwargs)
            if self.calls == 1:
                self.entered.set()
                await self.release.wait()
            return result

        monkeypatch.setattr(owner, name, gated)

    async def reached(self) -> None:
        """Until the first call is held; a call that never comes fails the test, not hangs it."""
        await asyncio.wait_for(self.entered.wait(), 10)


async def _change(state, token, current=PASSWORD, new=NEW_PASSWORD):
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, token)
        change = password_change.PasswordChange(current, new, new)
        result = await password_change.change_password(uow, state.services, viewer, change, CLIENT)
        await uow.commit()
    return result


async def _session_count(state):
    async with state.session_factory() as db:
        return (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one()


async def test_a_login_verified_before_a_password_change_cannot_outlive_it(state, monkeypatch):
    """P7 #2: the login checked the old password, the change commits, then the login writes."""
    registered = await _register(state)
    gate = Gate(monkeypatch, state.services.passwords, "verify")
    login_task = asyncio.create_task(_login(state, "ada_lovelace"))
    await gate.reached()  # the old password is verified; nothing is written yet
    changed = await _change(state, registered.token)
    assert isinstance(changed, Authenticated)
    invalid = LOGINS.labels("invalid")._value.get()
    gate.release.set()
    assert await login_task == InvalidCredentials()
    assert LOGINS.labels("invalid")._value.get() == invalid + 1
    assert await viewer_of(state, changed.token) is not None
    assert await _session_count(state) == 1
    assert isinstance(await _login(state, "ada_lovelace", NEW_PASSWORD), Authenticated)


async def test_a_rehash_at_login_cannot_write_the_old_password_back(state, make_state, monkeypatch):
    """P7 #2: a login due to rehash, racing a password change, must not restore P1."""
    registered = await _register(state)  # hashed at t=1
    stronger = make_state(argon2_time_cost=2)
    gate = Gate(monkeypatch, stronger.services.passwords, "verify")
    login_task = asyncio.create_task(_login(stronger, "ada_lovelace"))
    await gate.reached()
    assert isinstance(await _change(stronger, registered.token), Authenticated)
    gate.release.set()
    assert await login_task == InvalidCredentials()
    assert isinstance(await _login(stronger, "ada_lovelace", PASSWORD), InvalidCredentials)
    assert isinstance(await _login(stronger, "ada_lovelace", NEW_PASSWORD), Authenticated)
    async with state.session_factory() as db:
        assert "t=2" in (await db.execute(select(User.password_hash))).scalar_one()


async def test_a_password_change_revokes_a_login_written_while_it_ran(state, monkeypatch):
    """P7 #2, the other order: the login holds the row while the change waits for it."""
    registered = await _register(state)
    gate = Gate(monkeypatch, pipeline, "remember_device")  # inside the login's write transaction
    login_task = asyncio.create_task(_login(state, "ada_lovelace"))
    await gate.reached()
    change_task = asyncio.create_task(_change(state, registered.token))
    await asyncio.sleep(0.3)  # the change reaches the user row and waits for the login
    gate.release.set()
    logged_in, changed = await asyncio.gather(login_task, change_task)
    assert isinstance(logged_in, Authenticated) and isinstance(changed, Authenticated)
    assert await viewer_of(state, logged_in.token) is None
    assert await viewer_of(state, changed.token) is not None
    assert await _session_count(state) == 1


async def test_a_reactivating_login_cannot_undo_a_suspension(state, monkeypatch):
    """P7 S1: the login read DEACTIVATED; an administrator suspends before it writes."""
    await _register(state)
    async with state.unit_of_work() as uow:
        await users.set_status(uow, await users.find_user(uow, "ada_lovelace"), "DEACTIVATED")
        await uow.commit()
    gate = Gate(monkeypatch, state.services.passwords, "verify")
    login_task = asyncio.create_task(_login(state, "ada_lovelace"))
    await gate.reached()
    async with state.unit_of_work() as uow:
        await users.set_status(uow, await users.find_user(uow, "ada_lovelace"), "SUSPENDED")
        await uow.commit()
    gate.release.set()
    assert await login_task == AccountSuspended()
    async with state.session_factory() as db:
        assert (await db.execute(select(User.status))).scalar_one() == "SUSPENDED"
    assert await _session_count(state) == 0


async def test_a_login_that_lost_its_write_to_a_deactivation_tries_again_and_reactivates(
    state, monkeypatch
):
    """The row changed but the password did not: the login decides again on the new row."""
    await _register(state)
    gate = Gate(monkeypatch, state.services.passwords, "verify")
    login_task = asyncio.create_task(_login(state, "ada_lovelace"))
    await gate.reached()
    async with state.unit_of_work() as uow:
        await users.set_status(uow, await users.find_user(uow, "ada_lovelace"), "DEACTIVATED")
        await uow.commit()
    gate.release.set()
    result = await login_task
    assert isinstance(result, Authenticated) and result.user.status == AccountStatus.ACTIVE
    assert await _event_kinds(state) == ["REGISTERED", "ACCOUNT_REACTIVATED", "LOGIN"]


async def test_a_password_change_cannot_complete_on_an_account_suspended_meanwhile(
    state, monkeypatch
):
    registered = await _register(state)
    changed_at = registered.user.password_changed_at
    gate = Gate(monkeypatch, state.services.passwords, "hash")  # the new password's hash
    change_task = asyncio.create_task(_change(state, registered.token))
    await gate.reached()
    async with state.unit_of_work() as uow:
        await users.set_status(uow, await users.find_user(uow, "ada_lovelace"), "SUSPENDED")
        await uow.commit()
    gate.release.set()
    assert await change_task == InvalidCredentials()
    async with state.session_factory() as db:
        user = (await db.execute(select(User))).scalar_one()
    assert user.status == "SUSPENDED"
    assert _aware(user.password_changed_at) == _aware(changed_at)
    assert state.services.passwords._verify_sync(user.password_hash, PASSWORD)
    assert await _session_count(state) == 0


async def test_a_password_change_that_lost_its_write_to_changes_undone_meanwhile_completes(
    state, monkeypatch
):
    """The row changed twice (deactivated, then active again) but kept its password: the
    change decides again on the new row, and sets the new password."""
    registered = await _register(state)
    gate = Gate(monkeypatch, state.services.passwords, "hash")  # the new password's hash
    change_task = asyncio.create_task(_change(state, registered.token))
    await gate.reached()
    for status in ("DEACTIVATED", "ACTIVE"):
        async with state.unit_of_work() as uow:
            await users.set_status(uow, await users.find_user(uow, "ada_lovelace"), status)
            await uow.commit()
    gate.release.set()
    assert isinstance(await change_task, Authenticated)
    assert isinstance(await _login(state, "ada_lovelace", NEW_PASSWORD), Authenticated)


async def test_notices_tell_the_time_of_the_sign_in_and_of_the_change(state, monkeypatch):
    """The login's and the change's own moment, not whenever the notice was written."""
    import json
    from datetime import datetime

    from tests.helpers import queued_mail

    registered = await _register(state)
    moment = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    monkeypatch.setattr(pipeline, "utcnow", lambda: moment)
    monkeypatch.setattr(password_change, "utcnow", lambda: moment)
    assert isinstance(await _login(state, "ada_lovelace"), Authenticated)  # no device token
    assert isinstance(await _change(state, registered.token), Authenticated)
    notices = [
        *await queued_mail(state, template="new_signin"),
        *await queued_mail(state, template="password_changed"),
    ]
    assert [json.loads(notice.data)["at"] for notice in notices] == [moment.isoformat()] * 2


async def test_a_login_that_loses_every_write_gives_up(state, monkeypatch):
    """Another write wins each of the ``WRITE_ATTEMPTS`` compare-and-sets: no session."""
    await _register(state)
    lost = []

    def losing(result):
        lost.append(1)
        return 0  # no row had the version read: another write won

    monkeypatch.setattr(pipeline, "affected", losing)
    result = await _login(state, "ada_lovelace")
    assert result == InvalidCredentials()
    assert len(lost) == pipeline.WRITE_ATTEMPTS
    assert await _session_count(state) == 1  # the registration's


async def _event_kinds(state):
    from service.db.models import SecurityEvent

    async with state.session_factory() as db:
        order = (SecurityEvent.at, SecurityEvent.kind)  # one transaction's events, by kind
        rows = await db.execute(select(SecurityEvent.kind).order_by(*order))
        return list(rows.scalars())


async def test_logins_are_recorded_and_an_unknown_device_gets_a_notice(state):
    from tests.helpers import queued_mail

    registered = await _register(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await users.set_status(uow, user, AccountStatus.DEACTIVATED)
        await uow.commit()
    reactivating = await _login(state, "ada_lovelace")  # no device token: a new device
    assert isinstance(reactivating, Authenticated)
    (notice,) = await queued_mail(state, template="new_signin")
    assert notice.recipient == "ada@example.com"
    async with state.unit_of_work() as uow:
        known = await auth.login(
            uow, state.services, "ada_lovelace", PASSWORD, CLIENT, registered.device_token
        )
        await uow.commit()
    assert isinstance(known, Authenticated)
    assert await _event_kinds(state) == ["REGISTERED", "ACCOUNT_REACTIVATED", "LOGIN", "LOGIN"]
    assert await queued_mail(state, template="new_signin") == [notice]  # a known device


async def test_an_unverified_email_is_asked_for_before_a_session_when_required(make_state):
    from service.accounts.outcomes import EmailNotVerified
    from tests.helpers import queued_mail

    state = make_state(require_verified_email=True)
    await register(state)  # no session until the email is verified
    before = LOGINS.labels("unverified")._value.get()
    asked = await _login(state, "ada_lovelace")
    assert asked == EmailNotVerified(handle=asked.handle)  # the handle of the code it sent
    assert asked.handle and asked.handle.startswith("cod_")
    assert LOGINS.labels("unverified")._value.get() == before + 1
    assert await _session_count(state) == 0
    assert len(await queued_mail(state, template="verify_email")) == 2  # a fresh code
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
        await uow.commit()
    assert await _login(state, "ada_lovelace") == AccountSuspended()  # that comes first
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        user.email_verified = True
        await users.set_status(uow, user, AccountStatus.ACTIVE)
        await uow.commit()
    assert isinstance(await _login(state, "ada_lovelace"), Authenticated)


async def test_a_failed_check_against_an_old_hash_lasts_as_long_as_an_unknown_user(
    state, make_state, monkeypatch
):
    """P7 S4: hashes not yet rehashed are cheaper; their failures are padded to today's cost."""
    await _register(state)  # hashed at t=1
    stronger = make_state(argon2_time_cost=2)
    spy = Spy(stronger.services.passwords, monkeypatch)
    # never measured yet: today's cost is spent once, as the dummy verify of an unknown user
    assert isinstance(
        await _login(stronger, "ada_lovelace", "Wrong-Password-1"), InvalidCredentials
    )
    assert (spy.dummy, spy.argon2_verifies) == (1, 2)
    assert stronger.services.passwords.current_cost is not None
    stronger.services.passwords.current_cost = 0.4  # as measured on a slow production machine
    started = time.perf_counter()
    assert isinstance(
        await _login(stronger, "ada_lovelace", "Wrong-Password-1"), InvalidCredentials
    )
    assert time.perf_counter() - started >= 0.4
    assert (spy.dummy, spy.argon2_verifies) == (1, 3)


async def _change_to(state, token, change):
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, token)
        result = await password_change.change_password(uow, state.services, viewer, change, CLIENT)
        await uow.commit()
    return result


async def test_change_password_reports_every_problem_current_password_first(state):
    first = await _register(state)
    guessable = "Password123"  # every character class, and among the first guesses
    result = await _change_to(
        state, first.token, password_change.PasswordChange("", guessable, "Password124")
    )
    assert isinstance(result, ValidationFailed)
    assert [(e.field, e.code, e.message) for e in result.fields] == [
        ("currentPassword", "required", "Current password is required."),
        ("newPassword", "too_guessable", result.fields[1].message),
        ("newPasswordConfirmation", "mismatch", "Passwords do not match."),
    ]
    similar = await _change_to(
        state,
        first.token,
        password_change.PasswordChange(PASSWORD, "Ada_Lovelace1", "Ada_Lovelace1"),
    )
    assert isinstance(similar, ValidationFailed)
    assert [(e.field, e.code) for e in similar.fields] == [("newPassword", "too_similar")]


async def test_a_password_change_is_dated(state):
    first = await _register(state)
    before = utcnow()
    result = await _change(state, first.token)
    assert isinstance(result, Authenticated)
    assert result.ended_sessions is True  # the transport forgets the caller it resolved
    assert first.ended_sessions is False
    async with state.session_factory() as db:
        user = (await db.execute(select(User))).scalar_one()
    assert user.password_changed_at is not None
    assert before <= _aware(user.password_changed_at) <= utcnow()
    assert _aware(result.session.created_at) == _aware(user.password_changed_at)
    from service.db.models import SecurityEvent

    async with state.session_factory() as db:
        changed = select(SecurityEvent.at).where(SecurityEvent.kind == "PASSWORD_CHANGED")
        assert _aware((await db.execute(changed)).scalar_one()) == _aware(user.password_changed_at)


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def test_a_suspended_account_is_not_written_by_a_login(state):
    await _register(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        last_login = user.last_login
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
        await uow.commit()
    assert isinstance(await _login(state, "ada_lovelace"), AccountSuspended)
    async with state.session_factory() as db:
        row = (await db.execute(select(User))).scalar_one()
        sessions = (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one()
    assert row.last_login == last_login
    assert sessions == 0  # suspending ended them; the refused login opened none


async def test_logins_are_counted_by_outcome(state):
    from service.observability import LOGINS

    def counts():
        return {o: LOGINS.labels(o)._value.get() for o in ("success", "invalid", "suspended")}

    await _register(state)
    before = counts()
    result = await _login(state, "ada_lovelace")
    assert isinstance(result, Authenticated)
    assert _aware(result.session.created_at) == _aware(result.user.last_login)
    await _login(state, "ada_lovelace", "Wrong-Password-1")
    await _login(state, "nobody_here")
    async with state.unit_of_work() as uow:
        await users.set_status(uow, await users.find_user(uow, "ada_lovelace"), "SUSPENDED")
        await uow.commit()
    await _login(state, "ada_lovelace")
    after = counts()
    assert {o: after[o] - before[o] for o in after} == {"success": 1, "invalid": 2, "suspended": 1}


async def test_logging_out_everywhere_forgets_only_this_accounts_devices(state):
    from service.accounts.sessions import logouts
    from service.accounts.values import ClientInfo
    from service.db.models import KnownDevice

    ada = await _register(state)
    bob = await _register(state, email="bob@example.com", username="bob_builder")
    viewer = await viewer_of(state, ada.token)
    assert viewer is not None
    async with state.unit_of_work() as uow:
        assert (await logouts.logout_everywhere(uow, viewer, ClientInfo())).count == 1
        await uow.commit()
    async with state.session_factory() as db:
        owners = (await db.execute(select(KnownDevice.user_id))).scalars().all()
    assert owners == [bob.user.id]
    assert await viewer_of(state, bob.token) is not None


async def test_oversized_or_nul_identifiers_are_refused_without_a_lookup(state, monkeypatch):
    """Refused as any failure is (a dummy verify), before a query; the limits themselves pass."""
    await _register(state)
    looked_up: list[str] = []
    real_find_user = auth.find_user

    async def spying(uow, identifier):
        looked_up.append(identifier)
        return await real_find_user(uow, identifier)

    monkeypatch.setattr(auth, "find_user", spying)
    spy = Spy(state.services.passwords, monkeypatch)
    for identifier, password in [
        ("a" * 321, PASSWORD),
        ("ada_lovelace\x00", PASSWORD),
        ("ada_lovelace", PASSWORD + "x" * (1025 - len(PASSWORD))),
    ]:
        assert isinstance(await _login(state, identifier, password), InvalidCredentials)
    assert looked_up == []
    assert spy.dummy == 3
    assert isinstance(await _login(state, "a" * 320), InvalidCredentials)
    assert looked_up == ["a" * 320]  # at the limit: looked up (and unknown)


async def test_a_password_of_the_maximum_length_logs_in(state):
    """1024 characters register and log in (the strength estimate reads the first 72)."""
    import random
    import string

    pick = random.Random(1024).choice
    longest = "".join(pick(string.ascii_letters + string.digits) for _ in range(1024))
    await _register(state, password=longest, password_confirmation=longest)
    assert isinstance(await _login(state, "ada_lovelace", longest), Authenticated)


async def test_a_hash_with_current_parameters_is_kept_by_a_login(state):
    await _register(state)
    async with state.session_factory() as db:
        before = (await db.execute(select(User.password_hash))).scalar_one()
    assert isinstance(await _login(state, "ada_lovelace"), Authenticated)
    async with state.session_factory() as db:
        assert (await db.execute(select(User.password_hash))).scalar_one() == before


# setPassword (``signin.password_change.set_password``) ----------------------------------------


async def _set_password(state, viewer, password, confirmation=None):
    from service.accounts.passwords.rules import NewPassword

    new = NewPassword(password, password if confirmation is None else confirmation)
    async with state.unit_of_work() as uow:
        return await password_change.set_password(uow, state.services, viewer, new, CLIENT)


async def test_set_password_gives_an_account_without_one_a_password_from_a_privileged_session(
    state,
):
    """The account signed in some other way (a passkey) and has no password: a privileged
    session sets one, every other session ends, this client gets a new session proved by the
    same methods and the password, and the password signs in; a stale session is asked to
    prove itself, and a password that breaks the rules changes nothing."""
    from datetime import timedelta

    from service.accounts.outcomes import ReauthenticationRequired
    from tests.accounts.support import prove_session

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    async with state.session_factory() as db:
        user = await db.get(User, viewer.user.id)
        user.password_hash = None
        await db.commit()
    await prove_session(state, viewer, "PASSKEY")
    weak = await _set_password(state, viewer, "short")
    assert isinstance(weak, ValidationFailed)
    mismatch = await _set_password(state, viewer, NEW_PASSWORD, NEW_PASSWORD + "x")
    assert isinstance(mismatch, ValidationFailed)
    await prove_session(state, viewer, "PASSKEY", at=utcnow() - timedelta(hours=1))
    stale = await _set_password(state, viewer, NEW_PASSWORD)
    assert stale == ReauthenticationRequired(methods=[], password_required=False)
    async with state.session_factory() as db:
        assert (await db.get(User, viewer.user.id)).password_hash is None
    await prove_session(state, viewer, "PASSKEY")
    done = await _set_password(state, viewer, NEW_PASSWORD)
    assert isinstance(done, Authenticated), done
    assert done.session.methods == "PASSKEY,PASSWORD"
    assert done.token != registered.token
    assert await viewer_of(state, registered.token) is None  # the old session ended
    async with state.unit_of_work() as uow:
        signed_in = await auth.login(uow, state.services, "ada_lovelace", NEW_PASSWORD, CLIENT)
    assert isinstance(signed_in, Authenticated)
    async with state.session_factory() as db:
        row = await db.get(User, viewer.user.id)
    assert row.version > 0 and row.password_changed_at is not None


async def test_set_password_refuses_a_suspended_account(state):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    async with state.session_factory() as db:
        user = await db.get(User, viewer.user.id)
        user.status = AccountStatus.SUSPENDED.value
        before = user.password_hash
        await db.commit()
    refused = await _set_password(state, viewer, NEW_PASSWORD)
    assert not isinstance(refused, Authenticated), refused
    async with state.session_factory() as db:
        assert (await db.get(User, viewer.user.id)).password_hash == before


async def test_a_password_change_on_an_account_with_two_factor_needs_a_code_or_a_privileged_session(
    state,
):
    """Outside the privileged window the current password alone is not enough: a code of
    the second factor is asked for, a wrong one refused; with a right one, the new session
    is proved by the password and that code."""
    from datetime import timedelta

    from service.accounts.outcomes import InvalidCode, ReauthenticationRequired, TwoFactorMethod
    from tests.accounts.support import prove_session
    from tests.accounts.two_factor.test_two_factor import code_at, enabled_account, totp

    viewer, secret = await enabled_account(state)
    await prove_session(state, viewer, "PASSWORD", "TOTP", at=utcnow() - timedelta(hours=1))

    async def change(code=None):
        attempt = password_change.PasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD, code)
        async with state.unit_of_work() as uow:
            return await password_change.change_password(
                uow, state.services, viewer, attempt, CLIENT
            )

    asked = await change()
    assert asked == ReauthenticationRequired(
        methods=[TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE], password_required=True
    )
    right = code_at(secret, totp.step_at(utcnow()) + 1)
    wrong = "000000" if right != "000000" else "111111"
    assert isinstance(await change(wrong), InvalidCode)
    done = await change(right)
    assert isinstance(done, Authenticated), done
    assert done.session.methods == "PASSWORD,TOTP"
