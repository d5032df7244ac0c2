"""The security log through GraphQL, and the budgets of email codes (aliases count)."""

from __future__ import annotations

import base64
import uuid

from sqlalchemy import select

from service.db.models import SecurityEvent
from tests.conftest import PASSWORD
from tests.helpers import (
    LOGOUT,
    REVOKE,
    SECURITY_EVENTS,
    SESSIONS,
    UPDATE,
    login,
    register_ok,
)


async def events(gql, token, **variables):
    body = await gql(SECURITY_EVENTS, variables, token=token)
    assert "errors" not in body, body
    return body["data"]["securityEvents"]


def kinds(page) -> list[str]:
    return [edge["node"]["kind"] for edge in page["edges"]]


async def test_events_are_written_with_the_change_and_listed_newest_first(gql):
    token = (await register_ok(gql))["token"]
    assert (await login(gql, "ada_lovelace", "Wrong-Pass-1"))["__typename"] == "InvalidCredentials"
    other = (await login(gql, "ada_lovelace"))["token"]
    sessions = (await gql(SESSIONS, token=token))["data"]["sessions"]
    [other_id] = [s["id"] for s in sessions if not s["current"]]
    await gql(REVOKE, {"id": other_id}, token=token)
    assert other
    page = await events(gql, token)
    assert kinds(page) == ["SESSION_REVOKED", "LOGIN", "LOGIN_FAILED", "REGISTERED"]
    node = page["edges"][0]["node"]
    assert node["userAgent"] == "pytest-client/1.0" and node["ipAddress"]
    await gql(LOGOUT, token=token)
    assert (await gql(SECURITY_EVENTS, token=token))["errors"][0]["extensions"]["code"] == (
        "UNAUTHENTICATED"
    )


async def test_unknown_identifiers_write_no_event(gql, state):
    await register_ok(gql)
    await login(gql, "ghost_user", "Wrong-Pass-1")
    async with state.session_factory() as db:
        rows = list((await db.execute(select(SecurityEvent.kind))).scalars())
    assert rows == ["REGISTERED"]


async def test_pages_follow_the_cursor_and_show_only_own_events(gql):
    token = (await register_ok(gql))["token"]
    bob = (await register_ok(gql, email="bob@example.com", username="bob_builder"))["token"]
    for _ in range(4):
        await login(gql, "ada_lovelace")
    await login(gql, "bob_builder")
    first = await events(gql, token, first=2)
    assert kinds(first) == ["LOGIN", "LOGIN"]
    assert first["pageInfo"]["hasNextPage"] is True
    assert first["pageInfo"]["hasPreviousPage"] is False
    assert first["pageInfo"]["endCursor"] == first["edges"][-1]["cursor"]
    second = await events(gql, token, first=2, after=first["pageInfo"]["endCursor"])
    third = await events(gql, token, first=2, after=second["pageInfo"]["endCursor"])
    assert kinds(second) == ["LOGIN", "LOGIN"] and kinds(third) == ["REGISTERED"]
    assert third["pageInfo"]["hasNextPage"] is False
    ids = [e["node"]["id"] for page in (first, second, third) for e in page["edges"]]
    assert len(set(ids)) == 5
    assert kinds(await events(gql, bob)) == ["LOGIN", "REGISTERED"]


def forged_cursor(at: str) -> str:
    text = f"ev1:{at}|{uuid.uuid4()}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


async def test_first_and_after_are_checked(gql):
    token = (await register_ok(gql))["token"]
    out_of_range = [  # in UTC these fall before year 1 or after year 9999
        {"after": forged_cursor("0001-01-01T00:00:00+01:00")},
        {"after": forged_cursor("9999-12-31T23:59:59-01:00")},
        {"after": forged_cursor("2026-01-01T00:00:00")},  # no offset
    ]
    for variables in (
        {"first": 0},
        {"first": 101},
        {"first": -1},
        {"after": "bm9wZQ"},
        {"after": "%%%"},
        *out_of_range,
    ):
        body = await gql(SECURITY_EVENTS, variables, token=token)
        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_REQUEST", variables


