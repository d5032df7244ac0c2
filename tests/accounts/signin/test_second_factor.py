"""A password login of an account with a second factor, in one quick test: the mutation run
judges ``auth`` by this file first, so a mutant of the login's second-factor branch fails here
instead of after every other login test (``tests/mutation_tests.py``)."""

from __future__ import annotations

from sqlalchemy import select

from service.accounts.outcomes import TwoFactorMethod, TwoFactorRequired
from service.accounts.signin import password_login as auth
from service.db.models import LoginChallenge, User
from service.observability import REGISTRY
from tests.accounts.support import CLIENT
from tests.accounts.two_factor.test_two_factor import enabled_account
from tests.conftest import PASSWORD


def second_factor_logins() -> float:
    sample = REGISTRY.get_sample_value("accounts_logins_total", {"outcome": "second_factor"})
    return sample or 0.0


async def test_a_password_login_with_a_second_factor_answers_a_challenge(state, make_state):
    viewer, _ = await enabled_account(state)
    async with state.session_factory() as db:
        old_hash = (await db.execute(select(User.password_hash))).scalar_one()
    stronger = make_state(argon2_time_cost=2)
    counted = second_factor_logins()
    async with stronger.unit_of_work() as uow:
        outcome = await auth.login(uow, stronger.services, "ada_lovelace", PASSWORD, CLIENT)
    assert isinstance(outcome, TwoFactorRequired)
    assert outcome.methods == [TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE]
    assert second_factor_logins() == counted + 1
    async with state.session_factory() as db:
        [challenge] = (await db.execute(select(LoginChallenge))).scalars()
        new_hash = (await db.execute(select(User.password_hash))).scalar_one()
    assert (challenge.user_id, challenge.purpose) == (viewer.user.id, "login")
    assert new_hash != old_hash and "t=2" in new_hash  # renewed with the password it verified
