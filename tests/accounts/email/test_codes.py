"""Service layer: email codes are digests, single use, expiring, dead after 5 wrong tries; the
secret key that keys them."""

from __future__ import annotations

import asyncio
import os
import stat
from datetime import timedelta

import pytest
from sqlalchemy import select

from service.accounts.email import codes
from service.accounts.email import password_reset as recovery
from service.accounts.outcomes import CodeSent, InvalidCode
from service.accounts.profile import users
from service.clock import utcnow
from service.config import Settings
from service.db.models import AccountStatus, CodePurpose, EmailCode, User
from service.secret_key import SecretKeyMissing, load_secret_key
from tests.accounts.support import CLIENT, register
from tests.helpers import last_code, queued_mail

VERIFY = CodePurpose.VERIFY_EMAIL
RESET = CodePurpose.PASSWORD_RESET


async def _user_id(state):
    return (await register(state)).user.id


async def _issue(state, user_id, purpose=RESET, email="ada@example.com", now=None):
    async with state.unit_of_work() as uow:
        return await codes.issue(uow, state.services, user_id, purpose, email, now)


async def _redeem(state, user_id, code, purpose=RESET, handle=None):
    async with state.unit_of_work() as uow:
        return await codes.redeem(uow, state.services, user_id, purpose, code, handle)


async def _rows(state):
    async with state.session_factory() as db:
        return list((await db.execute(select(EmailCode))).scalars())


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**codes.CODE_DIGITS:0{codes.CODE_DIGITS}d}"


async def test_only_a_keyed_digest_is_stored_and_a_code_works_once(state):
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    assert len(issued.code) == 6 and issued.code.isdigit()
    assert issued.ttl_seconds == 600 and issued.expires_minutes == 10
    [row] = [r for r in await _rows(state) if r.purpose == RESET.value]
    assert issued.code not in row.digest and len(row.digest) == 64
    assert row.digest == codes.code_digest(
        state.services.secret.derive(codes.KEY_PURPOSE), user_id, RESET, issued.code
    )
    match = await _redeem(state, user_id, f" {issued.code[:3]}-{issued.code[3:]} ")
    assert match is not None and match.email == "ada@example.com"
    assert await _redeem(state, user_id, issued.code) is None  # used
    assert RESET.value not in {r.purpose for r in await _rows(state)}


async def test_a_new_request_never_replaces_a_code_another_client_is_using(state):
    """Each request gets a code of its own beside the others (the newest ``LIVE_CODES``);
    an email change keeps only its newest."""
    user_id = await _user_id(state)
    first = await _issue(state, user_id)
    second = await _issue(state, user_id)
    assert first.handle != second.handle and first.handle.startswith("cod_")
    assert len([r for r in await _rows(state) if r.purpose == RESET.value]) == 2
    assert await _redeem(state, user_id, first.code, handle=first.handle) is not None
    assert await _redeem(state, user_id, second.code) is not None  # found without its handle
    for _ in range(codes.LIVE_CODES + 2):
        await _issue(state, user_id)
    assert len([r for r in await _rows(state) if r.purpose == RESET.value]) == codes.LIVE_CODES
    change = CodePurpose.EMAIL_CHANGE
    await _issue(state, user_id, purpose=change, email="new@example.com")
    newest = await _issue(state, user_id, purpose=change, email="new@example.com")
    [kept] = [r for r in await _rows(state) if r.purpose == change.value]
    assert kept.handle_digest == codes.HANDLES.digest(newest.handle)


async def test_a_handle_meets_its_own_code_only(state):
    user_id = await _user_id(state)
    mine = await _issue(state, user_id)
    theirs = await _issue(state, user_id)
    if mine.code != theirs.code:
        assert await _redeem(state, user_id, theirs.code, handle=mine.handle) is None
    assert await _redeem(state, user_id, mine.code, handle="cod_" + "x" * 43) is None
    assert await _redeem(state, user_id, mine.code, handle=mine.handle) is not None


async def test_a_code_is_bound_to_its_purpose_and_account(state):
    user_id = await _user_id(state)
    other = (await register(state, email="bob@example.com", username="bob_builder")).user.id
    issued = await _issue(state, user_id)
    assert await _redeem(state, user_id, issued.code, purpose=VERIFY) is None
    assert await _redeem(state, other, issued.code) is None
    assert await _redeem(state, None, issued.code) is None
    assert await _redeem(state, user_id, issued.code) is not None


async def test_an_expired_code_is_refused(state):
    user_id = await _user_id(state)
    issued = await _issue(state, user_id, now=utcnow() - timedelta(minutes=11))
    assert await _redeem(state, user_id, issued.code) is None
    async with state.unit_of_work() as uow:
        assert await codes.purge_expired(uow) == 1


async def test_five_wrong_tries_with_its_handle_kill_the_code(state):
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    handle = issued.handle
    for attempt in range(codes.MAX_FAILED_TRIES):
        assert await _redeem(state, user_id, _wrong(issued.code), handle=handle) is None, attempt
    [row] = [r for r in await _rows(state) if r.purpose == RESET.value]
    assert row.failed_attempts == codes.MAX_FAILED_TRIES
    assert await _redeem(state, user_id, issued.code, handle=handle) is None
    assert await _redeem(state, user_id, issued.code) is None


