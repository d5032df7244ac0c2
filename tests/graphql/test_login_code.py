"""Sign-in by a mailed code (``requestLoginCode``, ``loginWithCode``) through the ASGI app."""

from __future__ import annotations

import asyncio
import json

from sqlalchemy import select

from service.accounts.signin import email_code
from service.db.models import AuthSession, EmailCode, SecurityEvent, User
from tests.conftest import PASSWORD
from tests.graphql.test_two_factor import clock, complete, enable  # noqa: F401 - fixture
from tests.graphql.test_two_factor import login as login_for_challenge
from tests.helpers import (
    CODE_SENT_FIELDS,
    ME,
    REQUEST_PASSWORD_RESET,
    last_code,
    login,
    queued_mail,
    register,
    register_ok,
    register_verified,
)

REQUEST = f"""
mutation Ask($input: RequestLoginCodeInput!) {{
  requestLoginCode(input: $input) {{ {CODE_SENT_FIELDS} }}
}}
"""
LOGIN_WITH_CODE = """
mutation Code($input: LoginWithCodeInput!) {
  loginWithCode(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken user { username emailVerified hasPassword } }
    ... on TwoFactorRequired { challenge methods }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message }
    ... on EmailNotVerified { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}
"""
SESSION_METHODS = "query { sessions { current methods assurance } }"
WRONG = {"__typename": "InvalidCredentials", "message": email_code.WRONG_CODE_MESSAGE}


async def ask(gql, email="ada@example.com"):
    body = await gql(REQUEST, {"input": {"email": email}})
    assert "errors" not in body, body
    return body["data"]["requestLoginCode"]


async def sign_in(gql, code, email="ada@example.com", handle=None):
    variables = {"input": {"email": email, "code": code, "handle": handle}}
    body = await gql(LOGIN_WITH_CODE, variables)
    assert "errors" not in body, body
    return body["data"]["loginWithCode"]


