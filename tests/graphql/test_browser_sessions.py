"""Browser sessions: the token in an HttpOnly cookie, accepted only where it cannot be forged."""

from __future__ import annotations

import json
from http.cookies import SimpleCookie
from typing import Any

import httpx
import pytest

from service.graphql.browser_session import COOKIE
from tests.conftest import PASSWORD
from tests.helpers import (
    CHANGE_PASSWORD,
    LOGIN,
    LOGOUT,
    LOGOUT_ALL,
    ME,
    REGISTER,
    REQUEST_PASSWORD_RESET,
    last_code,
    password_change,
    registration,
)

ASK = {"Accounts-Session": "cookie"}
JSON = "application/json"


async def post(
    gql: Any,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    cookie: str | None = None,
    headers: dict[str, str] | None = None,
    content_type: str = JSON,
) -> httpx.Response:
    all_headers = {"Content-Type": content_type, **(headers or {})}
    if cookie is not None:
        all_headers["Cookie"] = f"{COOKIE}={cookie}"
    body = json.dumps({"query": query, "variables": variables or {}})
    http: httpx.AsyncClient = gql.http
    http.cookies.clear()  # only the Cookie header each test sends
    return await http.post("/graphql", content=body, headers=all_headers)


def session_cookie(response: httpx.Response) -> Any:
    headers = [v for k, v in response.headers.multi_items() if k.lower() == "set-cookie"]
    mine = [h for h in headers if h.startswith(f"{COOKIE}=")]
    assert len(mine) <= 1, mine
    if not mine:
        return None
    parsed = SimpleCookie()
    parsed.load(mine[0])
    return parsed[COOKIE], mine[0]


async def cookie_login(gql: Any) -> str:
    await post(gql, REGISTER, {"input": registration()})
    response = await post(
        gql, LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}, headers=ASK
    )
    found = session_cookie(response)
    assert found is not None
    return str(found[0].value)


async def me(gql: Any, cookie: str, **kwargs: Any) -> Any:
    response = await post(gql, ME, cookie=cookie, **kwargs)
    if response.status_code != 200:
        return response.status_code
    return response.json()["data"]["me"]


async def test_login_sets_a_host_only_httponly_cookie_and_no_token_in_the_body(gql):
    await post(gql, REGISTER, {"input": registration()})
    response = await post(
        gql, LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}, headers=ASK
    )
    result = response.json()["data"]["login"]
    assert result["__typename"] == "AuthSuccess"
    assert result["token"] == ""
    morsel, header = session_cookie(response)
    assert morsel.value.startswith("acc_") or len(morsel.value) > 30
    assert morsel["httponly"] and morsel["secure"]
    assert morsel["samesite"] == "Lax" and morsel["path"] == "/"
    assert not morsel["domain"]
    assert int(morsel["max-age"]) == 30 * 24 * 3600
    assert "HttpOnly" in header and "Secure" in header


async def test_registration_can_open_a_browser_session(gql):
    response = await post(gql, REGISTER, {"input": registration()}, headers=ASK)
    assert response.json()["data"]["registerUser"]["token"] == ""
    morsel, _ = session_cookie(response)
    assert (await me(gql, morsel.value))["username"] == "ada_lovelace"


async def test_without_the_header_the_token_stays_in_the_body_and_no_cookie_is_set(gql):
    response = await post(gql, REGISTER, {"input": registration()})
    assert response.json()["data"]["registerUser"]["token"]
    assert session_cookie(response) is None


async def test_the_cookie_authenticates_json_requests(gql):
    token = await cookie_login(gql)
    assert (await me(gql, token))["username"] == "ada_lovelace"
    allowed = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
    assert (await me(gql, token, headers=allowed))["username"] == "ada_lovelace"


@pytest.mark.parametrize(
    ("content_type", "headers"),
    [
        ("text/plain", {}),  # what a cross-site form or a simple fetch can send
        ("application/x-www-form-urlencoded", {}),
        ("multipart/form-data; boundary=x", {}),
        (JSON, {"Origin": "http://evil.example"}),
        (JSON, {"Origin": "null"}),
        (JSON, {"Origin": "http://testserver.evil.example"}),
        (JSON, {"Sec-Fetch-Site": "cross-site"}),
        (JSON, {"Sec-Fetch-Site": "same-site"}),
    ],
)
async def test_the_cookie_is_ignored_where_a_cross_site_page_could_send_it(
    gql, content_type, headers
):
    token = await cookie_login(gql)
    answer = await me(gql, token, content_type=content_type, headers=headers)
    assert answer is None or isinstance(answer, int)  # no caller, or the body is refused


