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


async def test_purging_removes_the_codes_expired_at_that_moment_and_keeps_the_others(state):
    user_id = await _user_id(state)
    start = utcnow()
    await _issue(state, user_id, now=start - timedelta(minutes=5))
    await _issue(state, user_id, purpose=VERIFY, now=start)
    ttl = state.settings.code_ttl
    before = len(await _rows(state))
    async with state.unit_of_work() as uow:  # the older code expires exactly then
        assert await codes.purge_expired(uow, start - timedelta(minutes=5) + ttl) == 1
    async with state.unit_of_work() as uow:  # registration's code, issued before ``start``
        assert await codes.purge_expired(uow, start + ttl - timedelta(microseconds=1)) == 1
    [kept] = await _rows(state)
    assert (kept.purpose, before) == (VERIFY.value, 3)


async def _ask_reset(state, email="ada@example.com"):
    async with state.unit_of_work() as uow:
        sent = await recovery.request_password_reset(uow, state.services, email, CLIENT)
    assert isinstance(sent, CodeSent)
    return sent.handle, await last_code(state, email, "password_reset")


async def _reset(state, code, handle=None, password="Quixotic-Lantern-77"):
    from tests.accounts.support import settle

    reset = recovery.PasswordReset("ada@example.com", code, password, password, handle)
    return await settle(
        state, lambda uow: recovery.reset_password(uow, state.services, reset, CLIENT)
    )


async def test_a_reset_with_its_handle_is_not_held_to_the_addresss_check_budget(make_state):
    """The device that asked for the code has the code's own tries; without the handle, the
    client's budget for the address applies too."""
    from service.accounts.outcomes import Authenticated, RateLimited

    state = make_state(rate_limit_enabled=True, rate_limit_code_checks_per_address="2/hour")
    await register(state)
    handle, code = await _ask_reset(state)
    for _ in range(3):
        assert isinstance(await _reset(state, _wrong(code), handle), InvalidCode)
    assert isinstance(await _reset(state, code, handle), Authenticated)
    _, code = await _ask_reset(state)
    answers = [await _reset(state, _wrong(code)) for _ in range(3)]
    assert [type(a) for a in answers] == [InvalidCode, InvalidCode, RateLimited]


async def test_a_reset_with_its_handle_works_past_the_accounts_ceiling(state):
    """Strangers who typed wrong codes up to the account's ceiling lock out codes without a
    handle; the owner's device, with the handle of its request, still resets."""
    from service.accounts import ceilings
    from service.accounts.outcomes import Authenticated

    user_id = await _user_id(state)
    handle, code = await _ask_reset(state)
    async with state.session_factory() as db:
        user = await db.get(User, user_id)
        user.code_failures = ceilings.MAX_CODE_FAILURES
        await db.commit()
    assert isinstance(await _reset(state, code), InvalidCode)
    assert isinstance(await _reset(state, code, handle), Authenticated)


@pytest.mark.parametrize(
    "password",
    # each resembles one of them only: the first name, the last, the username, the address
    ["Xanthippe#42", "Quorvexil#42", "Ada_Lovelace!9Zz", "ada@example.com!9Zz"],
)
async def test_a_reset_password_may_not_resemble_the_accounts_names_or_address(state, password):
    from service.accounts.outcomes import ValidationFailed

    await register(state, first_name="Xanthippe", last_name="Quorvexil")
    _, code = await _ask_reset(state)
    refused = await _reset(state, code, password=password)
    assert isinstance(refused, ValidationFailed), refused
    assert [e.field for e in refused.fields] == ["newPassword"]


async def test_a_code_is_live_until_the_instant_it_expires(state):
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    [row] = [r for r in await _rows(state) if r.purpose == RESET.value]

    async def check_at(now):
        async with state.unit_of_work() as uow:
            return await codes.check(uow, state.services, user_id, RESET, issued.code, now=now)

    assert await check_at(row.expires_at) is None
    found = await check_at(row.expires_at - timedelta(microseconds=1))
    assert found is not None and (found.id, found.email) == (row.id, "ada@example.com")