def other(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def current_methods(gql, token):
    body = await gql(SESSION_METHODS, token=token)
    (session,) = [s for s in body["data"]["sessions"] if s["current"]]
    return session["methods"], session["assurance"]


async def event_kinds(state):
    async with state.session_factory() as db:
        statement = select(SecurityEvent.kind).order_by(SecurityEvent.at)
        return list((await db.execute(statement)).scalars())


async def test_a_mailed_code_signs_in_once_at_aal1(gql, state):
    await register_verified(gql)
    asked = await ask(gql, "ADA@Example.com")
    assert asked["__typename"] == "CodeSent" and asked["expiresInSeconds"] == 600
    [message] = await queued_mail(state, "ada@example.com", "login_code")
    data = json.loads(message.data)
    assert data["handle"] == asked["handle"] and data["username"] == "ada_lovelace"
    assert await sign_in(gql, other(data["code"])) == WRONG
    signed = await sign_in(gql, data["code"], email="ada@EXAMPLE.com")
    assert signed["__typename"] == "AuthSuccess", signed
    assert signed["user"] == {
        "username": "ada_lovelace",
        "emailVerified": True,
        "hasPassword": True,
    }
    assert signed["deviceToken"]
    assert await current_methods(gql, signed["token"]) == (["EMAIL_CODE"], "AAL1")
    assert await sign_in(gql, data["code"]) == WRONG  # used
    assert (await event_kinds(state))[-1] == "LOGIN"
    assert (await login(gql, "ada_lovelace"))["__typename"] == "AuthSuccess"  # password kept


async def test_an_unknown_address_gets_the_same_answer_and_no_mail(gql, state):
    await register_verified(gql)
    unknown = await ask(gql, "nobody@example.com")
    known = await ask(gql, "ada@example.com")
    assert unknown.keys() == known.keys() and unknown["__typename"] == "CodeSent"
    assert unknown["message"] == known["message"] and len(unknown["handle"]) == len(known["handle"])
    assert await queued_mail(state, "nobody@example.com") == []
    code = await last_code(state, "ada@example.com", "login_code")
    assert await sign_in(gql, code, email="nobody@example.com") == WRONG
    invalid = await ask(gql, "not an address")
    assert invalid["__typename"] == "ValidationError"
    assert [f["field"] for f in invalid["fields"]] == ["email"]


async def test_codes_of_other_purposes_do_not_sign_in(gql, state):
    """A verification or reset code proves the mailbox for its own operation only."""
    await register_ok(gql)
    verification = await last_code(state, "ada@example.com", "verify_email")
    assert await sign_in(gql, verification) == WRONG
    body = await gql(REQUEST_PASSWORD_RESET, {"input": {"email": "ada@example.com"}})
    assert body["data"]["requestPasswordReset"]["__typename"] == "CodeSent"
    reset = await last_code(state, "ada@example.com", "password_reset")
    assert await sign_in(gql, reset) == WRONG


async def test_the_second_factor_still_applies(gql, state, clock):  # noqa: F811
    registered = await register_verified(gql)
    await enable(gql, clock, registered["token"])
    await ask(gql)
    code = await last_code(state, "ada@example.com", "login_code")
    required = await sign_in(gql, code)
    assert required["__typename"] == "TwoFactorRequired", required
    clock.tick()
    done = await complete(gql, required["challenge"], code=clock.code())
    assert done["__typename"] == "AuthSuccess", done
    assert await current_methods(gql, done["token"]) == (["EMAIL_CODE", "TOTP"], "AAL2")


async def test_a_password_sign_in_completed_by_a_code_still_records_the_password(
    gql,
    state,
    clock,  # noqa: F811
):
    registered = await register_verified(gql)
    await enable(gql, clock, registered["token"])
    required = await login_for_challenge(gql)
    clock.tick()
    done = await complete(gql, required["challenge"], code=clock.code())
    assert await current_methods(gql, done["token"]) == (["PASSWORD", "TOTP"], "AAL2")


async def test_the_owner_of_an_unverified_address_claims_the_account(gql, state):
    """Someone registered with another person's address: that person's code signs in, and
    whoever registered keeps nothing (password, sessions, devices, a pending change)."""
    squatter = await register_ok(gql)
    await ask(gql)
    code = await last_code(state, "ada@example.com", "login_code")
    signed = await sign_in(gql, code)
    assert signed["__typename"] == "AuthSuccess", signed
    assert signed["user"]["emailVerified"] is True and signed["user"]["hasPassword"] is False
    assert (await gql(ME, token=squatter["token"]))["data"]["me"] is None
    kinds = await event_kinds(state)
    assert kinds[-2:] == ["EMAIL_VERIFIED", "LOGIN"]
    assert (await login(gql, "ada_lovelace"))["__typename"] == "InvalidCredentials"
    assert (await gql(ME, token=signed["token"]))["data"]["me"]["emailVerified"] is True
    async with state.session_factory() as db:
        sessions = (await db.execute(select(AuthSession))).scalars().all()
    assert len(sessions) == 1


async def test_a_verified_accounts_other_sessions_stay(gql, state):
    registered = await register_verified(gql)
    await ask(gql)
    signed = await sign_in(gql, await last_code(state, "ada@example.com", "login_code"))
    assert signed["__typename"] == "AuthSuccess"
    assert (await gql(ME, token=registered["token"]))["data"]["me"]["username"] == "ada_lovelace"


async def test_a_code_passes_the_verified_email_rule(make_state, make_client):
    state = make_state(require_verified_email=True)
    gql = make_client(state)
    assert (await register(gql))["__typename"] == "VerificationRequired"
    await ask(gql)
    signed = await sign_in(gql, await last_code(state, "ada@example.com", "login_code"))
    assert signed["__typename"] == "AuthSuccess", signed


async def test_a_suspended_account_gets_no_code_and_cannot_use_one(gql, state):
    await register_verified(gql)
    await ask(gql)
    code = await last_code(state, "ada@example.com", "login_code")
    async with state.unit_of_work() as uow:
        user = (await uow.session.execute(select(User))).scalar_one()
        user.status = "SUSPENDED"
        user.bump_version()
    assert (await ask(gql))["__typename"] == "CodeSent"
    assert len(await queued_mail(state, "ada@example.com", "login_code")) == 1
    assert await sign_in(gql, code) == WRONG


async def test_the_switch_turns_both_operations_off(make_state, make_client):
    state = make_state(login_by_code=False)
    gql = make_client(state)
    await register_verified(gql)
    refused = await ask(gql)
    assert refused["__typename"] == "ValidationError"
    assert refused["fields"] == [
        {"field": "email", "code": "turned_off", "message": email_code.TURNED_OFF_MESSAGE}
    ]
    assert await queued_mail(state, "ada@example.com", "login_code") == []
    assert await sign_in(gql, "123456") == {
        "__typename": "InvalidCredentials",
        "message": email_code.TURNED_OFF_MESSAGE,
    }


async def test_a_handle_checks_only_its_own_code(gql, state):
    await register_verified(gql)
    first = await ask(gql)
    first_code = await last_code(state, "ada@example.com", "login_code")
    await ask(gql)
    second_code = await last_code(state, "ada@example.com", "login_code")
    if first_code != second_code:
        assert await sign_in(gql, second_code, handle=first["handle"]) == WRONG
    signed = await sign_in(gql, first_code, handle=first["handle"])
    assert signed["__typename"] == "AuthSuccess", signed


async def test_wrong_codes_run_into_the_address_budget(make_state, make_client):
    state = make_state(rate_limit_enabled=True)
    gql = make_client(state)
    await register_verified(gql)
    await ask(gql)
    code = await last_code(state, "ada@example.com", "login_code")
    answers = [await sign_in(gql, other(other(code))) for _ in range(12)]
    assert answers[0] == WRONG
    assert answers[-1]["__typename"] == "RateLimited"


async def test_two_sign_ins_with_one_code_have_one_winner(gql, state, make_client):
    await register_verified(gql)
    await ask(gql)
    code = await last_code(state, "ada@example.com", "login_code")
    results = await asyncio.gather(sign_in(gql, code), sign_in(make_client(state), code))
    assert sorted(r["__typename"] for r in results) == ["AuthSuccess", "InvalidCredentials"]
    async with state.session_factory() as db:
        row = (await db.execute(select(EmailCode).where(EmailCode.purpose == "sign_in"))).scalar()
    assert row is None  # consumed


async def test_a_wrong_password_after_a_claim_is_refused_like_any(gql, state):
    await register_ok(gql)
    await ask(gql)
    await sign_in(gql, await last_code(state, "ada@example.com", "login_code"))
    assert (await login(gql, "ada@example.com", PASSWORD))["__typename"] == "InvalidCredentials"
