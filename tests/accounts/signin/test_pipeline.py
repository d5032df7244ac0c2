"""The one sign-in pipeline (``signin.pipeline``) and its proofs: what every way in shares."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from service.accounts.assurance import AuthenticationMethod
from service.accounts.outcomes import Authenticated, InvalidCredentials
from service.accounts.signin import pipeline
from service.accounts.signin.proofs import Proof
from service.db.models import AuthSession, Passkey, PasskeyChallenge, User
from tests.accounts.passkeys.test_passkeys import account, add_passkey, begin_login, finish_login
from tests.soft_authenticator import SoftAuthenticator


def _row(password_hash: str) -> User:
    return User(id=uuid.uuid4(), password_hash=password_hash)


def test_a_password_proof_holds_while_the_password_is_the_accounts():
    proof = Proof.of_password("Correct-Horse-9", "hash-a")
    assert proof.holds_for(_row("hash-a"))
    assert not proof.holds_for(_row("hash-b"))
    assert not proof.complete and not proof.resets_password
    assert proof.methods == (AuthenticationMethod.PASSWORD,)


def test_a_passkey_or_a_reset_holds_whatever_the_password_became():
    assert Proof.of_passkey().holds_for(_row("anything"))
    assert Proof.of_passkey().complete
    reset = Proof.of_reset("new-hash")
    assert reset.holds_for(_row("anything")) and reset.resets_password and not reset.complete


def test_what_covers_an_accounts_factors():
    """A first factor the account has, and its second factor when it has one; a password
    proves nothing once the account has none (a claim dropped it)."""
    from service.accounts.assurance import Factors, covers

    password, passkey, totp, email_code = (
        AuthenticationMethod.PASSWORD,
        AuthenticationMethod.PASSKEY,
        AuthenticationMethod.TOTP,
        AuthenticationMethod.EMAIL_CODE,
    )
    with_password = Factors(has_password=True, totp=False)
    without = Factors(has_password=False, totp=False)
    assert covers([password], with_password) and covers([passkey], with_password)
    assert not covers([email_code], with_password) and not covers([totp], with_password)
    assert not covers([password], without)
    assert covers([passkey], without) and covers([email_code], without)
    assert covers([AuthenticationMethod.EXTERNAL], without)
    two = Factors(has_password=True, totp=True)
    assert not covers([password], two) and covers([password, totp], two)
    assert covers([passkey, AuthenticationMethod.RECOVERY_CODE], two)
    assert not covers([], with_password)


def test_a_second_factor_completes_a_proof_and_drops_the_password():
    first = Proof.of_password("Correct-Horse-9", "hash-a")
    for method in (AuthenticationMethod.TOTP, AuthenticationMethod.RECOVERY_CODE):
        done = first.completed_by(method)
        assert done.complete and done.password is None and done.verified_hash == "hash-a"
        assert done.methods == (AuthenticationMethod.PASSWORD, method)
    assert not first.completed_by(AuthenticationMethod.EMAIL_CODE).complete


async def _count(state, model) -> int:
    async with state.session_factory() as db:
        return (await db.execute(select(func.count()).select_from(model))).scalar_one()


async def test_a_passkey_sign_in_that_loses_a_compare_and_set_keeps_its_challenge_used(
    state, monkeypatch
):
    """Another write wins the account row once (a deactivation, say): the pipeline reads the
    row again and signs in, and the challenge and the signature counter it spent stay spent,
    so the same assertion cannot be replayed."""
    viewer = await account(state)
    authenticator = SoftAuthenticator()
    await add_passkey(state, viewer, authenticator)
    real, lost = pipeline.affected, []

    def lose_once(result):
        if not lost:
            lost.append(1)
            return 0
        return real(result)

    monkeypatch.setattr(pipeline, "affected", lose_once)
    options = await begin_login(state, "ada_lovelace")
    answer = authenticator.get(options.options_json)
    sessions_before = await _count(state, AuthSession)
    assert isinstance(await finish_login(state, options.challenge_id, answer), Authenticated)
    assert lost == [1]
    assert await _count(state, AuthSession) == sessions_before + 1
    assert await _count(state, PasskeyChallenge) == 0
    async with state.session_factory() as db:
        (stored,) = (await db.execute(select(Passkey.sign_count))).scalars()
    assert stored > 0  # the counter the assertion carried was written
    assert await finish_login(state, options.challenge_id, answer) == InvalidCredentials()
    assert await _count(state, AuthSession) == sessions_before + 1


def test_assurance_levels_and_the_stored_form_of_methods():
    from service.accounts.assurance import AssuranceLevel, decode, encode, level

    m = AuthenticationMethod
    aal1, aal2 = AssuranceLevel.AAL1, AssuranceLevel.AAL2
    assert level([m.PASSKEY]) == aal2
    assert level([m.PASSWORD, m.TOTP]) == aal2 and level([m.EXTERNAL, m.RECOVERY_CODE]) == aal2
    assert level([m.PASSWORD]) == aal1 and level([m.EMAIL_CODE]) == aal1
    assert level([m.TOTP, m.RECOVERY_CODE]) == aal1  # codes alone are no first factor
    assert level([]) == aal1
    assert encode([m.PASSWORD, m.TOTP, m.PASSWORD]) == "PASSWORD,TOTP"
    assert decode("PASSWORD,TOTP") == (m.PASSWORD, m.TOTP)
    assert decode("SOMETHING_NEWER,PASSKEY") == (m.PASSKEY,) and decode(None) == ()
    assert decode("") == ()


def test_a_session_is_privileged_for_the_window_after_a_proof_that_covers_the_account():
    from datetime import UTC, datetime, timedelta

    from service.accounts.assurance import Factors, privileged_until

    at, window = datetime(2026, 1, 1, tzinfo=UTC), timedelta(minutes=10)
    factors = Factors(has_password=True, totp=True)
    assert privileged_until([AuthenticationMethod.PASSWORD], at, factors, window) is None
    both = [AuthenticationMethod.PASSWORD, AuthenticationMethod.TOTP]
    assert privileged_until(both, at, factors, window) == at + window


async def test_the_session_list_says_how_each_session_was_proved_and_until_when_it_is_privileged(
    state,
):
    from datetime import timedelta

    from service.accounts.assurance import AssuranceLevel
    from service.accounts.sessions.listing import caller_sessions
    from service.clock import utcnow
    from tests.accounts.passkeys.test_passkeys import account
    from tests.accounts.support import prove_session

    viewer = await account(state)
    window = state.services.settings.reauth_window
    async with state.unit_of_work() as uow:
        [fresh] = await caller_sessions(uow, state.services, viewer, 10)
    assert fresh.methods == (AuthenticationMethod.PASSWORD,)
    assert fresh.assurance == AssuranceLevel.AAL1
    assert fresh.privileged_until is not None
    assert utcnow() < fresh.privileged_until <= utcnow() + window
    await prove_session(state, viewer, "PASSKEY", at=utcnow() - window - timedelta(seconds=5))
    async with state.unit_of_work() as uow:
        [stale] = await caller_sessions(uow, state.services, viewer, 10)
    assert stale.methods == (AuthenticationMethod.PASSKEY,)
    assert stale.assurance == AssuranceLevel.AAL2
    assert stale.privileged_until is None  # its window has passed
