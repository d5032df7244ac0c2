"""Two-factor sign-in through the ASGI app: TOTP setup, login → TwoFactorRequired →
completeLogin, recovery codes, reset, disable. TOTP codes are computed by pyotp for a clock the
test pins (``totp.utcnow``), so every step of the window is known."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import func, select

from service.accounts.two_factor import completion, totp
from service.clock import utcnow
from service.db.models import LoginChallenge, RecoveryCode, SecurityEvent, TotpCredential
from tests.conftest import PASSWORD
from tests.helpers import (
    CHANGE_PASSWORD,
    DELETE_ACCOUNT,
    ME,
    REQUEST_PASSWORD_RESET,
    RESET_PASSWORD,
    SESSIONS,
    last_code,
    password_change,
    queued_mail,
    register_verified,
    waits_out_the_window,
)

NEW_PASSWORD = "Quixotic-Lantern-77"
OUTCOMES = """
    ... on InvalidCode { message }
    ... on InvalidCredentials { message }
    ... on RateLimited { message retryAfterSeconds }
"""
BEGIN = """
mutation { beginTotpSetup { __typename
  ... on TotpSetup { secret otpauthUri qrSvg }
  ... on ValidationError { message fields { field code message } } } }
"""
CONFIRM = f"""
mutation Confirm($code: String!) {{ confirmTotpSetup(input: {{code: $code}}) {{ __typename
  ... on RecoveryCodes {{ codes }} {OUTCOMES} }} }}
"""
REGENERATE = f"""
mutation Regenerate($password: String!) {{
  regenerateRecoveryCodes(input: {{currentPassword: $password}}) {{ __typename
    ... on RecoveryCodes {{ codes }} {OUTCOMES} }} }}
"""
DISABLE = f"""
mutation Disable($password: String!, $code: String!) {{
  disableTwoFactor(input: {{currentPassword: $password, code: $code}}) {{ __typename
    ... on TwoFactorDisabled {{ message }} {OUTCOMES} }} }}
"""
LOGIN_FIELDS = """
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { id username twoFactorEnabled } }
    ... on TwoFactorRequired { challenge methods challengeExpiresAt: expiresAt }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message }
    ... on EmailNotVerified { message }
    ... on RateLimited { message retryAfterSeconds }
"""
LOGIN = f"""
mutation Login($input: LoginInput!) {{ login(input: $input) {{ {LOGIN_FIELDS} }} }}
"""
COMPLETE = f"""
mutation Complete($input: CompleteLoginInput!) {{
  completeLogin(input: $input) {{ {LOGIN_FIELDS} }} }}