async def test_a_preflighted_request_may_use_the_cookie(gql):
    token = await cookie_login(gql)
    response = await post(gql, ME, cookie=token, headers={"Apollo-Require-Preflight": "true"})
    assert response.json()["data"]["me"]["username"] == "ada_lovelace"


async def test_a_get_query_never_uses_the_cookie(gql):
    token = await cookie_login(gql)
    gql.http.cookies.clear()
    response = await gql.http.get(
        "/graphql", params={"query": ME}, headers={"Cookie": f"{COOKIE}={token}"}
    )
    assert response.status_code != 200 or response.json()["data"]["me"] is None


async def test_cors_origins_may_use_the_cookie(make_state, make_client):
    gql = make_client(make_state(cors_origins=["http://app.example"]))
    token = await cookie_login(gql)
    assert (await me(gql, token, headers={"Origin": "http://app.example"}))["username"]
    assert await me(gql, token, headers={"Origin": "http://other.example"}) is None


async def test_a_bearer_token_wins_over_the_cookie(gql):
    token = await cookie_login(gql)
    other = await post(
        gql,
        REGISTER,
        {"input": registration(username="grace_hopper", email="grace@example.com")},
    )
    bearer = other.json()["data"]["registerUser"]["token"]
    answer = await me(gql, token, headers={"Authorization": f"Bearer {bearer}"})
    assert answer["username"] == "grace_hopper"


async def test_logout_revokes_the_session_and_clears_the_cookie(gql):
    token = await cookie_login(gql)
    response = await post(gql, LOGOUT, cookie=token)
    assert response.json()["data"]["logout"]["revokedSessions"] == 1
    morsel, _ = session_cookie(response)
    assert morsel.value == "" and int(morsel["max-age"]) == 0
    assert await me(gql, token) is None


async def test_logout_all_clears_the_cookie(gql):
    token = await cookie_login(gql)
    response = await post(gql, LOGOUT_ALL, cookie=token)
    assert response.json()["data"]["logoutAll"]["__typename"] == "LogoutSuccess"
    morsel, _ = session_cookie(response)
    assert int(morsel["max-age"]) == 0
    assert await me(gql, token) is None


async def test_a_bearer_logout_leaves_cookies_alone(gql):
    response = await post(gql, REGISTER, {"input": registration()})
    bearer = response.json()["data"]["registerUser"]["token"]
    logout = await post(gql, LOGOUT, headers={"Authorization": f"Bearer {bearer}"})
    assert logout.json()["data"]["logout"]["revokedSessions"] == 1
    assert session_cookie(logout) is None


async def test_a_password_change_replaces_the_cookie(gql):
    token = await cookie_login(gql)
    response = await post(
        gql,
        CHANGE_PASSWORD,
        password_change(PASSWORD, "An0ther-Long-Passphrase!"),
        cookie=token,
        headers=ASK,
    )
    assert response.json()["data"]["changePassword"]["__typename"] == "AuthSuccess"
    morsel, _ = session_cookie(response)
    assert morsel.value and morsel.value != token and int(morsel["max-age"]) > 0
    assert await me(gql, token) is None
    assert (await me(gql, morsel.value))["username"] == "ada_lovelace"


async def test_a_failed_login_leaves_the_cookie_alone(gql):
    token = await cookie_login(gql)
    wrong = {"input": {"identifier": "ada_lovelace", "password": "Wrong-Pass-1"}}
    response = await post(gql, LOGIN, wrong, cookie=token, headers=ASK)
    assert response.json()["data"]["login"]["__typename"] == "InvalidCredentials"
    assert session_cookie(response) is None
    assert (await me(gql, token))["username"] == "ada_lovelace"


async def test_a_cookie_whose_session_ended_elsewhere_is_dropped(gql):
    token = await cookie_login(gql)
    other = await post(gql, LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}})
    bearer = other.json()["data"]["login"]["token"]
    await post(gql, LOGOUT_ALL, headers={"Authorization": f"Bearer {bearer}"})
    response = await post(gql, ME, cookie=token)
    assert response.json()["data"]["me"] is None
    morsel, _ = session_cookie(response)
    assert morsel.value == "" and int(morsel["max-age"]) == 0
    # where the cookie may not be used, it is not looked at, so not dropped either
    cross = await post(gql, ME, cookie=token, headers={"Origin": "https://evil.example"})
    assert session_cookie(cross) is None