async def test_only_spaces_dashes_and_tabs_around_the_digits_are_ignored(state):
    user_id = await _user_id(state)
    issued = await _issue(state, user_id)
    code = issued.code
    for typed in (f"{code[:3]}X{code[3:]}", f"{code[:3]}.{code[3:]}", f"x{code}"):
        async with state.unit_of_work() as uow:
            assert await codes.check(uow, state.services, user_id, RESET, typed) is None
    async with state.unit_of_work() as uow:
        typed = f" {code[:3]}-\t{code[3:]} "
        assert await codes.check(uow, state.services, user_id, RESET, typed) is not None


async def test_a_wrong_try_with_a_handle_counts_against_that_code_only(state):
    ada = await _user_id(state)
    bob = (await register(state, email="bob@example.com", username="bob_builder")).user.id
    mine = await _issue(state, ada)
    await _issue(state, bob, email="bob@example.com")
    async with state.unit_of_work() as uow:
        wrong = _wrong(mine.code)
        assert await codes.check(uow, state.services, ada, RESET, wrong, mine.handle) is None
    tries = {(r.user_id, r.purpose): r.failed_attempts for r in await _rows(state)}
    assert tries[(ada, RESET.value)] == 1
    assert tries[(bob, RESET.value)] == 0 and tries[(ada, VERIFY.value)] == 0


async def test_a_wrong_reset_code_without_a_handle_counts_on_the_accounts_ceiling(state):
    user_id = await _user_id(state)
    _, code = await _ask_reset(state)
    assert isinstance(await _reset(state, _wrong(code)), InvalidCode)
    async with state.session_factory() as db:
        assert (await db.get(User, user_id)).code_failures == 1


@pytest.mark.parametrize(
    "typed",
    [" Ada@EXAMPLE.com ", "ada@example.com", "ADA@Example.COM"],
)
def test_the_budget_subject_of_an_address_is_its_normal_form(typed):
    from service.accounts.email.verification import address_subject

    assert address_subject(typed) == "email:ada@example.com"


def test_every_spelling_of_an_international_domain_is_one_budget_subject():
    from service.accounts.email.verification import address_subject

    spellings = {"ada@xn--bcher-kva.example", "ada@bu\u0308cher.example", "ADA@BÜCHER.example"}
    assert {address_subject(s) for s in spellings} == {"email:ada@bücher.example"}


def test_the_budget_subject_of_an_unparsable_address_is_the_text_folded():
    from service.accounts.email.verification import address_subject

    assert address_subject("  Not An Address ") == "email:not an address"


def test_codes_are_six_digits_drawn_from_all_of_them():
    drawn = [codes.new_code() for _ in range(300)]
    assert all(len(c) == 6 and c.isdigit() and c.isascii() for c in drawn)
    assert len(set(drawn)) > 290 and len({c[0] for c in drawn}) == 10


async def test_the_newest_live_codes_are_kept_and_older_ones_go(state):
    user_id = await _user_id(state)
    start = utcnow()
    issued = [
        await _issue(state, user_id, now=start + timedelta(seconds=index))
        for index in range(codes.LIVE_CODES + 2)
    ]
    for old in issued[:2]:
        assert await _redeem(state, user_id, old.code) is None
    for kept in issued[2:]:
        assert await _redeem(state, user_id, kept.code) is not None


async def test_wrong_codes_with_made_up_handles_never_reach_the_accounts_ceiling(state):
    """A handle names one code and its own five tries: a stranger who makes handles up to
    escape the address's budget guesses nothing and cannot lock the owner's mailed codes."""
    user_id = await _user_id(state)
    handle, code = await _ask_reset(state)
    for index in range(15):
        assert isinstance(await _reset(state, "000000", f"cod_made_up_{index}"), InvalidCode)
    assert isinstance(await _reset(state, _wrong(code), handle), InvalidCode)
    async with state.session_factory() as db:
        assert (await db.get(User, user_id)).code_failures == 0
    from service.accounts.outcomes import Authenticated

    assert isinstance(await _reset(state, code), Authenticated)  # the mailed code, no handle