"""
RESET = RESET_PASSWORD.replace(
    "... on RateLimited",
    "... on TwoFactorRequired { challenge methods challengeExpiresAt: expiresAt }\n ... on RateLimited",
)
TWO_FACTOR_ENABLED = "query { me { twoFactorEnabled } }"
CHALLENGE_DEAD = {"__typename": "InvalidCredentials", "message": completion.CHALLENGE_MESSAGE}
WRONG_CODE = {"__typename": "InvalidCredentials", "message": completion.WRONG_CODE_MESSAGE}


@pytest.fixture
def clock(monkeypatch):
    """Pins the TOTP clock; ``clock.code(offset)`` is the code ``offset`` steps away."""

    class Clock:
        now = utcnow()

        def code(self, offset: int = 0, secret: str | None = None) -> str:
            step = totp.step_at(self.now) + offset
            return pyotp.TOTP(secret or self.secret).at(step * totp.STEP_SECONDS)

        def tick(self, steps: int = 1) -> None:
            self.now += timedelta(seconds=totp.STEP_SECONDS * steps)

    pinned = Clock()
    monkeypatch.setattr(totp, "utcnow", lambda: pinned.now)
    return pinned


async def data(gql, query, variables=None, token=None):
    body = await gql(query, variables, token=token)
    assert "errors" not in body, body
    return body["data"]


async def enable(gql, clock, token):
    """Set TOTP up through the API (confirmed with the previous step's code, so the current and
    the next one stay unused); the recovery codes."""
    setup = (await data(gql, BEGIN, token=token))["beginTotpSetup"]
    assert setup["__typename"] == "TotpSetup", setup
    clock.secret = setup["secret"]
    confirmed = (await data(gql, CONFIRM, {"code": clock.code(-1)}, token))["confirmTotpSetup"]
    assert confirmed["__typename"] == "RecoveryCodes", confirmed
    return confirmed["codes"]


async def login(gql, password=PASSWORD, identifier="ada_lovelace", device_token=None):
    variables = {"input": {"identifier": identifier, "password": password}}
    if device_token:
        variables["input"]["deviceToken"] = device_token
    return (await data(gql, LOGIN, variables))["login"]


async def complete(gql, challenge, code=None, recovery_code=None, device_token=None):
    variables = {"input": {"challenge": challenge, "code": code, "recoveryCode": recovery_code}}
    if device_token:
        variables["input"]["deviceToken"] = device_token
    return (await data(gql, COMPLETE, variables))["completeLogin"]


async def challenge(gql, password=PASSWORD):
    answer = await login(gql, password)
    assert answer["__typename"] == "TwoFactorRequired", answer
    return answer["challenge"]


async def kinds(state):
    async with state.session_factory() as db:
        statement = select(SecurityEvent.kind).order_by(SecurityEvent.at)
        return list((await db.execute(statement)).scalars())


async def count(state, model):
    async with state.session_factory() as db:
        return int((await db.execute(select(func.count()).select_from(model))).scalar_one())


# setup ----------------------------------------------------------------------------------------


async def test_setup_enables_nothing_until_a_current_code_confirms_it(gql, state, clock):
    token = (await register_verified(gql))["token"]
    assert (await data(gql, TWO_FACTOR_ENABLED, token=token))["me"]["twoFactorEnabled"] is False
    first = (await data(gql, BEGIN, token=token))["beginTotpSetup"]
    assert first["__typename"] == "TotpSetup"
    uri = pyotp.parse_uri(first["otpauthUri"])
    assert uri.secret == first["secret"] and uri.issuer == "accounts"
    assert first["otpauthUri"].startswith("otpauth://totp/accounts:ada%40example.com?")
    assert first["qrSvg"].startswith("<svg") and "http" not in first["qrSvg"].split("xmlns")[0]
    assert (await login(gql))["__typename"] == "AuthSuccess"  # nothing enabled yet
    second = (await data(gql, BEGIN, token=token))["beginTotpSetup"]
    assert second["secret"] != first["secret"]  # replaces the unconfirmed one
    stale = clock.code(secret=first["secret"])
    wrong = (await data(gql, CONFIRM, {"code": stale}, token))["confirmTotpSetup"]
    assert wrong == {
        "__typename": "InvalidCode",
        "message": "The code is wrong or no longer valid.",
    }
    clock.secret = second["secret"]
    codes = (await data(gql, CONFIRM, {"code": clock.code()}, token))["confirmTotpSetup"]["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert (await data(gql, TWO_FACTOR_ENABLED, token=token))["me"]["twoFactorEnabled"] is True
    again = (await data(gql, BEGIN, token=token))["beginTotpSetup"]
    assert again["__typename"] == "ValidationError"
    assert [(f["field"], f["code"]) for f in again["fields"]] == [("twoFactor", "already_enabled")]
    assert (await kinds(state))[-1] == "TWO_FACTOR_ENABLED"
    [notice] = await queued_mail(state, "ada@example.com", "two_factor_enabled")
    assert json.loads(notice.data)["username"] == "ada_lovelace"


async def test_two_factor_operations_need_a_session(gql):
    for query, variables in [
        (BEGIN, None),
        (CONFIRM, {"code": "123456"}),
        (REGENERATE, {"password": PASSWORD}),
        (DISABLE, {"password": PASSWORD, "code": "123456"}),
    ]:
        body = await gql(query, variables)
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_secret_is_not_stored_in_the_clear(gql, state, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    async with state.session_factory() as db:
        row = (await db.execute(select(TotpCredential))).scalars().one()
        stored = json.dumps([row.secret_encrypted, row.created_at.isoformat()])
    assert clock.secret not in stored and clock.secret.lower() not in stored.lower()
    assert row.confirmed_at is not None


# login and completeLogin ----------------------------------------------------------------------


async def test_login_answers_a_challenge_and_complete_login_opens_the_session(gql, state, clock):
    first = await register_verified(gql)
    await enable(gql, clock, first["token"])
    answer = await login(gql)
    assert answer["__typename"] == "TwoFactorRequired"
    assert answer["methods"] == ["TOTP", "RECOVERY_CODE"]
    assert len((await data(gql, SESSIONS, token=first["token"]))["sessions"]) == 1
    signins_before = len(await queued_mail(state, "ada@example.com", "new_signin"))
    done = await complete(gql, answer["challenge"], code=clock.code())
    assert done["__typename"] == "AuthSuccess"
    assert done["user"]["twoFactorEnabled"] is True and done["deviceToken"].startswith("dev_")
    assert (await data(gql, ME.replace("locale", "locale twoFactorEnabled"), token=done["token"]))[
        "me"
    ]["username"] == "ada_lovelace"
    assert len((await data(gql, SESSIONS, token=first["token"]))["sessions"]) == 2
    assert (await kinds(state))[-1] == "LOGIN"
    assert len(await queued_mail(state, "ada@example.com", "new_signin")) == signins_before + 1
    assert await complete(gql, answer["challenge"], code=clock.code(1)) == CHALLENGE_DEAD
    # a known device: no new-sign-in notice, the same device token back
    again = await login(gql, device_token=done["deviceToken"])
    known = await complete(
        gql, again["challenge"], code=clock.code(1), device_token=done["deviceToken"]
    )
    assert known["deviceToken"] == done["deviceToken"]
    assert len(await queued_mail(state, "ada@example.com", "new_signin")) == signins_before + 1


async def test_previous_current_and_next_step_are_accepted_two_away_refused(gql, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    clock.tick(2)  # the setup used step -1 of the old time: every step of the window is unused
    for offset in (-2, 2):
        assert await complete(gql, await challenge(gql), code=clock.code(offset)) == WRONG_CODE
    for offset in (-1, 0, 1):
        done = await complete(gql, await challenge(gql), code=clock.code(offset))
        assert done["__typename"] == "AuthSuccess", (offset, done)


async def test_a_used_code_is_refused(gql, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    code = clock.code()
    assert (await complete(gql, await challenge(gql), code=code))["__typename"] == "AuthSuccess"
    assert await complete(gql, await challenge(gql), code=code) == WRONG_CODE
    assert await complete(gql, await challenge(gql), code=clock.code(-1)) == WRONG_CODE


async def test_one_code_sent_twice_at_once_opens_one_session(gql, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    pending = [await challenge(gql) for _ in range(3)]
    code = clock.code()
    answers = await asyncio.gather(*(complete(gql, c, code=code) for c in pending))
    assert sorted(a["__typename"] for a in answers) == [
        "AuthSuccess",
        "InvalidCredentials",
        "InvalidCredentials",
    ]


async def test_five_wrong_codes_kill_the_challenge(gql, state, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    pending = await challenge(gql)
    for _ in range(5):
        assert await complete(gql, pending, code="000000") == WRONG_CODE
    assert await complete(gql, pending, code=clock.code()) == CHALLENGE_DEAD
    assert (await kinds(state)).count("LOGIN_FAILED") == 5  # each wrong code, not the dead one
    assert (await complete(gql, await challenge(gql), code=clock.code()))["__typename"] == (
        "AuthSuccess"
    )


async def test_wrong_codes_until_rate_limited(make_state, make_client, clock):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account="6/hour")
    gql = make_client(state)
    await enable(gql, clock, (await register_verified(gql))["token"])
    first = await challenge(gql)
    for _ in range(5):
        assert await complete(gql, first, code="000000") == WRONG_CODE
    second = await challenge(gql)
    assert await complete(gql, second, recovery_code="aaaaa-aaaaa") == WRONG_CODE
    limited = await complete(gql, second, code=clock.code())
    assert limited["__typename"] == "RateLimited" and waits_out_the_window(
        limited["retryAfterSeconds"], 3600
    )


async def test_aliased_complete_login_fields_count_one_attempt_each(make_state, make_client, clock):
    state = make_state(rate_limit_enabled=True, rate_limit_two_factor_checks_per_account="3/hour")
    gql = make_client(state)
    await enable(gql, clock, (await register_verified(gql))["token"])
    pending = await challenge(gql)
    fields = "\n".join(
        f'a{i}: completeLogin(input: {{challenge: "{pending}", code: "00000{i}"}}) {{ {LOGIN_FIELDS} }}'
        for i in range(6)
    )
    answers = (await data(gql, f"mutation {{ {fields} }}")).values()
    assert [a["__typename"] for a in answers] == ["InvalidCredentials"] * 3 + ["RateLimited"] * 3


async def test_aliased_wrong_codes_use_the_challenge_up(gql, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    pending = await challenge(gql)
    fields = "\n".join(
        f'a{i}: completeLogin(input: {{challenge: "{pending}", code: "00000{i}"}}) {{ {LOGIN_FIELDS} }}'
        for i in range(7)
    )
    answers = list((await data(gql, f"mutation {{ {fields} }}")).values())
    assert answers == [WRONG_CODE] * 5 + [CHALLENGE_DEAD] * 2
    assert await complete(gql, pending, code=clock.code()) == CHALLENGE_DEAD


async def test_wrong_codes_sent_at_once_are_checked_at_most_five_times(gql, state, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    pending = await challenge(gql)
    answers = await asyncio.gather(*(complete(gql, pending, code="000000") for _ in range(10)))
    assert answers.count(WRONG_CODE) == 5 and answers.count(CHALLENGE_DEAD) == 5
    assert (await kinds(state)).count("LOGIN_FAILED") == 5
    assert await complete(gql, pending, code=clock.code()) == CHALLENGE_DEAD


async def test_a_bad_challenge_is_invalid_credentials(gql, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    for bogus in ["", "tfa_nothing", "x" * 5000, "acct_" + "a" * 43]:
        assert await complete(gql, bogus, code=clock.code()) == CHALLENGE_DEAD


async def test_an_expired_challenge_is_refused(make_state, make_client, clock):
    state = make_state(two_factor_challenge_ttl=timedelta(milliseconds=200))
    gql = make_client(state)
    await enable(gql, clock, (await register_verified(gql))["token"])
    pending = await challenge(gql)
    await asyncio.sleep(0.3)
    assert await complete(gql, pending, code=clock.code()) == CHALLENGE_DEAD


async def test_a_password_change_kills_open_challenges(gql, clock):
    token = (await register_verified(gql))["token"]
    await enable(gql, clock, token)
    pending = await challenge(gql)
    changed = await data(gql, CHANGE_PASSWORD, password_change(PASSWORD, NEW_PASSWORD), token)
    assert changed["changePassword"]["__typename"] == "AuthSuccess"
    assert await complete(gql, pending, code=clock.code()) == CHALLENGE_DEAD
    assert (await login(gql))["__typename"] == "InvalidCredentials"
    fresh = await challenge(gql, NEW_PASSWORD)
    assert (await complete(gql, fresh, code=clock.code()))["__typename"] == "AuthSuccess"


# recovery codes -------------------------------------------------------------------------------


async def test_each_recovery_code_works_once_and_is_noticed(gql, state, clock):
    codes = await enable(gql, clock, (await register_verified(gql))["token"])
    for code in codes[:2]:
        done = await complete(gql, await challenge(gql), recovery_code=code)
        assert done["__typename"] == "AuthSuccess"
    assert await complete(gql, await challenge(gql), recovery_code=codes[0]) == WRONG_CODE
    spaced = codes[2].upper().replace("-", " ")
    assert (await complete(gql, await challenge(gql), recovery_code=spaced))["__typename"] == (
        "AuthSuccess"
    )
    assert (await kinds(state)).count("RECOVERY_CODE_USED") == 3
    assert len(await queued_mail(state, "ada@example.com", "recovery_code_used")) == 3
    assert await count(state, RecoveryCode) == 7


async def test_regenerating_needs_the_password_and_replaces_every_code(gql, state, clock):
    token = (await register_verified(gql))["token"]
    old = await enable(gql, clock, token)
    refused = (await data(gql, REGENERATE, {"password": "Wrong-Password-1"}, token))[
        "regenerateRecoveryCodes"
    ]
    assert refused == {"__typename": "InvalidCredentials", "message": "Invalid credentials."}
    new = (await data(gql, REGENERATE, {"password": PASSWORD}, token))["regenerateRecoveryCodes"]
    assert new["__typename"] == "RecoveryCodes" and len(new["codes"]) == 10
    assert not set(new["codes"]) & set(old)
    assert await complete(gql, await challenge(gql), recovery_code=old[0]) == WRONG_CODE
    done = await complete(gql, await challenge(gql), recovery_code=new["codes"][0])
    assert done["__typename"] == "AuthSuccess"
    assert len(await queued_mail(state, "ada@example.com", "recovery_codes_regenerated")) == 1


async def test_regenerations_at_once_leave_one_working_set(gql, state, clock):
    token = (await register_verified(gql))["token"]
    await enable(gql, clock, token)
    answers = await asyncio.gather(
        *(data(gql, REGENERATE, {"password": PASSWORD}, token) for _ in range(3))
    )
    sets = [a["regenerateRecoveryCodes"]["codes"] for a in answers]
    assert await count(state, RecoveryCode) == 10
    working = [
        (await complete(gql, await challenge(gql), recovery_code=codes[0]))["__typename"]
        for codes in sets
    ]
    assert sorted(working) == ["AuthSuccess", "InvalidCredentials", "InvalidCredentials"]


async def test_regenerating_checks_are_rate_limited(make_state, make_client, clock):
    state = make_state(rate_limit_enabled=True, rate_limit_password_checks_per_session="2/hour")
    gql = make_client(state)
    token = (await register_verified(gql))["token"]
    await enable(gql, clock, token)
    for _ in range(2):
        answer = await data(gql, REGENERATE, {"password": "Wrong-Password-1"}, token)
        assert answer["regenerateRecoveryCodes"]["__typename"] == "InvalidCredentials"
    limited = (await data(gql, REGENERATE, {"password": PASSWORD}, token))[
        "regenerateRecoveryCodes"
    ]
    assert limited["__typename"] == "RateLimited"


# password reset ------------------------------------------------------------------------------


async def test_a_reset_waits_for_the_second_factor(gql, state, clock):
    token = (await register_verified(gql))["token"]
    await enable(gql, clock, token)
    await data(gql, REQUEST_PASSWORD_RESET, {"input": {"email": "ada@example.com"}})
    code = await last_code(state, "ada@example.com", "password_reset")
    variables = {
        "input": {
            "email": "ada@example.com",
            "code": code,
            "newPassword": NEW_PASSWORD,
            "newPasswordConfirmation": NEW_PASSWORD,
        }
    }
    answer = (await data(gql, RESET, variables))["resetPassword"]
    assert answer["__typename"] == "TwoFactorRequired", answer
    assert answer["methods"] == ["TOTP", "RECOVERY_CODE"]
    # nothing changed yet: the old password and the old session still work
    assert (await data(gql, ME, token=token))["me"]["username"] == "ada_lovelace"
    assert (await login(gql))["__typename"] == "TwoFactorRequired"
    assert (await login(gql, NEW_PASSWORD))["__typename"] == "InvalidCredentials"
    assert "PASSWORD_RESET" not in await kinds(state)
    assert await queued_mail(state, "ada@example.com", "password_changed") == []
    used = (await data(gql, RESET, variables))["resetPassword"]
    assert used["__typename"] == "InvalidCode"  # the email code was consumed
    done = await complete(gql, answer["challenge"], code=clock.code())
    assert done["__typename"] == "AuthSuccess"
    assert (await data(gql, ME, token=token))["me"] is None  # every old session ended
    me = (await data(gql, ME, token=done["token"]))["me"]
    assert me["emailVerified"] is True
    assert (await login(gql))["__typename"] == "InvalidCredentials"
    assert (await login(gql, NEW_PASSWORD))["__typename"] == "TwoFactorRequired"
    assert (await kinds(state)).count("PASSWORD_RESET") == 1
    assert len(await queued_mail(state, "ada@example.com", "password_changed")) == 1


async def test_a_login_challenge_never_applies_a_reset(gql, state, clock):
    await enable(gql, clock, (await register_verified(gql))["token"])
    done = await complete(gql, await challenge(gql), code=clock.code())
    assert done["__typename"] == "AuthSuccess"
    assert (await login(gql))["__typename"] == "TwoFactorRequired"  # password unchanged
    assert "PASSWORD_RESET" not in await kinds(state)


# disable, delete, CLI --------------------------------------------------------------------------


async def test_disable_needs_the_password_and_a_current_code(gql, state, clock):
    token = (await register_verified(gql))["token"]
    await enable(gql, clock, token)
    pending = await challenge(gql)

    async def disable(password, code):
        return (await data(gql, DISABLE, {"password": password, "code": code}, token))[
            "disableTwoFactor"
        ]

    assert (await disable("Wrong-Password-1", clock.code()))["__typename"] == "InvalidCredentials"
    assert (await disable(PASSWORD, "000000"))["__typename"] == "InvalidCode"
    assert (await disable(PASSWORD, clock.code())) == {
        "__typename": "TwoFactorDisabled",
        "message": "Two-factor sign-in is off.",
    }
    assert (await data(gql, TWO_FACTOR_ENABLED, token=token))["me"]["twoFactorEnabled"] is False
    for model in (TotpCredential, RecoveryCode, LoginChallenge):
        assert await count(state, model) == 0
    assert await complete(gql, pending, code=clock.code(1)) == CHALLENGE_DEAD
    assert (await login(gql))["__typename"] == "AuthSuccess"
    assert (await disable(PASSWORD, clock.code(1)))["__typename"] == "InvalidCode"
    assert (await kinds(state)).count("TWO_FACTOR_DISABLED") == 1
    assert len(await queued_mail(state, "ada@example.com", "two_factor_disabled")) == 1


async def test_delete_account_removes_the_second_factor(gql, state, clock):
    token = (await register_verified(gql))["token"]
    await enable(gql, clock, token)
    await challenge(gql)
    deleted = await data(gql, DELETE_ACCOUNT, {"input": {"currentPassword": PASSWORD}}, token)
    assert deleted["deleteAccount"]["__typename"] == "AccountDeleted"
    for model in (TotpCredential, RecoveryCode, LoginChallenge):
        assert await count(state, model) == 0