# A field that loads the caller first, then one that may end sessions (of another account).
CALLER_THEN = "mutation { requestEmailVerification { __typename } %s }"
FAILED_RESET = (
    'resetPassword(input: {email: "ada@example.com", code: "000000", newPassword: "x",'
    ' newPasswordConfirmation: "x"}) { __typename }'
)
FAILED_COMPLETION = (
    'completeLogin(input: {challenge: "tfa_unknown", code: "000000"}) { __typename }'
)


@pytest.mark.parametrize("field", [FAILED_RESET, FAILED_COMPLETION])
async def test_a_failed_reset_or_second_factor_leaves_the_cookie_alone(gql, field):
    token = await cookie_login(gql)
    response = await post(gql, CALLER_THEN % field, cookie=token)
    body = response.json()
    assert body["data"]["requestEmailVerification"]["__typename"] == "CodeSent", body
    assert session_cookie(response) is None
    assert (await me(gql, token))["username"] == "ada_lovelace"


RESET_AS_CALLER = """
mutation Reset($input: ResetPasswordInput!) {
  requestEmailVerification { __typename }
  resetPassword(input: $input) { __typename }
}
"""


async def reset_as_caller(gql: Any, state: Any, token: str, email: str) -> httpx.Response:
    await post(gql, REQUEST_PASSWORD_RESET, {"input": {"email": email}})
    code = await last_code(state, email, "password_reset")
    new = "An0ther-Long-Passphrase!"
    variables = {
        "input": {"email": email, "code": code, "newPassword": new, "newPasswordConfirmation": new}
    }
    response = await post(gql, RESET_AS_CALLER, variables, cookie=token)
    assert response.json()["data"]["resetPassword"]["__typename"] == "AuthSuccess"
    return response


async def test_a_reset_of_another_account_leaves_the_cookie_alone(gql, state):
    token = await cookie_login(gql)
    grace = registration(username="grace_hopper", email="grace@example.com")
    await post(gql, REGISTER, {"input": grace})
    response = await reset_as_caller(gql, state, token, "grace@example.com")
    assert session_cookie(response) is None
    assert (await me(gql, token))["username"] == "ada_lovelace"


async def test_a_reset_of_the_callers_account_clears_the_cookie(gql, state):
    token = await cookie_login(gql)
    response = await reset_as_caller(gql, state, token, "ada@example.com")
    morsel, _ = session_cookie(response)
    assert int(morsel["max-age"]) == 0
    assert await me(gql, token) is None


def request(method: str = "POST", **headers: str) -> Any:
    from starlette.requests import Request

    raw = [(k.replace("_", "-").lower().encode(), v.encode()) for k, v in headers.items()]
    scope = {
        "type": "http",
        "method": method,
        "path": "/graphql",
        "scheme": "http",
        "headers": [(b"host", b"testserver"), *raw],
        "query_string": b"",
    }
    return Request(scope)


@pytest.mark.parametrize(
    ("method", "headers", "expected"),
    [
        ("POST", {"content_type": JSON}, True),
        ("POST", {"content_type": "application/json; charset=utf-8"}, True),
        ("POST", {"content_type": "Application/JSON"}, True),
        ("POST", {"content_type": "application/json; charset=utf-8; profile=x"}, True),
        ("POST", {"content_type": "text/plain"}, False),
        ("POST", {"content_type": "application/x-www-form-urlencoded"}, False),
        ("POST", {"content_type": "multipart/form-data; boundary=x"}, False),
        ("POST", {"content_type": "multipart/form-data", "apollo_require_preflight": "1"}, True),
        ("POST", {"content_type": "text/plain", "x_apollo_operation_name": "Me"}, True),
        ("POST", {}, False),
        ("GET", {"content_type": JSON}, False),
        ("POST", {"content_type": JSON, "origin": "http://testserver"}, True),
        ("POST", {"content_type": JSON, "origin": "HTTP://TESTSERVER"}, True),
        ("POST", {"content_type": JSON, "origin": "http://127.0.0.1:8000"}, True),  # public URL
        ("POST", {"content_type": JSON, "origin": "http://evil.example"}, False),
        ("POST", {"content_type": JSON, "origin": "null"}, False),
        ("POST", {"content_type": JSON, "sec_fetch_site": "same-origin"}, True),
        ("POST", {"content_type": JSON, "sec_fetch_site": "none"}, True),
        ("POST", {"content_type": JSON, "sec_fetch_site": "same-site"}, False),
        ("POST", {"content_type": JSON, "sec_fetch_site": "cross-site"}, False),
    ],
)
def test_which_requests_cannot_be_forged(method, headers, expected):
    from service.config import Settings
    from service.graphql.browser_session import cannot_be_forged

    settings = Settings(public_url="http://127.0.0.1:8000")
    assert cannot_be_forged(request(method, **headers), settings) is expected


