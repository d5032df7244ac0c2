"""Sessions through GraphQL: revocation within one request, the metric, the bounded list."""

from __future__ import annotations

from service.observability import REGISTRY
from tests.conftest import PASSWORD
from tests.helpers import ME, REVOKE, login, password_change, register_ok

UNAUTHENTICATED = {
    "message": "Authentication required.",
    "extensions": {"code": "UNAUTHENTICATED"},
}


def revoked_total() -> float:
    return REGISTRY.get_sample_value("accounts_sessions_revoked_total") or 0.0


def unauthenticated_at(body, path, line, column):
    return {
        "data": None,
        "errors": [
            {**UNAUTHENTICATED, "locations": [{"line": line, "column": column}], "path": [path]}
        ],
    }


async def test_logout_and_revoke_session_count_as_revoked(gql):
    """P7 #14: every way a session ends early is in accounts_sessions_revoked_total."""
    token = (await register_ok(gql))["token"]
    other = (await login(gql, "ada_lovelace"))["token"]
    before = revoked_total()
    body = await gql("mutation { logout { __typename } }", token=token)
    assert body == {"data": {"logout": {"__typename": "LogoutSuccess"}}}
    assert revoked_total() == before + 1
    sessions = (await gql("{ sessions { id current } }", token=other))["data"]["sessions"]
    assert [s["current"] for s in sessions] == [True]
    body = await gql(REVOKE, {"id": sessions[0]["id"]}, token=other)
    assert body == {
        "data": {"revokeSession": {"__typename": "LogoutSuccess", "revokedSessions": 1}}
    }
    assert revoked_total() == before + 2


async def test_fields_after_logout_in_the_same_request_see_no_caller(gql):
    """P7 #14: a session revoked by one field is gone for the next fields of the request."""
    token = (await register_ok(gql))["token"]
    body = await gql(
        "mutation {\n a: logout { __typename }\n b: logoutAll { __typename } }", token=token
    )
    assert body == unauthenticated_at(body, "b", 3, 2)
    assert (await gql(ME, token=token))["data"]["me"] is None


async def test_fields_after_revoking_the_current_session_see_no_caller(gql):
    token = (await register_ok(gql))["token"]
    (session,) = (await gql("{ sessions { id } }", token=token))["data"]["sessions"]
    body = await gql(
        "mutation($id: ID!) {\n a: revokeSession(id: $id) { __typename }\n b: logout { __typename } }",
        {"id": session["id"]},
        token=token,
    )
    assert body == unauthenticated_at(body, "b", 3, 2)


async def test_fields_after_a_password_change_see_no_caller(gql):
    token = (await register_ok(gql))["token"]
    new = "Quixotic-Lantern-77"
    body = await gql(
        "mutation($input: ChangePasswordInput!) {\n"
        " a: changePassword(input: $input) { __typename }\n b: logout { __typename } }",
        password_change(PASSWORD, new),
        token=token,
    )
    assert body == unauthenticated_at(body, "b", 3, 2)
    assert (await login(gql, "ada_lovelace", new))["__typename"] == "AuthSuccess"


async def test_sessions_list_is_bounded(gql):
    """P7 S5: `sessions(first:)` returns at most 100, most recently used first."""
    token = (await register_ok(gql))["token"]
    for _ in range(2):
        await login(gql, "ada_lovelace")
    body = await gql("{ sessions(first: 2) { current } }", token=token)
    assert body == {"data": {"sessions": [{"current": False}, {"current": False}]}}
    assert len((await gql("{ sessions { id } }", token=token))["data"]["sessions"]) == 3
    for first in (0, 101):
        body = await gql(f"{{ sessions(first: {first}) {{ id }} }}", token=token)
        assert body == {
            "data": None,
            "errors": [
                {
                    "message": "first must be between 1 and 100.",
                    "locations": [{"line": 1, "column": 3}],
                    "path": ["sessions"],
                    "extensions": {"code": "BAD_REQUEST"},
                }
            ],
        }
