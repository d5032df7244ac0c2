"""A password login at its edges: the budget of an identifier at the length limit, and a right
password refused for an address not proved yet where registered emails are hidden."""

from __future__ import annotations

from sqlalchemy import select

from service.accounts.outcomes import Authenticated, InvalidCredentials, RateLimited
from service.db.models import User
from service.observability import LOGINS
from tests.accounts.limits.test_attempts import attempt
from tests.accounts.signin.test_password_login import _login
from tests.accounts.support import mark_verified, register


async def test_every_spelling_of_an_identifier_at_the_length_limit_shares_one_budget(make_state):
    """320 characters are looked up as any identifier is, so its budget is keyed by its
    normal form: another case spends the same one."""
    state = make_state(rate_limit_enabled=True, rate_limit_login_per_ip_identifier="2/hour")
    at_the_limit = "nobody_" + "x" * 313  # a username that names no account
    assert len(at_the_limit) == 320
    outcomes = [
        await attempt(state, "198.51.100.1", spelling)
        for spelling in (at_the_limit, at_the_limit.upper(), at_the_limit.title())
    ]
    assert [type(outcome) for outcome in outcomes] == [
        InvalidCredentials,
        InvalidCredentials,
        RateLimited,
    ]


async def test_where_emails_are_hidden_an_unproved_address_signs_in_by_password_only_once_proved(
    make_state,
):
    """A registration of a taken email made no account: the right password of an address not
    proved yet is answered, and counted, as a wrong one."""
    state = make_state(hide_registered_emails=True)
    await register(state)
    invalid = LOGINS.labels("invalid")._value.get()
    assert await _login(state, "ada_lovelace") == InvalidCredentials()
    assert LOGINS.labels("invalid")._value.get() == invalid + 1
    async with state.session_factory() as db:
        user_id = (await db.execute(select(User.id))).scalar_one()
    await mark_verified(state, user_id)
    assert isinstance(await _login(state, "ada_lovelace"), Authenticated)
    assert LOGINS.labels("invalid")._value.get() == invalid + 1