# A sign-in that replaces a cookie ends the session the cookie named -------------------------

LOGIN_ADA = {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}
EVENTS = "query { securityEvents(first: 20) { edges { node { kind ipAddress userAgent } } } }"


def revoked_so_far() -> float:
    from service.observability import SESSIONS_REVOKED

    return SESSIONS_REVOKED._value.get()


async def test_a_sign_in_with_a_cookie_ends_the_session_the_old_cookie_named(gql):
    old = await cookie_login(gql)
    bearer = (await post(gql, LOGIN, LOGIN_ADA)).json()["data"]["login"]["token"]
    before = revoked_so_far()
    response = await post(
        gql,
        LOGIN,
        LOGIN_ADA,
        cookie=old,
        headers={**ASK, "User-Agent": "replacing-agent", "Origin": "http://testserver"},
    )
    assert response.json()["data"]["login"]["__typename"] == "AuthSuccess"
    morsel, _ = session_cookie(response)
    assert morsel.value and morsel.value != old
    assert revoked_so_far() - before == 1
    assert await me(gql, old) is None  # the replaced session ended, not only its cookie
    assert (await me(gql, morsel.value))["username"] == "ada_lovelace"
    auth = {"Authorization": f"Bearer {bearer}"}
    assert (await me(gql, "", headers=auth))["username"] == "ada_lovelace"  # others live on
    events = (await post(gql, EVENTS, headers=auth)).json()["data"]["securityEvents"]["edges"]
    kinds = [edge["node"] for edge in events]
    assert kinds[0] == {"kind": "LOGOUT", "ipAddress": "127.0.0.1", "userAgent": "replacing-agent"}
    assert [k["kind"] for k in kinds].count("LOGOUT") == 1


@pytest.mark.parametrize("cookie", ["not-a-token", "ses_" + "A" * 43])
async def test_a_sign_in_replacing_a_cookie_of_no_session_ends_nothing(gql, cookie):
    await cookie_login(gql)
    bearer = (await post(gql, LOGIN, LOGIN_ADA)).json()["data"]["login"]["token"]
    before = revoked_so_far()
    response = await post(gql, LOGIN, LOGIN_ADA, cookie=cookie, headers=ASK)
    assert response.json()["data"]["login"]["__typename"] == "AuthSuccess"
    assert revoked_so_far() == before
    auth = {"Authorization": f"Bearer {bearer}"}
    events = (await post(gql, EVENTS, headers=auth)).json()["data"]["securityEvents"]["edges"]
    assert "LOGOUT" not in [edge["node"]["kind"] for edge in events]


async def test_end_replaced_ends_only_the_named_session_and_counts_it(state):
    """The service call itself: how many ended, 0 for a token of no session or not one."""
    from service.accounts.sessions import logouts
    from tests.accounts.support import CLIENT, register

    first = await register(state)
    second = await register(state, email="bob@example.com", username="bob_builder")
    assert first.token and second.token
    async with state.unit_of_work() as uow:
        assert await logouts.end_replaced(uow, "not-a-token", CLIENT) == 0
        assert await logouts.end_replaced(uow, "ses_" + "A" * 43, CLIENT) == 0
        assert await logouts.end_replaced(uow, first.token, CLIENT) == 1
        assert await logouts.end_replaced(uow, first.token, CLIENT) == 0
    from tests.accounts.support import viewer_of

    assert await viewer_of(state, first.token) is None
    assert (await viewer_of(state, second.token)) is not None


# A request that ends another session, or the account, and the cookie ------------------------

REVOKE = "mutation($id: ID!) { revokeSession(id: $id) { __typename } }"
SESSION_IDS = "query { sessions { id current } }"


