"""Whose tries a second-factor code spends: someone who holds the password and guesses codes
from elsewhere spends neither the owner's known device's tries nor a password reset's, and
cannot push the account past its ceiling in a way a reset does not undo; a stolen session
that is not privileged spends nothing at all."""

from __future__ import annotations

from sqlalchemy import select, update

from service.accounts import ceilings
from service.accounts.outcomes import (
    Authenticated,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    TwoFactorRequired,
)
from service.accounts.signin.step_up import InlineProof
from service.accounts.two_factor import completion, totp
from service.accounts.two_factor import setup as two_factor
from service.clock import utcnow
from service.db.models import User
from tests.accounts.support import CLIENT, prove_session, settle
from tests.accounts.two_factor.test_two_factor import (
    _complete,
    _login,
    _reset_waiting_for_the_code,
    code_at,
    enabled_account,
)

BUDGET = "3/hour"


async def _complete_on(state, challenge, code, device_token):
    attempt = completion.SecondFactor(challenge=challenge, code=code, device_token=device_token)
    return await settle(
        state, lambda uow: completion.complete_login(uow, state.services, attempt, CLIENT)
    )


async def _known_device(state, secret) -> str:
    """The owner signs in once with both factors: the device token their phone keeps."""
    challenge = (await _login(state)).challenge
    done = await _complete(state, challenge, code=code_at(secret, totp.step_at(utcnow())))
    assert isinstance(done, Authenticated)
    return done.device_token


async def _factor_failures(state, user_id) -> int:
    async with state.session_factory() as db:
        return (await db.execute(select(User.factor_failures).where(User.id == user_id))).scalar()


async def test_a_guesser_elsewhere_does_not_spend_the_owners_device(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    _, secret = await enabled_account(state)
    device = await _known_device(state, secret)
    guessing = (await _login(state)).challenge  # the password is known to someone else
    for _ in range(3):
        assert isinstance(await _complete(state, guessing, code="000000"), InvalidCredentials)
    assert isinstance(await _complete(state, guessing, code="000000"), RateLimited)
    owners = (await _login(state)).challenge
    right = code_at(secret, totp.step_at(utcnow()) + 1)
    assert isinstance(await _complete_on(state, owners, right, device), Authenticated)


async def test_a_known_device_has_a_budget_of_its_own(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    _, secret = await enabled_account(state)
    device = await _known_device(state, secret)
    challenge = (await _login(state)).challenge
    for _ in range(3):
        wrong = await _complete_on(state, challenge, "000000", device)
        assert isinstance(wrong, InvalidCredentials)
    assert isinstance(await _complete_on(state, challenge, "000000", device), RateLimited)
    elsewhere = (await _login(state)).challenge  # the account's own budget is untouched
    assert await _complete(state, elsewhere, code="000000") == InvalidCredentials(
        message=completion.WRONG_CODE_MESSAGE
    )


async def test_a_reset_has_a_budget_of_its_own_and_no_ceiling(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    viewer, secret = await enabled_account(state)
    guessing = (await _login(state)).challenge
    for _ in range(3):
        await _complete(state, guessing, code="000000")
    async with state.session_factory() as db:  # the rest of the 100, guessed over days
        await db.execute(
            update(User)
            .where(User.id == viewer.user.id)
            .values(factor_failures=ceilings.MAX_FACTOR_FAILURES)
        )
        await db.commit()
    locked = await _complete(state, (await _login(state)).challenge, code="000000")
    assert locked == InvalidCredentials(message=ceilings.FACTOR_LOCKED_MESSAGE)

    required = await _reset_waiting_for_the_code(state)  # the owner proves the mailbox
    assert isinstance(required, TwoFactorRequired)
    right = code_at(secret, totp.step_at(utcnow()) + 1)
    done = await _complete(state, required.challenge, code=right)
    assert isinstance(done, Authenticated), done
    assert await _factor_failures(state, viewer.user.id) == 0


async def test_a_code_alone_from_a_stolen_session_is_not_checked(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    viewer, secret = await enabled_account(state)
    await prove_session(
        state, viewer, "PASSWORD", "TOTP", at=utcnow() - 2 * state.settings.reauth_window
    )
    for _ in range(5):
        for call in (
            lambda uow: two_factor.disable_two_factor(
                uow, state.services, viewer, InlineProof("", "000000"), CLIENT
            ),
            lambda uow: two_factor.regenerate_recovery_codes(
                uow, state.services, viewer, InlineProof(None, "000000"), CLIENT
            ),
        ):
            assert isinstance(await settle(state, call), ReauthenticationRequired)
    assert await _factor_failures(state, viewer.user.id) == 0
    challenge = (await _login(state)).challenge  # the account's budget is whole
    right = code_at(secret, totp.step_at(utcnow()) + 1)
    assert isinstance(await _complete(state, challenge, code=right), Authenticated)


async def test_a_privileged_session_has_a_code_alone_checked(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    viewer, _ = await enabled_account(state)  # proved with both factors just now
    refused = await settle(
        state,
        lambda uow: two_factor.regenerate_recovery_codes(
            uow, state.services, viewer, InlineProof(None, "000000"), CLIENT
        ),
    )
    assert not isinstance(refused, ReauthenticationRequired)
    assert await _factor_failures(state, viewer.user.id) == 1


async def test_each_accounts_reset_lane_is_its_own(make_state):
    """Two accounts' resets never share a budget: one spent, the other still checks."""
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    await enabled_account(state)
    await enabled_account(state, email="bob@example.com", username="bob_builder")
    ada = await _reset_waiting_for_the_code(state)
    for _ in range(3):
        assert isinstance(await _complete(state, ada.challenge, code="000000"), InvalidCredentials)
    assert isinstance(await _complete(state, ada.challenge, code="000000"), RateLimited)
    bob = await _reset_waiting_for_the_code(state, "bob@example.com")
    wrong = await _complete(state, bob.challenge, code="000000")
    assert wrong == InvalidCredentials(message=completion.WRONG_CODE_MESSAGE)


async def test_a_right_code_clears_its_devices_lane(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account=BUDGET)
    _, secret = await enabled_account(state)
    device = await _known_device(state, secret)
    challenge = (await _login(state)).challenge
    for _ in range(2):
        assert isinstance(
            await _complete_on(state, challenge, "000000", device), InvalidCredentials
        )
    right = code_at(secret, totp.step_at(utcnow()) + 1)
    assert isinstance(await _complete_on(state, challenge, right, device), Authenticated)
    again = (await _login(state)).challenge
    for _ in range(3):  # the lane starts again: three more tries before it is spent
        assert isinstance(await _complete_on(state, again, "000000", device), InvalidCredentials)


async def test_past_the_ceiling_a_confirmation_is_refused_before_any_check(state):
    from tests.accounts.support import register, viewer_of
    from tests.accounts.two_factor.test_two_factor import _begin, _confirm

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    setup = await _begin(state, viewer)
    async with state.session_factory() as db:
        await db.execute(
            update(User)
            .where(User.id == viewer.user.id)
            .values(factor_failures=ceilings.MAX_FACTOR_FAILURES)
        )
        await db.commit()
    refused = await _confirm(state, viewer, code_at(setup.secret, totp.step_at(utcnow())))
    assert getattr(refused, "message", None) == ceilings.FACTOR_LOCKED_MESSAGE, refused
