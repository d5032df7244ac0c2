"""The email code promises, each with the test that fails without the line that keeps it:
budgets on every path that mails a code or checks one, keyed by the address's normal form;
codes bound to the mailbox they were sent to; the transport's credential rules."""

from __future__ import annotations

import json

from service.db.models import EmailCode
from tests.conftest import PASSWORD
from tests.graphql.test_browser_sessions import ASK, cookie_login, me, post, session_cookie
from tests.graphql.test_email_flows import (
    INVALID_CODE,
    VERIFY_TELLING,
    change_email,
    confirm,
    count,
    forgot,
    reset,
    wrong,
)
from tests.helpers import (
    CONFIRM_EMAIL_CHANGE,
    ME,
    REQUEST_EMAIL_VERIFICATION,
    UPDATE,
    VERIFY_EMAIL,
    last_code,
    login,
    queued_mail,
    register_ok,
    taken,
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


def _behind_a_proxy(make_state, make_client, **limits):
    """A service with budgets on, behind a proxy on loopback: ``_from`` names each client."""
    state = make_state(rate_limit_enabled=True, trusted_proxies=["127.0.0.1"], **limits)
    return state, make_client(state)


def _from(ip: str) -> dict[str, str]:
    return {"X-Forwarded-For": ip}


async def test_email_change_code_checks_are_each_clients_budget_for_each_account(
    make_state, make_client
):
    """Wrong codes for one account from one client spend that client's budget for that
    account only: another client, or the same client on another account, still gets answers."""
    state, gql = _behind_a_proxy(
        make_state, make_client, rate_limit_code_checks_per_address="2/hour"
    )
    ada = (await register_ok(gql))["token"]
    bob = (await register_ok(gql, email="bob@example.com", username="bob_builder"))["token"]
    for token, new in ((ada, "ada2@example.com"), (bob, "bob2@example.com")):
        change = {"input": {"email": new, "currentPassword": PASSWORD}}
        assert await _typename(gql, UPDATE, change, token=token) == "UpdateUserSuccess"
    code = await last_code(state, "ada2@example.com", "confirm_email_change")

    async def confirm(token, submitted, ip):
        body = await gql(
            CONFIRM_EMAIL_CHANGE, {"input": {"code": submitted}}, token=token, headers=_from(ip)
        )
        return body["data"]["confirmEmailChange"]["__typename"]

    assert [await confirm(ada, wrong(code), "198.51.100.1") for _ in range(3)] == [
        "InvalidCode",
        "InvalidCode",
        "RateLimited",
    ]
    assert await confirm(bob, "000000", "198.51.100.1") == "InvalidCode"  # another account
    assert await confirm(ada, code, "198.51.100.2") == "UpdateUserSuccess"  # another client


async def test_an_email_change_of_only_the_local_parts_case_is_confirmed(gql, state):
    """``Ada@`` to ``ada@``: the same account's own address is no conflict."""
    token = (await register_ok(gql, email="Ada@example.com"))["token"]
    change = {"input": {"email": "ada@example.com", "currentPassword": PASSWORD}}
    assert await _typename(gql, UPDATE, change, token=token) == "UpdateUserSuccess"
    code = await last_code(state, "ada@example.com", "confirm_email_change")
    body = await gql(CONFIRM_EMAIL_CHANGE, {"input": {"code": code}}, token=token)
    assert body["data"]["confirmEmailChange"]["__typename"] == "UpdateUserSuccess", body
    me_now = (await gql("{ me { email pendingEmail } }", token=token))["data"]["me"]
    assert me_now == {"email": "ada@example.com", "pendingEmail": None}


async def test_setting_the_email_back_cancels_the_pending_change_and_its_code(gql, state):
    token = (await register_ok(gql))["token"]
    registered_code = await last_code(state, "ada@example.com", "verify_email")
    change = {"input": {"email": "new@example.com", "currentPassword": PASSWORD}}
    assert await _typename(gql, UPDATE, change, token=token) == "UpdateUserSuccess"
    code = await last_code(state, "new@example.com", "confirm_email_change")
    back = await gql(
        "mutation($i: UpdateUserInput!) { updateUser(input: $i) { __typename "
        "... on UpdateUserSuccess { user { email pendingEmail } } } }",
        {"i": {"email": "ada@example.com"}},
        token=token,
    )
    assert back["data"]["updateUser"] == {
        "__typename": "UpdateUserSuccess",
        "user": {"email": "ada@example.com", "pendingEmail": None},
    }
    assert await count(state, EmailCode, purpose="email_change") == 0
    body = await gql(CONFIRM_EMAIL_CHANGE, {"input": {"code": code}}, token=token)
    assert body["data"]["confirmEmailChange"]["__typename"] == "InvalidCode"
    # the code that verifies the address itself is not the change's: it still works
    verify = {"input": {"email": "ada@example.com", "code": registered_code}}
    verified = await gql(VERIFY_EMAIL, verify, token=token)
    assert verified["data"]["verifyEmail"]["__typename"] == "EmailVerified"


async def test_asking_to_verify_a_verified_address_is_a_typed_error(gql, state):
    token = (await register_ok(gql))["token"]
    code = await last_code(state, "ada@example.com", "verify_email")
    verify = {"input": {"email": "ada@example.com", "code": code}}
    verified = await gql(VERIFY_EMAIL, verify, token=token)  # from its own session
    assert verified["data"]["verifyEmail"]["__typename"] == "EmailVerified"
    body = await gql(
        "mutation { requestEmailVerification { __typename "
        "... on ValidationError { fields { field code message } } } }",
        token=token,
    )
    assert body["data"]["requestEmailVerification"] == {
        "__typename": "ValidationError",
        "fields": [
            {
                "field": "email",
                "code": "already_verified",
                "message": "This email address is verified already.",
            }
        ],
    }


async def test_verification_codes_share_the_addresss_budget_with_resets_per_client(
    make_state, make_client
):
    """Asking for a verification code draws from the client's budget for the address, the
    same budget a password reset of it draws from; another client has its own."""
    _, gql = _behind_a_proxy(make_state, make_client, rate_limit_code_requests_per_address="2/hour")
    token = (await register_ok(gql))["token"]
    here, there = _from("198.51.100.1"), _from("198.51.100.2")

    async def ask(headers):
        body = await gql(REQUEST_EMAIL_VERIFICATION, token=token, headers=headers)
        return body["data"]["requestEmailVerification"]["__typename"]

    assert await ask(here) == "CodeSent"
    assert (await forgot(gql, "ADA@example.com", headers=here))["__typename"] == "CodeSent"
    assert await ask(here) == "RateLimited"
    assert await ask(there) == "CodeSent"


async def test_a_claim_keeps_the_owners_reset_code(gql, state):
    """The mailbox's owner claims the account (a first proof without the handle), then sets a
    password with the reset code mailed before: only the squatter's pending change dies."""
    await register_ok(gql)
    await forgot(gql, "ada@example.com")
    reset_code = await last_code(state, "ada@example.com", "password_reset")
    code = await last_code(state, "ada@example.com", "verify_email")
    verified = await gql(VERIFY_EMAIL, {"input": {"email": "ada@example.com", "code": code}})
    assert verified["data"]["verifyEmail"]["__typename"] == "EmailVerified"
    assert (await reset(gql, "ada@example.com", reset_code))["__typename"] == "AuthSuccess"


async def test_a_verification_with_its_handle_is_not_held_to_the_addresss_check_budget(
    make_state, make_client
):
    state, gql = _behind_a_proxy(
        make_state, make_client, rate_limit_code_checks_per_address="2/hour"
    )
    token = (await register_ok(gql))["token"]
    sent = await gql(
        "mutation { requestEmailVerification { ... on CodeSent { handle } } }", token=token
    )
    handle = sent["data"]["requestEmailVerification"]["handle"]
    code = await last_code(state, "ada@example.com", "verify_email")

    async def attempt(submitted, with_handle, ip="198.51.100.1"):
        proof = {"email": "ada@example.com", "code": submitted}
        if with_handle:
            proof["handle"] = handle
        body = await gql(VERIFY_TELLING, {"input": proof}, headers=_from(ip))
        return body["data"]["verifyEmail"]

    assert [(await attempt(wrong(code), True))["__typename"] for _ in range(3)] == [
        "InvalidCode"
    ] * 3
    assert await attempt(code, True) == {
        "__typename": "EmailVerified",
        "email": "ada@example.com",
        "hasPassword": True,  # with the handle of its request: no claim
    }
    answers = [(await attempt("000000", False))["__typename"] for _ in range(3)]
    assert answers == ["InvalidCode", "InvalidCode", "RateLimited"]
    # another client has a budget of its own for the address
    assert (await attempt("000000", False, ip="198.51.100.2"))["__typename"] == "InvalidCode"


async def test_verifying_a_verified_address_again_tells_whether_it_has_a_password(gql, state):
    token = (await register_ok(gql))["token"]
    first = await last_code(state, "ada@example.com", "verify_email")
    await gql(REQUEST_EMAIL_VERIFICATION, token=token)
    second = await last_code(state, "ada@example.com", "verify_email")
    assert first != second
    for code in (first, second):
        body = await gql(
            VERIFY_TELLING, {"input": {"email": "ada@example.com", "code": code}}, token=token
        )
        assert body["data"]["verifyEmail"] == {
            "__typename": "EmailVerified",
            "email": "ada@example.com",
            "hasPassword": True,
        }


async def test_a_bearer_token_of_an_ended_session_clears_no_cookie(gql):
    """Only a cookie's own ended session drops the cookie; a stale bearer token leaves the
    browser's cookies alone, and a cookie from the service's own origin is read."""
    token = (await register_ok(gql))["token"]
    await gql("mutation { logout { __typename } }", token=token)
    response = await post(gql, "{ me { id } }", headers={"Authorization": f"Bearer {token}"})
    assert response.json()["data"]["me"] is None
    assert session_cookie(response) is None
    cookie = await cookie_login(gql)
    own_origin = {"Origin": "http://testserver"}
    assert (await me(gql, cookie, headers=own_origin))["username"] == "ada_lovelace"
    await post(gql, "mutation { logoutAll { __typename } }", cookie=cookie)
    response = await post(gql, "{ me { id } }", cookie=cookie, headers=own_origin)
    assert response.json()["data"]["me"] is None
    morsel, _ = session_cookie(response)
    assert morsel.value == "" and int(morsel["max-age"]) == 0


# an email change, confirmed or dropped ---------------------------------------------------


async def test_email_change_is_pending_until_confirmed(gql, state):
    token = (await register_ok(gql))["token"]
    pending = await change_email(gql, token, "ada@new.example")
    assert (pending["user"]["email"], pending["user"]["pendingEmail"]) == (
        "ada@example.com",
        "ada@new.example",
    )
    assert (await login(gql, "ada@new.example"))["__typename"] == "InvalidCredentials"
    code = await last_code(state, "ada@new.example", "confirm_email_change")
    assert await confirm(gql, token, wrong(code)) == INVALID_CODE
    done = await confirm(gql, token, code)
    assert done["__typename"] == "UpdateUserSuccess"
    assert done["user"]["email"] == "ada@new.example"
    assert done["user"]["pendingEmail"] is None and done["user"]["emailVerified"] is True
    [notice] = await queued_mail(state, "ada@example.com", "email_changed")
    assert json.loads(notice.data)["new_email"] == "ada@new.example"
    assert (await login(gql, "ada@new.example"))["__typename"] == "AuthSuccess"
    assert await confirm(gql, token, code) == INVALID_CODE


async def test_email_change_checks_uniqueness_again(gql, state):
    token = (await register_ok(gql))["token"]
    await change_email(gql, token, "shared@example.com")
    code = await last_code(state, "shared@example.com", "confirm_email_change")
    await register_ok(gql, email="shared@example.com", username="bob_builder")
    taken_now = await confirm(gql, token, code)
    assert taken_now == {
        "__typename": "UserAlreadyExists",
        "message": "A user with this email already exists.",
        "fields": taken("email"),
    }
    me = (await gql(ME, token=token))["data"]["me"]
    assert (me["email"], me["pendingEmail"]) == ("ada@example.com", None)
    assert await confirm(gql, token, code) == INVALID_CODE  # used up with the change


async def test_verifying_a_claimed_address_again_tells_it_has_no_password(gql, state):
    """A code sent before the claim still proves the mailbox, and the answer says the
    account has no password yet (the owner sets one with a reset)."""
    token = (await register_ok(gql))["token"]
    first = await last_code(state, "ada@example.com", "verify_email")
    await gql(REQUEST_EMAIL_VERIFICATION, token=token)
    second = await last_code(state, "ada@example.com", "verify_email")
    answers = []
    for code in (second, first):  # without a session or a handle: a claim, then a proof
        body = await gql(VERIFY_TELLING, {"input": {"email": "ada@example.com", "code": code}})
        answers.append(body["data"]["verifyEmail"])
    assert (
        answers
        == [{"__typename": "EmailVerified", "email": "ada@example.com", "hasPassword": False}] * 2
    )


async def test_every_spelling_of_a_new_address_shares_its_budget(make_state, make_client):
    """Moving the pending email between spellings of one mailbox (the local part's case) does
    not mail it more often than asking for codes could."""
    state = make_state(rate_limit_enabled=True, rate_limit_code_requests_per_address="1/hour")
    gql = make_client(state)
    token = (await register_ok(gql))["token"]
    answers = []
    for spelling in ("Victim@example.net", "vICTIM@example.net"):
        change = {"input": {"email": spelling, "currentPassword": PASSWORD}}
        answers.append(await _typename(gql, UPDATE, change, token=token))
    assert answers == ["UpdateUserSuccess", "RateLimited"]
