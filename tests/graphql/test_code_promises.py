"""The email code promises, each with the test that fails without the line that keeps it:
budgets on every path that mails a code or checks one, keyed by the address's normal form;
codes bound to the mailbox they were sent to; the transport's credential rules."""

from __future__ import annotations

from service.db.models import EmailCode
from tests.conftest import PASSWORD
from tests.graphql.test_browser_sessions import ASK, cookie_login, me, post, session_cookie
from tests.graphql.test_email_flows import count, forgot, reset, wrong
from tests.helpers import (
    CONFIRM_EMAIL_CHANGE,
    REQUEST_EMAIL_VERIFICATION,
    UPDATE,
    VERIFY_EMAIL,
    last_code,
    queued_mail,
    register_ok,
)


async def _typename(gql, query, variables=None, token=None, field=None):
    body = await gql(query, variables or {}, token=token)
    assert "errors" not in body, body
    (answer,) = body["data"].values() if field is None else [body["data"][field]]
    return answer["__typename"]


async def test_asking_for_a_verification_code_again_is_budgeted_per_address(
    make_state, make_client
):
    state = make_state(rate_limit_enabled=True, rate_limit_code_requests_per_address="2/hour")
    gql = make_client(state)
    token = (await register_ok(gql))["token"]
    answers = [await _typename(gql, REQUEST_EMAIL_VERIFICATION, token=token) for _ in range(3)]
    assert answers == ["CodeSent", "CodeSent", "RateLimited"]
    assert len(await queued_mail(state, template="verify_email")) == 3  # registration's and 2


async def test_reset_codes_checked_past_the_addresss_budget_are_refused_even_when_right(
    make_state, make_client
):
    state = make_state(rate_limit_enabled=True, rate_limit_code_checks_per_address="3/hour")
    gql = make_client(state)
    await register_ok(gql)
    await forgot(gql, "ada@example.com")
    code = await last_code(state, "ada@example.com", "password_reset")
    answers = [(await reset(gql, "ada@example.com", wrong(code)))["__typename"] for _ in range(3)]
    assert answers == ["InvalidCode"] * 3
    assert (await reset(gql, "ada@example.com", code))["__typename"] == "RateLimited"


async def test_a_new_email_gets_no_more_codes_than_asking_for_them_would_send(
    make_state, make_client
):
    """The code to a new address draws from that address's budget, shared with every other
    way of mailing it a code."""
    state = make_state(rate_limit_enabled=True, rate_limit_code_requests_per_address="1/hour")
    gql = make_client(state)
    token = (await register_ok(gql))["token"]
    change = {"input": {"email": "new@example.com", "currentPassword": PASSWORD}}
    assert await _typename(gql, UPDATE, change, token=token) == "UpdateUserSuccess"
    assert await _typename(gql, UPDATE, change, token=token) == "RateLimited"
    assert (await forgot(gql, "NEW@example.com"))["__typename"] == "RateLimited"
    assert len(await queued_mail(state, to="new@example.com")) == 1


async def test_email_change_codes_are_budgeted_per_account(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_code_checks_per_address="2/hour")
    gql = make_client(state)
    token = (await register_ok(gql))["token"]
    change = {"input": {"email": "new@example.com", "currentPassword": PASSWORD}}
    assert await _typename(gql, UPDATE, change, token=token) == "UpdateUserSuccess"
    code = await last_code(state, "new@example.com", "confirm_email_change")
    answers = [
        await _typename(gql, CONFIRM_EMAIL_CHANGE, {"input": {"code": wrong(code)}}, token=token)
        for _ in range(2)
    ]
    assert answers == ["InvalidCode", "InvalidCode"]
    right = {"input": {"code": code}}
    assert await _typename(gql, CONFIRM_EMAIL_CHANGE, right, token=token) == "RateLimited"


async def test_every_spelling_of_an_address_shares_one_budget_for_code_checks(
    make_state, make_client
):
    state = make_state(rate_limit_enabled=True, rate_limit_code_checks_per_address="2/hour")
    gql = make_client(state)
    await register_ok(gql)
    answers = [
        await _typename(gql, VERIFY_EMAIL, {"input": {"email": spelling, "code": "000000"}})
        for spelling in ("ada@example.com", "ADA@Example.COM", " Ada@EXAMPLE.com ")
    ]
    assert answers == ["InvalidCode", "InvalidCode", "RateLimited"]


async def test_codes_sent_to_the_old_address_die_with_an_email_change(gql, state):
    """Whoever still reads the old mailbox cannot reset the password (nor verify) with a code
    sent there before the owner moved to a new address."""
    token = (await register_ok(gql))["token"]
    await forgot(gql, "ada@example.com")
    old_reset = await last_code(state, "ada@example.com", "password_reset")
    change = {"input": {"email": "new@example.com", "currentPassword": PASSWORD}}
    assert await _typename(gql, UPDATE, change, token=token) == "UpdateUserSuccess"
    code = await last_code(state, "new@example.com", "confirm_email_change")
    confirm = {"input": {"code": code}}
    assert await _typename(gql, CONFIRM_EMAIL_CHANGE, confirm, token=token) == "UpdateUserSuccess"
    assert await count(state, EmailCode) == 0
    assert (await reset(gql, "ada@example.com", old_reset))["__typename"] == "InvalidCode"
    assert (await reset(gql, "new@example.com", old_reset))["__typename"] == "InvalidCode"


async def test_another_authorization_scheme_leaves_the_cookie_session_alone(gql):
    """``Basic …`` carries no session token: the browser's cookie still names the caller."""
    cookie = await cookie_login(gql)
    answer = await me(gql, cookie, headers={"Authorization": "Basic YWRhOnNlY3JldA=="})
    assert answer["username"] == "ada_lovelace"


async def test_one_response_carries_one_session_cookie(gql):
    """The cookie is cleared (every session ended) and a new session set in one request: the
    response says only the last word (two Set-Cookie headers for one cookie would leave the
    browser to pick)."""
    cookie = await cookie_login(gql)
    both = (
        "mutation L($input: LoginInput!) { logoutAll { __typename } "
        "login(input: $input) { __typename } }"
    )
    credentials = {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}
    response = await post(gql, both, credentials, cookie=cookie, headers=ASK)
    assert response.json()["data"]["login"]["__typename"] == "AuthSuccess"
    morsel, _ = session_cookie(response)  # asserts a single header for the cookie
    assert morsel.value and int(morsel["max-age"]) > 0
    assert await me(gql, cookie) is None
    assert (await me(gql, morsel.value))["username"] == "ada_lovelace"