async def test_deactivation_and_reactivation_are_events(gql):
    token = (await register_ok(gql))["token"]
    await gql(UPDATE, {"input": {"status": "DEACTIVATED"}}, token=token)
    again = (await login(gql, "ada_lovelace"))["token"]
    assert kinds(await events(gql, again, first=3)) == [
        "LOGIN",
        "ACCOUNT_REACTIVATED",
        "ACCOUNT_DEACTIVATED",
    ]


# budgets --------------------------------------------------------------------------------------

ALIASED_RESETS = "mutation {{\n{}\n}}".format(
    "\n".join(
        f'r{i}: requestPasswordReset(input: {{email: "{email}"}}) {{ __typename }}'
        for i, email in enumerate(["ada@example.com"] * 6)
    )
)


def aliased_verifications(email: str, count: int) -> str:
    fields = "\n".join(
        f'v{i}: verifyEmail(input: {{email: "{email}", code: "{i:06d}"}}) {{ __typename }}'
        for i in range(count)
    )
    return f"mutation {{\n{fields}\n}}"


async def test_code_requests_are_limited_per_address_with_aliases_counted(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_code_requests_per_address="5/hour")
    gql = make_client(state)
    body = await gql(ALIASED_RESETS)
    answers = [body["data"][f"r{i}"]["__typename"] for i in range(6)]
    assert answers == ["CodeSent"] * 5 + ["RateLimited"]
    # another address still has its budget; a spelling of the same one has not
    other = await gql(
        'mutation { requestPasswordReset(input: {email: "bob@example.com"}) { __typename } }'
    )
    assert other["data"]["requestPasswordReset"]["__typename"] == "CodeSent"
    same = await gql(
        'mutation { requestPasswordReset(input: {email: "ADA@Example.com"}) { __typename } }'
    )
    assert same["data"]["requestPasswordReset"]["__typename"] == "RateLimited"


async def test_code_requests_are_limited_per_ip(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_code_requests_per_ip="3/hour")
    gql = make_client(state)
    query = (
        'mutation {{ requestPasswordReset(input: {{email: "{}@example.com"}}) {{ __typename }} }}'
    )
    answers = [
        (await gql(query.format(f"user{i}")))["data"]["requestPasswordReset"]["__typename"]
        for i in range(4)
    ]
    assert answers == ["CodeSent"] * 3 + ["RateLimited"]


async def test_code_checks_are_limited_per_address_and_ip_with_aliases_counted(
    make_state, make_client
):
    state = make_state(
        rate_limit_enabled=True,
        rate_limit_code_checks_per_address="4/hour",
        rate_limit_code_checks_per_ip="6/hour",
    )
    gql = make_client(state)
    await register_ok(gql)
    body = await gql(aliased_verifications("ada@example.com", 5))
    answers = [body["data"][f"v{i}"]["__typename"] for i in range(5)]
    assert answers == ["InvalidCode"] * 4 + ["RateLimited"]
    body = await gql(aliased_verifications("bob@example.com", 3))
    answers = [body["data"][f"v{i}"]["__typename"] for i in range(3)]
    assert answers == ["InvalidCode"] * 2 + ["RateLimited"]  # the address's budget of 6


async def test_delete_account_is_limited_like_every_password_check(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_password_checks_per_session="2/hour")
    gql = make_client(state)
    token = (await register_ok(gql))["token"]
    query = "mutation D($p: String!) { deleteAccount(input: {currentPassword: $p}) { __typename } }"
    answers = [
        (await gql(query, {"p": "Wrong-Pass-1"}, token=token))["data"]["deleteAccount"][
            "__typename"
        ]
        for _ in range(3)
    ]
    assert answers == ["InvalidCredentials", "InvalidCredentials", "RateLimited"]
    still = await gql(query, {"p": PASSWORD}, token=token)
    assert still["data"]["deleteAccount"]["__typename"] == "RateLimited"