async def test_wrong_tries_without_a_handle_kill_no_code(state):
    """Whoever does not hold the request's handle cannot spend its code's tries: the wrong
    tries count against the account's ceiling instead (``ceilings``)."""
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    for _ in range(codes.MAX_FAILED_TRIES + 3):
        assert await _redeem(state, user_id, _wrong(issued.code)) is None
    [row] = [r for r in await _rows(state) if r.purpose == RESET.value]
    assert row.failed_attempts == 0
    assert await _redeem(state, user_id, issued.code, handle=issued.handle) is not None


async def test_malformed_submissions_count_as_wrong_tries(state):
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    for text in ("", "abc", issued.code + "0", "１２３４５６"):
        assert await _redeem(state, user_id, text, handle=issued.handle) is None
    [row] = [r for r in await _rows(state) if r.purpose == RESET.value]
    assert row.failed_attempts == 4
    assert await _redeem(state, user_id, issued.code, handle=issued.handle) is not None


async def test_concurrent_submissions_of_one_code_have_one_winner(state):
    """Two units of work (two connections) check the same code, then race to consume it."""
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    checked = asyncio.Event()
    ready: list[int] = []

    async def submit():
        async with state.unit_of_work() as uow:
            match = await codes.check(uow, state.services, user_id, RESET, issued.code)
            assert match is not None  # both see a live code before either consumes it
            ready.append(1)
            if len(ready) == 2:
                checked.set()
            await checked.wait()
            return await codes.consume(uow, match)

    results = await asyncio.wait_for(asyncio.gather(submit(), submit()), timeout=30)
    assert sorted(results) == [False, True]


def test_production_requires_a_secret_key(tmp_path):
    with pytest.raises(SecretKeyMissing, match="ACCOUNTS_SECRET_KEY is required"):
        load_secret_key(Settings(_env_file=None, env="production"))  # type: ignore[call-arg]
    with pytest.raises(SecretKeyMissing, match="at least 32"):
        load_secret_key(Settings(_env_file=None, env="production", secret_key="short"))  # type: ignore[call-arg]
    key = load_secret_key(Settings(_env_file=None, env="production", secret_key="k" * 40))  # type: ignore[call-arg]
    assert key.derive("a") != key.derive("b")


def test_development_generates_one_key_file_and_reuses_it(tmp_path):
    path = tmp_path / "keys" / ".secret_key"
    settings = Settings(_env_file=None, secret_key_file=path)  # type: ignore[call-arg]
    first = load_secret_key(settings)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_secret_key(settings) == first
    assert "secret_key" not in repr(first) and path.read_text().strip() not in repr(first)


# a password reset ------------------------------------------------------------------------------


async def test_a_reset_code_sent_before_a_suspension_never_reopens_the_account(state):
    registered = await register(state)
    async with state.unit_of_work() as uow:
        sent = await recovery.request_password_reset(uow, state.services, "ada@example.com", CLIENT)
    assert isinstance(sent, CodeSent)
    code = await last_code(state, "ada@example.com", "password_reset")
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, registered.user.id)
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
    new_password = "Quixotic-Lantern-77"
    reset = recovery.PasswordReset("ada@example.com", code, new_password, new_password)
    async with state.unit_of_work() as uow:
        assert await recovery.reset_password(uow, state.services, reset, CLIENT) == InvalidCode()
    async with state.session_factory() as db:
        user = await db.get(User, registered.user.id)
    assert user.status == AccountStatus.SUSPENDED.value
    assert await queued_mail(state, "ada@example.com", "password_changed") == []


async def test_consuming_one_code_leaves_the_others_live(state):
    """A request that checked its code and one sent meanwhile: consuming the first deletes
    its own row only."""
    user_id = await _user_id(state)
    old = await _issue(state, user_id)
    async with state.unit_of_work() as uow:
        match = await codes.check(uow, state.services, user_id, RESET, old.code, old.handle)
        assert match is not None
        newer = await codes.issue(uow, state.services, user_id, RESET, "ada@example.com")
        assert await codes.consume(uow, match)
        assert not await codes.consume(uow, match)  # used once
        await uow.commit()
    assert await _redeem(state, user_id, newer.code, handle=newer.handle) is not None


async def test_a_digest_copied_onto_another_purposes_row_matches_nothing(state):
    """The purpose is part of what is digested: a verification code's row written over the
    account's reset row (a restored or tampered table) gives no reset code."""
    user_id = await _user_id(state)
    verify = await _issue(state, user_id, purpose=VERIFY)
    await _issue(state, user_id, purpose=RESET)
    async with state.session_factory() as db:
        rows = {row.purpose: row for row in (await db.execute(select(EmailCode))).scalars()}
        rows[RESET.value].digest = rows[VERIFY.value].digest
        await db.commit()
    assert await _redeem(state, user_id, verify.code, purpose=RESET) is None
    assert await _redeem(state, user_id, verify.code, purpose=VERIFY) is not None


def test_only_the_first_32_characters_of_a_submission_are_read():
    assert codes.normalize("12 34-56") == "123456"
    assert codes.normalize(" " * 26 + "123456") == "123456"
    assert codes.normalize(" " * 27 + "123456") == "12345"
    assert codes.normalize("1" * 10_000) == "1" * codes.MAX_SUBMITTED_LENGTH
