"""``accounts users reset-2fa`` and ``accounts events purge`` with sign-in challenges, run as
subprocesses against real databases."""

from __future__ import annotations

import json
from datetime import timedelta

import pyotp
from sqlalchemy import func, select

from service.accounts.profile.users import find_user
from service.accounts.two_factor import challenges
from service.clock import utcnow
from service.db.models import (
    ChallengePurpose,
    LoginChallenge,
    RecoveryCode,
    SecurityEvent,
    TotpCredential,
)
from tests.helpers import queued_mail, register_ok, register_verified
from tests.test_cli import accounts

BEGIN = "mutation { beginTotpSetup { ... on TotpSetup { secret } } }"
CONFIRM = """
mutation Confirm($code: String!) {
  confirmTotpSetup(input: {code: $code}) { __typename ... on RecoveryCodes { codes } }
}
"""
LOGIN = """
mutation { login(input: {identifier: "ada_lovelace", password: "Correct-Horse-9-battery"}) {
  __typename } }
"""


async def _count(state, model) -> int:
    async with state.session_factory() as db:
        return int((await db.execute(select(func.count()).select_from(model))).scalar_one())


async def test_reset_2fa_removes_the_second_factor(gql, state, database_url, tmp_path):
    token = (await register_verified(gql))["token"]
    secret = (await gql(BEGIN, token=token))["data"]["beginTotpSetup"]["secret"]
    confirmed = await gql(CONFIRM, {"code": pyotp.TOTP(secret).now()}, token=token)
    assert confirmed["data"]["confirmTotpSetup"]["__typename"] == "RecoveryCodes"
    assert (await gql(LOGIN))["data"]["login"]["__typename"] == "TwoFactorRequired"

    result = accounts(database_url, "users", "reset-2fa", "ADA@example.com", cwd=tmp_path)
    assert result.stdout.strip() == "ada_lovelace: second factor removed (a notice was queued)"
    assert "two-factor sign-in removed by an operator" in result.stderr
    assert secret not in result.stdout + result.stderr
    for model in (TotpCredential, RecoveryCode, LoginChallenge):
        assert await _count(state, model) == 0
    async with state.session_factory() as db:
        statement = select(SecurityEvent).order_by(SecurityEvent.at.desc()).limit(1)
        event = (await db.execute(statement)).scalars().one()
    assert (
        event.kind == "TWO_FACTOR_DISABLED" and event.user_agent == "staff"
    )  # not the tools staff used
    [notice] = await queued_mail(state, "ada@example.com", "two_factor_disabled")
    assert json.loads(notice.data)["username"] == "ada_lovelace"
    assert (await gql(LOGIN))["data"]["login"]["__typename"] == "AuthSuccess"

    again = accounts(database_url, "users", "reset-2fa", "ada_lovelace", cwd=tmp_path)
    assert again.stdout.strip() == "ada_lovelace: no second factor to remove"
    missing = accounts(database_url, "users", "reset-2fa", "ghost_user", cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "no user matches" in missing.stderr


async def test_events_purge_drops_expired_challenges(gql, state, database_url, tmp_path):
    await register_ok(gql)
    async with state.unit_of_work() as uow:
        user = await find_user(uow, "ada_lovelace")
        assert user is not None
        then = utcnow() - timedelta(hours=1)
        for when in (then, then, utcnow()):
            await challenges.issue(uow, state.settings, user, ChallengePurpose.LOGIN, when)
        await uow.commit()
    out = accounts(database_url, "events", "purge", cwd=tmp_path).stdout
    assert "2 expired codes" in out
    assert await _count(state, LoginChallenge) == 1