async def test_revoking_another_session_keeps_the_cookie_and_revoking_its_own_drops_it(gql):
    token = await cookie_login(gql)
    await post(gql, LOGIN, LOGIN_ADA)
    sessions = (await post(gql, SESSION_IDS, cookie=token)).json()["data"]["sessions"]
    other = next(s["id"] for s in sessions if not s["current"])
    [own] = [s["id"] for s in sessions if s["current"]]
    response = await post(gql, REVOKE, {"id": other}, cookie=token)
    assert response.json()["data"]["revokeSession"]["__typename"] == "LogoutSuccess"
    assert session_cookie(response) is None
    assert (await me(gql, token))["username"] == "ada_lovelace"
    events = (await post(gql, EVENTS, cookie=token)).json()["data"]["securityEvents"]["edges"]
    assert events[0]["node"]["kind"] == "SESSION_REVOKED"
    response = await post(gql, REVOKE, {"id": own}, cookie=token)
    morsel, _ = session_cookie(response)
    assert morsel.value == "" and int(morsel["max-age"]) == 0
    assert await me(gql, token) is None
    bearer = (await post(gql, LOGIN, LOGIN_ADA)).json()["data"]["login"]["token"]
    auth = {"Authorization": f"Bearer {bearer}"}
    events = (await post(gql, EVENTS, headers=auth)).json()["data"]["securityEvents"]["edges"]
    assert [edge["node"]["kind"] for edge in events[:3]] == ["LOGIN", "LOGOUT", "SESSION_REVOKED"]


async def test_deleting_the_account_drops_its_cookie(gql):
    token = await cookie_login(gql)
    delete = "mutation($p: String!) { deleteAccount(input: {currentPassword: $p}) { __typename } }"
    response = await post(gql, delete, {"p": PASSWORD}, cookie=token)
    assert response.json()["data"]["deleteAccount"]["__typename"] == "AccountDeleted"
    morsel, _ = session_cookie(response)
    assert morsel.value == "" and int(morsel["max-age"]) == 0


# Which origins may use the cookie ------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://Accounts.Example.com", "https://accounts.example.com"),
        ("HTTPS://accounts.example.com/base/path", "https://accounts.example.com"),
        ("https://accounts.example.com:8443/a/b/c", "https://accounts.example.com:8443"),
        ("https://accounts.example.com/?next=http://evil.example", "https://accounts.example.com"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
    ],
)
def test_the_origin_of_a_configured_url(url, origin):
    from service.graphql.browser_session import _origin_of

    assert _origin_of(url) == origin


def test_allowed_origins_are_the_own_host_the_public_url_and_cors_origins():
    from service.config import Settings
    from service.graphql.browser_session import allowed_origins

    settings = Settings(
        public_url="https://Accounts.Example.com/base",
        cors_origins=["https://App.Example.com"],
    )
    assert allowed_origins(request(), settings) == {
        "http://testserver",
        "https://accounts.example.com",
        "https://app.example.com",
    }
    from starlette.requests import Request

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/graphql",
        "scheme": "http",
        "headers": [(b"content-type", b"application/json")],
        "query_string": b"",
    }
    no_host = Request(scope)  # an HTTP/1.0 request may come without a Host
    assert allowed_origins(no_host, settings) == {
        "://",
        "https://accounts.example.com",
        "https://app.example.com",
    }


def test_a_session_cookie_replaces_only_its_own_set_cookie_header():
    from starlette.responses import Response

    from service.config import Settings
    from service.graphql.browser_session import set_session

    response = Response()
    response.set_cookie("theme", "dark")
    settings = Settings()
    set_session(response, "first", settings)
    set_session(response, "second", settings)
    headers = [v for k, v in response.headers.items() if k == "set-cookie"]
    assert len(headers) == 2 and headers[0].startswith("theme=dark")
    assert headers[1].startswith(f"{COOKIE}=second;")


async def test_fields_after_a_password_change_in_one_request_see_no_caller(gql):
    """The cookie's session ended with the change (a new one is set): a later field of the
    same document does not act as the ended session."""
    token = await cookie_login(gql)
    both = (
        "mutation C($input: ChangePasswordInput!) { changePassword(input: $input) "
        "{ __typename } requestEmailVerification { __typename } }"
    )
    change = password_change(PASSWORD, "An0ther-Long-Passphrase!")
    response = await post(gql, both, change, cookie=token, headers=ASK)
    body = response.json()
    # the second field is non-null: its refusal nulls the whole answer, not the change
    assert body["data"] is None
    assert [(e["path"], e["extensions"]["code"]) for e in body["errors"]] == [
        (["requestEmailVerification"], "UNAUTHENTICATED")
    ]
    morsel, _ = session_cookie(response)
    assert morsel.value and morsel.value != token
    assert (await me(gql, morsel.value))["username"] == "ada_lovelace"
    assert await me(gql, token) is None
