"""Service layer: TOTP secrets (encrypted, ±1 step, each step once), recovery codes, sign-in
challenges, and completing a sign-in with a second factor."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import uuid
from datetime import UTC, timedelta

import pyotp
import pytest
import segno
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from service.accounts.email import password_reset as recovery
from service.accounts.outcomes import (
    AccountSuspended,
    Authenticated,
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    RecoveryCodes,
    TotpSetup,
    TwoFactorMethod,
    TwoFactorRequired,
    Updated,
    ValidationFailed,
)
from service.accounts.profile import updates as profile
from service.accounts.profile import users
from service.accounts.signin import password_change, pipeline
from service.accounts.signin import password_login as auth
from service.accounts.signin.step_up import InlineProof
from service.accounts.two_factor import challenges, completion, recovery_codes, totp
from service.accounts.two_factor import codes as second_factor_codes
from service.accounts.two_factor import setup as two_factor
from service.accounts.two_factor.factors import two_factor_methods
from service.clock import utcnow
from service.db.models import (
    AccountStatus,
    ChallengePurpose,
    LoginChallenge,
    RecoveryCode,
    SecurityEvent,
    SecurityEventKind,
    TotpCredential,
    User,
)
from tests.accounts.support import (
    CLIENT,
    mark_verified,
    prove_session,
    register,
    settle,
    viewer_of,
)
from tests.conftest import PASSWORD
from tests.helpers import last_code, queued_mail, waits_out_the_window

PAST = timedelta(minutes=10)
NEW_PASSWORD = "Quixotic-Lantern-77"


def code_at(secret: str, step: int) -> str:
    return pyotp.TOTP(secret).at(step * totp.STEP_SECONDS)


async def _begin(state, viewer) -> TotpSetup | ValidationFailed:
    await mark_verified(state, viewer.user.id)
    async with state.unit_of_work() as uow:
        return await two_factor.begin_totp_setup(uow, state.services, viewer, CLIENT)


async def _use(state, user_id, code, *, confirming=False, now=None) -> bool:
    async with state.unit_of_work() as uow:
        return await totp.use_code(
            uow, state.services, user_id, code, confirming=confirming, now=now
        )


async def enabled_account(state, **overrides):
    """A registered account whose TOTP was confirmed ten minutes ago (so every code of the
    current window is still unused); its viewer and secret."""
    return await enabled_account_of(state, await register(state, **overrides))


async def enabled_account_of(state, registered):
    """``enabled_account`` for the outcome of a registration already made."""
    viewer = await viewer_of(state, registered.token)
    setup = await _begin(state, viewer)
    assert isinstance(setup, TotpSetup)
    then = utcnow() - PAST
    code = code_at(setup.secret, totp.step_at(then))
    assert await _use(state, viewer.user.id, code, confirming=True, now=then)
    await prove_session(state, viewer, "PASSWORD", "TOTP")  # as confirming through the API does
    return viewer, setup.secret


async def _login(state, password=PASSWORD):
    async with state.unit_of_work() as uow:
        return await auth.login(uow, state.services, "ada_lovelace", password, CLIENT)


async def _complete(state, challenge, code=None, recovery_code=None):
    attempt = completion.SecondFactor(challenge=challenge, code=code, recovery_code=recovery_code)
    return await settle(
        state, lambda uow: completion.complete_login(uow, state.services, attempt, CLIENT)
    )


# TOTP -----------------------------------------------------------------------------------------


async def test_setup_shows_a_uri_and_a_qr_code_and_enables_nothing_before_a_code(state):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    setup = await _begin(state, viewer)
    assert isinstance(setup, TotpSetup)
    assert len(setup.secret) == 32
    parsed = pyotp.parse_uri(setup.otpauth_uri)
    assert parsed.secret == setup.secret and parsed.issuer == "accounts"
    assert parsed.name == "ada@example.com"
    assert setup.qr_svg.startswith("<svg") and setup.qr_svg.rstrip().endswith("</svg>")
    async with state.unit_of_work() as uow:
        assert await two_factor_methods(uow, viewer.user.id) == []
    assert isinstance((await _login(state)), Authenticated)  # not enabled yet
    replaced = await _begin(state, viewer)
    assert isinstance(replaced, TotpSetup) and replaced.secret != setup.secret
    now = utcnow()
    assert not await _use(
        state, viewer.user.id, code_at(setup.secret, totp.step_at(now)), confirming=True
    )
    current = code_at(replaced.secret, totp.step_at(now))
    assert not await _use(state, viewer.user.id, current)  # an unconfirmed secret signs nothing
    assert await _use(state, viewer.user.id, current, confirming=True)
    later = code_at(replaced.secret, totp.step_at(now) + 1)
    assert not await _use(state, viewer.user.id, later, confirming=True)  # confirmed already
    async with state.unit_of_work() as uow:
        assert await two_factor_methods(uow, viewer.user.id) == [
            TwoFactorMethod.TOTP,
            TwoFactorMethod.RECOVERY_CODE,
        ]
    # the session's proof lacks the new factor: it learns nothing before it proves it
    assert isinstance(await _begin(state, viewer), ReauthenticationRequired)
    await prove_session(state, viewer, "PASSWORD", "TOTP")
    again = await _begin(state, viewer)
    assert isinstance(again, ValidationFailed)
    assert [(f.field, f.code) for f in again.fields] == [("twoFactor", "already_enabled")]


async def test_the_issuer_is_configurable(make_state):
    state = make_state(totp_issuer="Example Corp")
    registered = await register(state)
    setup = await _begin(state, await viewer_of(state, registered.token))
    assert isinstance(setup, TotpSetup)
    assert pyotp.parse_uri(setup.otpauth_uri).issuer == "Example Corp"


async def test_the_secret_is_stored_encrypted_and_bound_to_its_account(state):
    viewer, secret = await enabled_account(state)
    async with state.session_factory() as db:
        row = (await db.execute(select(TotpCredential))).scalars().one()
    assert secret not in row.secret_encrypted
    assert secret.lower() not in row.secret_encrypted.lower()
    assert row.secret_encrypted.startswith("v1:")
    assert totp.decrypt(state.services, viewer.user.id, row.secret_encrypted) == secret
    with pytest.raises(totp.SecretUnreadable):
        totp.decrypt(state.services, uuid.uuid4(), row.secret_encrypted)
    sealed = [totp.encrypt(state.services, viewer.user.id, secret) for _ in range(2)]
    assert sealed[0] != sealed[1]  # a fresh nonce each time


async def test_codes_within_one_step_are_accepted_and_two_steps_away_refused(state):
    viewer, secret = await enabled_account(state)
    now = utcnow()
    current = totp.step_at(now)
    user_id = viewer.user.id
    assert not await _use(state, user_id, code_at(secret, current - 2), now=now)
    assert not await _use(state, user_id, code_at(secret, current + 2), now=now)
    assert await _use(state, user_id, code_at(secret, current - 1), now=now)
    assert await _use(state, user_id, code_at(secret, current), now=now)
    assert await _use(state, user_id, code_at(secret, current + 1), now=now)


async def test_a_used_step_is_refused(state):
    viewer, secret = await enabled_account(state)
    now = utcnow()
    code = code_at(secret, totp.step_at(now))
    assert await _use(state, viewer.user.id, f"{code[:3]} {code[3:]}", now=now)
    assert not await _use(state, viewer.user.id, code, now=now)
    assert not await _use(state, viewer.user.id, code_at(secret, totp.step_at(now) - 1), now=now)


async def test_two_concurrent_submissions_of_one_code_have_one_winner(state):
    viewer, secret = await enabled_account(state)
    now = utcnow()
    code = code_at(secret, totp.step_at(now))
    results = await asyncio.gather(*(_use(state, viewer.user.id, code, now=now) for _ in range(4)))
    assert sorted(results) == [False, False, False, True]


async def test_malformed_codes_are_refused(state):
    viewer, secret = await enabled_account(state)
    current = code_at(secret, totp.step_at(utcnow()))
    for code in ["", "12345", "1234567", "abcdef", "１２３４５６", f"{current[:3]}X{current[3:]}"]:
        assert not await _use(state, viewer.user.id, code)


# recovery codes -------------------------------------------------------------------------------


async def test_recovery_codes_are_digests_and_each_works_once(state):
    registered = await register(state)
    user_id = registered.user.id
    async with state.unit_of_work() as uow:
        codes = await recovery_codes.replace(uow, state.services, user_id, utcnow())
    assert len(codes) == recovery_codes.COUNT == 10 and len(set(codes)) == 10
    async with state.session_factory() as db:
        digests = set((await db.execute(select(RecoveryCode.digest))).scalars())
    assert len(digests) == 10 and not any(c.replace("-", "") in d for c in codes for d in digests)

    async def redeem(code):
        async with state.unit_of_work() as uow:
            return await recovery_codes.redeem(uow, state.services, user_id, code)

    assert await redeem(codes[0].upper().replace("-", " "))
    assert not await redeem(codes[0])
    other = (await register(state, email="bob@example.com", username="bob_builder")).user.id
    async with state.unit_of_work() as uow:
        assert not await recovery_codes.redeem(uow, state.services, other, codes[1])
    results = await asyncio.gather(redeem(codes[1]), redeem(codes[1]))
    assert sorted(results) == [False, True]
    async with state.unit_of_work() as uow:
        assert await recovery_codes.remaining(uow, user_id) == 8
        fresh = await recovery_codes.replace(uow, state.services, user_id, utcnow())
    assert not await redeem(codes[2])  # replaced
    assert await redeem(fresh[0])


# challenges and completing a sign-in -----------------------------------------------------------


async def test_a_password_alone_answers_a_challenge_and_opens_no_session(state):
    viewer, secret = await enabled_account(state)
    outcome = await _login(state)
    assert isinstance(outcome, TwoFactorRequired)
    assert outcome.methods == [TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE]
    assert outcome.challenge.startswith("tfa_")
    assert timedelta(minutes=4) < outcome.expires_at - utcnow() <= timedelta(minutes=5)
    async with state.session_factory() as db:
        [row] = (await db.execute(select(LoginChallenge))).scalars()
    assert outcome.challenge not in row.token_digest and row.user_id == viewer.user.id
    assert isinstance(await _login(state, "Wrong-Password-1"), InvalidCredentials)
    code = code_at(secret, totp.step_at(utcnow()))
    done = await _complete(state, outcome.challenge, code=code)
    assert isinstance(done, Authenticated) and done.user.id == viewer.user.id
    assert await viewer_of(state, done.token) is not None
    again = await _complete(state, outcome.challenge, code=code)
    assert again == InvalidCredentials(message=completion.CHALLENGE_MESSAGE)


async def test_a_challenge_completed_twice_at_once_uses_one_code(state):
    viewer, _ = await enabled_account(state)
    async with state.unit_of_work() as uow:
        codes = await recovery_codes.replace(uow, state.services, viewer.user.id, utcnow())
    challenge = (await _login(state)).challenge
    answers = await asyncio.gather(
        _complete(state, challenge, recovery_code=codes[0]),
        _complete(state, challenge, recovery_code=codes[1]),
    )
    assert sorted(type(a).__name__ for a in answers) == ["Authenticated", "InvalidCredentials"]
    assert InvalidCredentials(message=completion.CHALLENGE_MESSAGE) in answers
    async with state.unit_of_work() as uow:  # the loser's code was given back
        assert await recovery_codes.remaining(uow, viewer.user.id) == 9
    async with state.session_factory() as db:
        kinds = list((await db.execute(select(SecurityEvent.kind))).scalars())
    assert kinds.count("RECOVERY_CODE_USED") == 1


async def test_a_challenge_completed_meanwhile_leaves_the_code_unused(state, monkeypatch):
    viewer, _ = await enabled_account(state)
    async with state.unit_of_work() as uow:
        codes = await recovery_codes.replace(uow, state.services, viewer.user.id, utcnow())
    challenge = (await _login(state)).challenge
    consume = challenges.consume

    async def completed_meanwhile(uow, challenge_id, now):
        assert await consume(uow, challenge_id, now)  # the other request's completion
        return await consume(uow, challenge_id, now)

    monkeypatch.setattr(challenges, "consume", completed_meanwhile)
    answer = await _complete(state, challenge, recovery_code=codes[0])
    assert answer == InvalidCredentials(message=completion.CHALLENGE_MESSAGE)
    async with state.unit_of_work() as uow:
        assert await recovery_codes.remaining(uow, viewer.user.id) == 10


async def test_an_outdated_hash_is_renewed_when_the_password_answers_a_challenge(state, make_state):
    _, secret = await enabled_account(state)
    async with state.session_factory() as db:
        old_hash = (await db.execute(select(User.password_hash))).scalar_one()
    stronger = make_state(argon2_time_cost=2)
    challenge = (await _login(stronger)).challenge
    async with state.session_factory() as db:
        new_hash = (await db.execute(select(User.password_hash))).scalar_one()
    assert new_hash != old_hash and "t=2" in new_hash and "t=1" in old_hash
    right = code_at(secret, totp.step_at(utcnow()))
    assert isinstance(await _complete(stronger, challenge, code=right), Authenticated)


async def test_five_wrong_codes_kill_the_challenge(state):
    _, secret = await enabled_account(state)
    challenge = (await _login(state)).challenge
    for _ in range(challenges.MAX_FAILED_TRIES):
        wrong = await _complete(state, challenge, code="000000")
        assert wrong == InvalidCredentials(message=completion.WRONG_CODE_MESSAGE)
    right = code_at(secret, totp.step_at(utcnow()))
    dead = await _complete(state, challenge, code=right)
    assert dead == InvalidCredentials(message=completion.CHALLENGE_MESSAGE)
    fresh = (await _login(state)).challenge
    assert isinstance(await _complete(state, fresh, code=right), Authenticated)


async def test_wrong_codes_spend_the_accounts_budget(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account="3/hour")
    _, secret = await enabled_account(state)
    first = (await _login(state)).challenge
    for _ in range(3):
        assert isinstance(await _complete(state, first, code="000000"), InvalidCredentials)
    second = (await _login(state)).challenge
    right = code_at(secret, totp.step_at(utcnow()))
    limited = await _complete(state, second, code=right)
    assert isinstance(limited, RateLimited) and waits_out_the_window(
        limited.retry_after_seconds, 3600
    )


async def test_a_success_clears_the_accounts_budget(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account="3/hour")
    _, secret = await enabled_account(state)
    now = utcnow()
    first = (await _login(state)).challenge
    for _ in range(2):
        assert isinstance(await _complete(state, first, code="000000"), InvalidCredentials)
    right = code_at(secret, totp.step_at(now))  # a step passing meanwhile leaves it valid
    assert isinstance(await _complete(state, first, code=right), Authenticated)
    second = (await _login(state)).challenge
    for _ in range(3):
        assert isinstance(await _complete(state, second, code="000000"), InvalidCredentials)
    assert isinstance(await _complete(state, second, code="000000"), RateLimited)


async def test_regenerating_needs_two_factor_on(state):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    async with state.unit_of_work() as uow:
        answer = await two_factor.regenerate_recovery_codes(
            uow, state.services, viewer, InlineProof(PASSWORD), CLIENT
        )
    assert answer == InvalidCode(message=two_factor.NOT_ENABLED_MESSAGE)
    async with state.session_factory() as db:
        assert list((await db.execute(select(RecoveryCode))).scalars()) == []


async def test_one_code_kind_at_a_time(state):
    await enabled_account(state)
    challenge = (await _login(state)).challenge
    both = await _complete(state, challenge, code="123456", recovery_code="abcde-fghjk")
    neither = await _complete(state, challenge)
    assert both == neither == InvalidCredentials(message=completion.ONE_CODE_MESSAGE)


async def test_an_expired_challenge_is_refused(make_state):
    state = make_state(two_factor_challenge_ttl=timedelta(milliseconds=50))
    _, secret = await enabled_account(state)
    challenge = (await _login(state)).challenge
    await asyncio.sleep(0.1)
    wrong = await _complete(state, challenge, code="000000")
    assert wrong == InvalidCredentials(message=completion.CHALLENGE_MESSAGE)
    right = code_at(secret, totp.step_at(utcnow()))
    expired = await _complete(state, challenge, code=right)
    assert expired == InvalidCredentials(message=completion.CHALLENGE_MESSAGE)
    async with state.unit_of_work() as uow:
        assert await challenges.purge_expired(uow, utcnow()) == 1


async def _change_password(state, viewer, secret):
    code = code_at(secret, totp.step_at(utcnow()))
    change = password_change.PasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD, code)
    async with state.unit_of_work() as uow:
        changed = await password_change.change_password(uow, state.services, viewer, change, CLIENT)
    assert isinstance(changed, Authenticated), changed


async def _reset_waiting_for_the_code(state, email="ada@example.com") -> TwoFactorRequired:
    """A password reset by email code on an account with two-factor: its challenge."""
    async with state.unit_of_work() as uow:
        await recovery.request_password_reset(uow, state.services, email, CLIENT)
    code = await last_code(state, email, "password_reset")
    reset = recovery.PasswordReset(email, code, NEW_PASSWORD, NEW_PASSWORD)
    async with state.unit_of_work() as uow:
        required = await recovery.reset_password(uow, state.services, reset, CLIENT)
    assert isinstance(required, TwoFactorRequired), required
    return required


async def _reset_password(state, viewer, secret):
    required = await _reset_waiting_for_the_code(state)
    done = await _complete(state, required.challenge, code=code_at(secret, totp.step_at(utcnow())))
    assert isinstance(done, Authenticated), done


async def _deactivate(state, viewer, secret):
    changes = profile.ProfileChanges(status=AccountStatus.DEACTIVATED)
    async with state.unit_of_work() as uow:
        updated = await profile.update_user(uow, state.services, viewer, changes, CLIENT)
    assert isinstance(updated, Updated), updated


@pytest.mark.parametrize("change", [_change_password, _reset_password, _deactivate])
async def test_a_challenge_dies_with_a_password_or_status_change(state, change):
    viewer, secret = await enabled_account(state)
    challenge = (await _login(state)).challenge
    await change(state, viewer, secret)
    step = totp.step_at(utcnow())
    for unused in (code_at(secret, step), code_at(secret, step + 1)):  # one of them is unused
        assert await _complete(state, challenge, code=unused) == InvalidCredentials(
            message=completion.CHALLENGE_MESSAGE
        )
    assert await _remaining_challenges(state) == set()  # and it is gone


async def test_a_suspension_kills_open_challenges(state):
    viewer, secret = await enabled_account(state)
    challenge = (await _login(state)).challenge
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
    right = code_at(secret, totp.step_at(utcnow()))
    assert await _complete(state, challenge, code=right) == InvalidCredentials(
        message=completion.CHALLENGE_MESSAGE
    )
    assert isinstance(await _login(state), AccountSuspended)  # no challenge for it


async def test_disable_needs_the_password_and_a_code(state):
    viewer, secret = await enabled_account(state)

    async def disable(password, code):
        async with state.unit_of_work() as uow:
            return await two_factor.disable_two_factor(
                uow, state.services, viewer, InlineProof(password, code), CLIENT
            )

    async with state.unit_of_work() as uow:
        regenerated = await two_factor.regenerate_recovery_codes(
            uow, state.services, viewer, InlineProof(PASSWORD), CLIENT
        )
    assert isinstance(regenerated, RecoveryCodes)
    challenge = (await _login(state)).challenge
    right = code_at(secret, totp.step_at(utcnow()))
    assert isinstance(await disable("Wrong-Password-1", right), InvalidCredentials)
    assert isinstance(await disable(PASSWORD, "000000"), InvalidCode)
    assert await disable(PASSWORD, regenerated.codes[0]) == two_factor.TwoFactorDisabled()
    async with state.session_factory() as db:
        for model in (TotpCredential, RecoveryCode, LoginChallenge):
            assert list((await db.execute(select(model))).scalars()) == []
    assert await disable(PASSWORD, right) == InvalidCode(message=two_factor.NOT_ENABLED_MESSAGE)
    assert isinstance(await _login(state), Authenticated)
    assert await _complete(state, challenge, code=right) == InvalidCredentials(
        message=completion.CHALLENGE_MESSAGE
    )


async def test_wrong_codes_sent_at_once_are_checked_at_most_five_times(state):
    """Each code checked takes one of the challenge's tries first: wrong codes sent in
    parallel cannot all be checked before the first failure is counted."""
    _, secret = await enabled_account(state)
    challenge = (await _login(state)).challenge
    answers = await asyncio.gather(*(_complete(state, challenge, code="000000") for _ in range(10)))
    wrong = InvalidCredentials(message=completion.WRONG_CODE_MESSAGE)
    assert sum(answer == wrong for answer in answers) == challenges.MAX_FAILED_TRIES
    assert all(
        answer == wrong or answer.message == completion.CHALLENGE_MESSAGE for answer in answers
    )
    right = code_at(secret, totp.step_at(utcnow()))
    dead = await _complete(state, challenge, code=right)
    assert dead == InvalidCredentials(message=completion.CHALLENGE_MESSAGE)


async def test_the_last_try_of_a_challenge_may_be_the_right_code(state):
    _, secret = await enabled_account(state)
    challenge = (await _login(state)).challenge
    for _ in range(challenges.MAX_FAILED_TRIES - 1):
        assert await _complete(state, challenge, code="000000") == InvalidCredentials(
            message=completion.WRONG_CODE_MESSAGE
        )
    right = code_at(secret, totp.step_at(utcnow()))
    assert isinstance(await _complete(state, challenge, code=right), Authenticated)


async def _regenerate(state, viewer):
    async with state.unit_of_work() as uow:
        return await two_factor.regenerate_recovery_codes(
            uow, state.services, viewer, InlineProof(PASSWORD), CLIENT
        )


async def test_regenerations_at_once_leave_one_set(state):
    viewer, _ = await enabled_account(state)
    answers = await asyncio.gather(*(_regenerate(state, viewer) for _ in range(4)))
    assert all(isinstance(answer, RecoveryCodes) for answer in answers)
    async with state.unit_of_work() as uow:
        assert await recovery_codes.remaining(uow, viewer.user.id) == recovery_codes.COUNT


# a password reset that waits for the second factor ------------------------------------------


async def test_a_reset_waiting_for_the_second_factor_is_applied_by_the_code(state, monkeypatch):
    registered = await register(state)
    viewer, secret = await enabled_account_of(state, registered)
    required = await _reset_waiting_for_the_code(state)
    assert isinstance(await _login(state), TwoFactorRequired)  # nothing changed yet
    moment = utcnow()
    monkeypatch.setattr(completion, "utcnow", lambda: moment)
    monkeypatch.setattr(pipeline, "utcnow", lambda: moment)
    done = await _complete(state, required.challenge, code=code_at(secret, totp.step_at(moment)))
    assert isinstance(done, Authenticated) and done.ended_sessions
    assert await viewer_of(state, registered.token) is None
    assert await viewer_of(state, done.token) is not None
    async with state.session_factory() as db:
        user = await db.get(User, viewer.user.id)
        kinds = (
            (await db.execute(select(SecurityEvent.kind).where(SecurityEvent.user_id == user.id)))
            .scalars()
            .all()
        )
    assert user.password_changed_at == moment and user.last_login == moment
    assert user.email_verified
    assert kinds.count("PASSWORD_RESET") == 1
    assert len(await queued_mail(state, "ada@example.com", "password_changed")) == 1
    assert isinstance(await _login(state), InvalidCredentials)
    assert isinstance(await _login(state, NEW_PASSWORD), TwoFactorRequired)


@pytest.mark.parametrize(
    ("purpose", "new_hash", "applied"),
    [
        (ChallengePurpose.PASSWORD_RESET, True, True),
        (ChallengePurpose.PASSWORD_RESET, False, False),
        (ChallengePurpose.LOGIN, True, False),
    ],
)
async def test_a_challenge_sets_a_password_only_as_a_reset_holding_one(
    state, purpose, new_hash, applied
):
    viewer, secret = await enabled_account(state)
    hashed = await state.services.passwords.hash(NEW_PASSWORD)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        issued = await challenges.issue(
            uow, state.settings, user, purpose, utcnow(), hashed if new_hash else None
        )
    done = await _complete(state, issued.token, code=code_at(secret, totp.step_at(utcnow())))
    assert isinstance(done, Authenticated) and done.ended_sessions is applied
    async with state.session_factory() as db:
        user = await db.get(User, viewer.user.id)
    assert (user.password_hash == hashed) is applied


async def test_a_completed_sign_in_keeps_the_device_it_came_from(state):
    registered = await register(state)
    _, secret = await enabled_account_of(state, registered)
    challenge = await _login(state)
    attempt = completion.SecondFactor(
        challenge=challenge.challenge,
        code=code_at(secret, totp.step_at(utcnow())),
        device_token=registered.device_token,
    )
    done = await settle(
        state, lambda uow: completion.complete_login(uow, state.services, attempt, CLIENT)
    )
    assert isinstance(done, Authenticated) and done.device_token == registered.device_token


# the factors' lifecycle, bounds and times -------------------------------------------------------

FIXED = (utcnow() - timedelta(hours=1)).replace(microsecond=0)


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def _event_times(state, kind):
    async with state.session_factory() as db:
        rows = await db.execute(select(SecurityEvent.at).where(SecurityEvent.kind == kind))
        return [_aware(at) for at in rows.scalars()]


async def _notice_times(state, template):
    return [json.loads(m.data)["at"] for m in await queued_mail(state, template=template)]


async def test_a_second_setup_is_refused_with_its_message(state):
    viewer, _ = await enabled_account(state)
    again = await _begin(state, viewer)
    assert again == ValidationFailed(
        [
            FieldError(
                "twoFactor",
                "already_enabled",
                "Two-factor sign-in is already on: turn it off before setting up a new secret.",
            )
        ]
    )


async def test_the_lock_finds_only_the_accounts_own_confirmed_secret(state):
    viewer, _ = await enabled_account(state)
    bob = await register(state, email="bob@example.com", username="bob_builder")
    assert isinstance(await _begin(state, await viewer_of(state, bob.token)), TotpSetup)
    async with state.unit_of_work() as uow:
        assert await totp.lock_enabled(uow, viewer.user.id)
        assert not await totp.lock_enabled(uow, bob.user.id)  # unconfirmed


async def test_an_operator_reset_removes_every_factor_once(state, caplog):
    viewer, _ = await enabled_account(state)
    bob_viewer, _ = await enabled_account(state, email="bob@example.com", username="bob_builder")
    assert isinstance(await _regenerate(state, viewer), RecoveryCodes)
    assert isinstance(await _login(state), TwoFactorRequired)
    caplog.set_level(logging.WARNING, logger="service.audit")
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        assert await two_factor.reset_two_factor(uow, user, CLIENT)
        await uow.commit()
    assert f"two-factor sign-in removed by an operator for user {user.id}" in caplog.messages
    async with state.session_factory() as db:
        for model in (TotpCredential, RecoveryCode, LoginChallenge):
            owners = set((await db.execute(select(model.user_id))).scalars())
            assert viewer.user.id not in owners
        assert bob_viewer.user.id in set(
            (await db.execute(select(TotpCredential.user_id))).scalars()
        )
        [event] = (
            await db.execute(
                select(SecurityEvent).where(SecurityEvent.kind == "TWO_FACTOR_DISABLED")
            )
        ).scalars()
    assert (event.user_id, event.ip_address) == (viewer.user.id, CLIENT.ip_address)
    [notice] = await queued_mail(state, "ada@example.com", "two_factor_disabled")
    # staff did it: the notice shows neither their address nor their tools
    assert {"ip_address", "user_agent"}.isdisjoint(json.loads(notice.data))
    assert isinstance(await _login(state), Authenticated)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        assert not await two_factor.reset_two_factor(uow, user, CLIENT)  # nothing left
    assert len(await _event_times(state, "TWO_FACTOR_DISABLED")) == 1
    assert len(await queued_mail(state, template="two_factor_disabled")) == 1


async def test_an_operator_reset_removes_an_unconfirmed_secret(state):
    registered = await register(state)
    assert isinstance(await _begin(state, await viewer_of(state, registered.token)), TotpSetup)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, registered.user.id)
        assert await two_factor.reset_two_factor(uow, user, CLIENT)
        assert await totp.discard(uow, user.id) == 0


async def test_a_regeneration_finding_two_factor_turned_off_meanwhile_is_refused(
    state, monkeypatch
):
    viewer, _ = await enabled_account(state)

    async def turned_off(uow, user_id):
        return False

    monkeypatch.setattr(two_factor.totp, "lock_enabled", turned_off)
    answer = await _regenerate(state, viewer)
    assert answer == InvalidCode(message=two_factor.NOT_ENABLED_MESSAGE)
    async with state.session_factory() as db:
        assert list((await db.execute(select(RecoveryCode))).scalars()) == []


async def test_recovery_code_changes_are_dated_by_the_change(state, monkeypatch):
    viewer, _ = await enabled_account(state)
    monkeypatch.setattr(two_factor, "utcnow", lambda: FIXED)
    monkeypatch.setattr(second_factor_codes, "utcnow", lambda: FIXED)
    regenerated = await _regenerate(state, viewer)
    assert isinstance(regenerated, RecoveryCodes)
    async with state.unit_of_work() as uow:
        disabled = await two_factor.disable_two_factor(
            uow, state.services, viewer, InlineProof(PASSWORD, regenerated.codes[0]), CLIENT
        )
        await uow.commit()
    assert disabled == two_factor.TwoFactorDisabled()
    at = FIXED.isoformat(timespec="seconds")
    assert await _notice_times(state, "recovery_codes_regenerated") == [at]
    assert await _notice_times(state, "recovery_code_used") == [at]
    assert await _event_times(state, "RECOVERY_CODE_USED") == [FIXED]


async def test_turning_two_factor_off_spends_and_clears_the_accounts_budget(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account="3/hour")
    viewer, secret = await enabled_account(state)

    async def disable(code):
        async with state.unit_of_work() as uow:
            answer = await two_factor.disable_two_factor(
                uow, state.services, viewer, InlineProof(PASSWORD, code), CLIENT
            )
            await uow.commit()
            return answer

    for _ in range(2):
        assert await disable("000000") == InvalidCode()
    assert await disable(code_at(secret, totp.step_at(utcnow()))) == two_factor.TwoFactorDisabled()
    # the success cleared the budget the wrong codes spent: three wrong codes are checked again
    setup = await _begin(state, viewer)
    assert isinstance(setup, TotpSetup)
    then = utcnow() - PAST
    assert await _use(
        state, viewer.user.id, code_at(setup.secret, totp.step_at(then)), confirming=True, now=then
    )
    challenge = (await _login(state)).challenge
    for _ in range(3):
        assert await _complete(state, challenge, code="000000") == InvalidCredentials(
            message=completion.WRONG_CODE_MESSAGE
        )
    # and the disabling's checks count in the same budget as the sign-in's
    limited = await disable("000000")
    assert isinstance(limited, RateLimited)
    fresh = (await _login(state)).challenge
    assert isinstance(await _complete(state, fresh, code="000000"), RateLimited)


# sign-in challenges at their bounds -------------------------------------------------------------


async def _issue(state, user_id, now):
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, user_id)
        issued = await challenges.issue(
            uow, state.settings, user, challenges.ChallengePurpose.LOGIN, now
        )
        found = await challenges.find_live(uow, issued.token, now)
        await uow.commit()
    return found.id, issued.expires_at


async def _remaining_challenges(state):
    async with state.session_factory() as db:
        return set((await db.execute(select(LoginChallenge.id))).scalars())


async def test_a_challenge_is_consumed_only_before_it_expires(state):
    registered = await register(state)
    now = utcnow()
    first, expires_at = await _issue(state, registered.user.id, now)
    async with state.unit_of_work() as uow:
        assert not await challenges.consume(uow, first, expires_at)
    async with state.unit_of_work() as uow:
        assert await challenges.consume(uow, first, expires_at - timedelta(microseconds=1))
        assert not await challenges.consume(uow, first, now)  # used up


async def test_forgetting_a_challenge_leaves_the_others(state):
    registered = await register(state)
    now = utcnow()
    first, _ = await _issue(state, registered.user.id, now)
    second, _ = await _issue(state, registered.user.id, now)
    async with state.unit_of_work() as uow:
        await challenges.forget(uow, first)
        await uow.commit()
    assert await _remaining_challenges(state) == {second}


async def test_purging_takes_challenges_expired_at_that_moment(state):
    registered = await register(state)
    now = utcnow()
    _, expires_at = await _issue(state, registered.user.id, now - timedelta(minutes=1))
    live, _ = await _issue(state, registered.user.id, now)
    async with state.unit_of_work() as uow:
        assert await challenges.purge_expired(uow, expires_at) == 1
        await uow.commit()
    assert await _remaining_challenges(state) == {live}


async def test_a_try_is_taken_only_before_the_challenge_expires(state):
    registered = await register(state)
    challenge, expires_at = await _issue(state, registered.user.id, utcnow())
    async with state.unit_of_work() as uow:
        assert not await challenges.take_try(uow, challenge, expires_at)
        assert await challenges.take_try(uow, challenge, expires_at - timedelta(microseconds=1))


async def _confirm(state, viewer, code):
    async with state.unit_of_work() as uow:
        answer = await two_factor.confirm_totp_setup(uow, state.services, viewer, code, CLIENT)
        await uow.commit()
        return answer


async def test_confirming_spends_the_accounts_own_budget(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account="3/hour")
    ada = await viewer_of(state, (await register(state)).token)
    bob_token = (await register(state, email="bob@example.com", username="bob_builder")).token
    bob = await viewer_of(state, bob_token)
    ada_setup, bob_setup = await _begin(state, ada), await _begin(state, bob)
    for _ in range(3):
        assert await _confirm(state, ada, "000000") == InvalidCode()
    now = utcnow()
    assert isinstance(
        await _confirm(state, ada, code_at(ada_setup.secret, totp.step_at(now))), RateLimited
    )
    confirmed = await _confirm(state, bob, code_at(bob_setup.secret, totp.step_at(now)))
    assert isinstance(confirmed, RecoveryCodes)


async def test_turning_two_factor_on_is_dated_by_the_change(state, monkeypatch):
    viewer = await viewer_of(state, (await register(state)).token)
    setup = await _begin(state, viewer)
    monkeypatch.setattr(two_factor, "utcnow", lambda: FIXED)
    code = code_at(setup.secret, totp.step_at(utcnow()))
    assert isinstance(await _confirm(state, viewer, code), RecoveryCodes)
    assert await _event_times(state, "TWO_FACTOR_ENABLED") == [FIXED]
    assert await _notice_times(state, "two_factor_enabled") == [FIXED.isoformat(timespec="seconds")]


# secrets, codes and methods at their edges ----------------------------------------------------


def test_each_database_gets_its_own_dialects_upsert():
    # SQLite would take PostgreSQL's statement too; PostgreSQL would not take SQLite's
    assert totp._upsert("postgresql") is postgresql.insert
    assert totp._upsert("sqlite") is sqlite.insert


def test_the_qr_code_is_drawn_at_scale_4_within_a_4_module_border():
    uri = totp.otpauth_uri(totp.new_secret(), "ada@example.com", "accounts")
    svg = totp.qr_svg(uri)
    size = re.match(r'<svg width="(\d+)" height="(\d+)"', svg)
    assert size is not None and size.group(1) == size.group(2)
    side, border = int(size.group(1)), 4
    assert side % 4 == 0
    modules = side // 4 - 2 * border
    assert modules >= 21 and (modules - 17) % 4 == 0  # a QR code's side (17 + 4 per version)
    # the smallest symbol that holds the URI at error correction level M (15 % restorable)
    assert modules == segno.make(uri, error="m").symbol_size(scale=1, border=0)[0]


async def test_an_unreadable_secret_says_why_and_accepts_no_code(state, make_state):
    viewer, secret = await enabled_account(state)
    with pytest.raises(totp.SecretUnreadable, match=r"^unknown format$"):
        totp.decrypt(state.services, viewer.user.id, "v0:whatever")
    sealed = totp.encrypt(state.services, viewer.user.id, secret)
    with pytest.raises(totp.SecretUnreadable, match=r"^InvalidTag$"):
        totp.decrypt(state.services, uuid.uuid4(), sealed)
    code = code_at(secret, totp.step_at(utcnow()))
    rotated = make_state(secret_key="another-secret-key-of-the-accounts-test-suite")
    assert not await _use(rotated, viewer.user.id, code)  # sealed under the other key
    assert not await _use(state, uuid.uuid4(), code)  # no secret at all
    assert await _use(state, viewer.user.id, code)


async def test_a_pending_secret_never_replaces_a_confirmed_one(state):
    viewer, secret = await enabled_account(state)
    async with state.unit_of_work() as uow:
        stored = await totp.store_pending(
            uow, state.services, viewer.user.id, totp.new_secret(), utcnow()
        )
        await uow.commit()
    assert not stored
    async with state.session_factory() as db:
        row = (await db.execute(select(TotpCredential))).scalars().one()
    assert row.confirmed_at is not None
    assert totp.decrypt(state.services, viewer.user.id, row.secret_encrypted) == secret


async def test_a_passkey_is_offered_beside_totp_never_alone(state):
    from tests.accounts.passkeys.test_passkeys import add_passkey
    from tests.soft_authenticator import SoftAuthenticator

    viewer, _ = await enabled_account(state)
    bob = await viewer_of(
        state, (await register(state, email="bob@example.com", username="bob_builder")).token
    )
    await mark_verified(state, bob.user.id)
    for someone in (viewer, bob):
        await add_passkey(state, someone, SoftAuthenticator())
    async with state.unit_of_work() as uow:
        assert await two_factor_methods(uow, viewer.user.id) == [
            TwoFactorMethod.TOTP,
            TwoFactorMethod.RECOVERY_CODE,
            TwoFactorMethod.PASSKEY,
        ]
        assert await two_factor_methods(uow, bob.user.id) == []


async def test_a_challenge_is_live_until_its_expiry_and_its_last_try(state):
    registered = await register(state)
    now = utcnow()
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, registered.user.id)
        issued = await challenges.issue(
            uow, state.settings, user, challenges.ChallengePurpose.LOGIN, now
        )
        await uow.commit()
    before = issued.expires_at - timedelta(microseconds=1)

    async def live(at):
        async with state.unit_of_work() as uow:
            return await challenges.find_live(uow, issued.token, at) is not None

    assert await live(before) and not await live(issued.expires_at)
    async with state.session_factory() as db:
        await db.execute(
            update(LoginChallenge).values(failed_attempts=challenges.MAX_FAILED_TRIES - 1)
        )
        await db.commit()
    assert await live(before)
    async with state.session_factory() as db:
        await db.execute(update(LoginChallenge).values(failed_attempts=challenges.MAX_FAILED_TRIES))
        await db.commit()
    assert not await live(before)


# what only the end-to-end tests used to notice (the mutation run's in-process files) ----------


async def _factor_failures(state, user_id) -> int:
    async with state.session_factory() as db:
        return (await db.get(User, user_id)).factor_failures


async def test_a_wrong_code_of_a_sign_in_counts_on_the_accounts_ceiling_and_the_first_is_mailed(
    state,
):
    """Every wrong second-factor code counts on the account's long ceiling; the first wrong
    code of a sign-in (its password was right) mails the owner, once per challenge."""
    viewer, secret = await enabled_account(state)
    started = await _login(state)
    assert isinstance(started, TwoFactorRequired)
    wrong = "000000" if pyotp.TOTP(secret).now() != "000000" else "111111"
    for _ in range(2):
        assert isinstance(await _complete(state, started.challenge, code=wrong), InvalidCredentials)
    assert await _factor_failures(state, viewer.user.id) == 2
    assert len(await queued_mail(state, "ada@example.com", "second_factor_failed")) == 1
    again = await _login(state)
    await _complete(state, again.challenge, code=wrong)
    assert len(await queued_mail(state, "ada@example.com", "second_factor_failed")) == 2
    assert await _factor_failures(state, viewer.user.id) == 3


async def test_a_wrong_code_completing_a_reset_mails_no_sign_in_notice(state):
    viewer, secret = await enabled_account(state)
    waiting = await _reset_waiting_for_the_code(state)
    wrong = "000000" if pyotp.TOTP(secret).now() != "000000" else "111111"
    assert isinstance(await _complete(state, waiting.challenge, code=wrong), InvalidCredentials)
    assert await queued_mail(state, "ada@example.com", "second_factor_failed") == []
    assert await _factor_failures(state, viewer.user.id) == 1


async def test_a_session_remembers_which_second_factor_completed_its_sign_in(state):
    viewer, secret = await enabled_account(state)
    codes = await _regenerate(state, viewer)
    for expected, proof in (
        ("TOTP", {"code": pyotp.TOTP(secret).now()}),
        ("RECOVERY_CODE", {"recovery_code": codes.codes[0]}),
    ):
        started = await _login(state)
        done = await _complete(state, started.challenge, **proof)
        assert isinstance(done, Authenticated), done
        assert done.session.methods == f"PASSWORD,{expected}"


async def test_a_wrong_confirmation_code_counts_on_the_ceiling_and_an_operator_reset_clears_it(
    state,
):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    setup = await _begin(state, viewer)
    assert isinstance(setup, TotpSetup)
    wrong = "000000" if pyotp.TOTP(setup.secret).now() != "000000" else "111111"
    assert not isinstance(await _confirm(state, viewer, wrong), RecoveryCodes)
    assert await _factor_failures(state, viewer.user.id) == 1
    assert isinstance(await _confirm(state, viewer, pyotp.TOTP(setup.secret).now()), RecoveryCodes)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        assert await two_factor.reset_two_factor(uow, user, CLIENT)
    assert await _factor_failures(state, viewer.user.id) == 0


async def test_reauthenticating_with_two_factor_on_takes_the_password_and_a_code(state):
    from service.accounts.outcomes import InvalidCode, Reauthenticated
    from service.accounts.signin import reauthentication

    viewer, secret = await enabled_account(state)
    codes = await _regenerate(state, viewer)
    await prove_session(state, viewer, "PASSWORD", at=utcnow() - timedelta(hours=1))

    async def reauthenticate(**parts):
        attempt = reauthentication.Reauthentication(**parts)
        async with state.unit_of_work() as uow:
            return await reauthentication.reauthenticate(
                uow, state.services, viewer, attempt, CLIENT
            )

    right = code_at(secret, totp.step_at(utcnow()) + 1)
    wrong = "000000" if right != "000000" else "111111"
    assert isinstance(await reauthenticate(password=PASSWORD), ValidationFailed)
    assert isinstance(await reauthenticate(password=PASSWORD, code=wrong), InvalidCode)
    assert isinstance(
        await reauthenticate(password="Not-The-Password-1", code=right), InvalidCredentials
    )
    done = await reauthenticate(password=PASSWORD, code=right)
    assert isinstance(done, Reauthenticated), done
    async with state.session_factory() as db:
        from service.db.models import AuthSession

        assert (await db.get(AuthSession, viewer.session.id)).methods == "PASSWORD,TOTP"
    done = await reauthenticate(password=PASSWORD, recovery_code=codes.codes[0])
    assert isinstance(done, Reauthenticated), done
    async with state.session_factory() as db:
        assert (await db.get(AuthSession, viewer.session.id)).methods == "PASSWORD,RECOVERY_CODE"


async def test_a_code_given_to_an_account_without_two_factor_is_refused(state):
    from service.accounts.outcomes import InvalidCode
    from service.accounts.signin import step_up

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        refused = await step_up.require_privilege(
            uow, state.services, viewer, user, CLIENT, InlineProof(PASSWORD, "123456")
        )
    assert refused == InvalidCode(message=step_up.NO_SECOND_FACTOR_MESSAGE)


async def test_an_email_change_with_two_factor_on_takes_the_password_and_a_code_inline(state):
    """Past the privileged window, an account with two-factor changes its email with the
    password and a code in the same request; a recovery code used so is recorded with the
    client it came from."""
    viewer, secret = await enabled_account(state)
    await prove_session(state, viewer, "PASSWORD", "TOTP", at=utcnow() - timedelta(hours=1))

    async def change(**inline):
        changes = profile.ProfileChanges(email="new@example.com", **inline)
        return await settle(
            state, lambda uow: profile.update_user(uow, state.services, viewer, changes, CLIENT)
        )

    without_code = await change(current_password=PASSWORD)
    assert isinstance(without_code, ReauthenticationRequired), without_code
    code = code_at(secret, totp.step_at(utcnow()))
    with_code = await change(current_password=PASSWORD, code=code)
    assert isinstance(with_code, Updated), with_code
    assert with_code.user.pending_email == "new@example.com"
    async with state.unit_of_work() as uow:
        spare = await recovery_codes.replace(uow, state.services, viewer.user.id, utcnow())
    with_recovery = await change(current_password=PASSWORD, code=spare[0])
    assert isinstance(with_recovery, Updated), with_recovery
    async with state.session_factory() as db:
        used = (
            await db.execute(
                select(SecurityEvent).where(
                    SecurityEvent.kind == SecurityEventKind.RECOVERY_CODE_USED.value
                )
            )
        ).scalar_one()
    assert (used.ip_address, used.user_agent) == (CLIENT.ip_address, CLIENT.user_agent)
