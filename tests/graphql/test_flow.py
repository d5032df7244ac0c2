"""The whole account flow through the ASGI app, on both databases."""

from __future__ import annotations

from tests.helpers import LOGOUT, LOGOUT_ALL, ME, SESSIONS, login, register_ok


async def test_register_login_me_logout(gql, backend):
    registered = await register_ok(gql)
    token = registered["token"]
    assert token.startswith("acct_")
    assert registered["user"]["username"] == "ada_lovelace"
    assert registered["user"]["status"] == "ACTIVE"
    assert registered["expiresAt"]

    me = await gql(ME, token=token)
    assert me == {"data": {"me": registered["user"] | {"lastLogin": me["data"]["me"]["lastLogin"]}}}

    by_email = await login(gql, "ADA@Example.com")
    by_username = await login(gql, "Ada_Lovelace")
    assert by_email["__typename"] == by_username["__typename"] == "AuthSuccess"
    assert len({token, by_email["token"], by_username["token"]}) == 3

    sessions = (await gql(SESSIONS, token=by_email["token"]))["data"]["sessions"]
    assert len(sessions) == 3
    assert [s["current"] for s in sessions].count(True) == 1
    assert all(s["userAgent"] == "pytest-client/1.0" for s in sessions)
    assert all(s["ipAddress"] == "127.0.0.1" for s in sessions)

    out = await gql(LOGOUT, token=token)
    assert out["data"]["logout"] == {"__typename": "LogoutSuccess", "revokedSessions": 1}
    assert (await gql(ME, token=token))["data"]["me"] is None
    assert (await gql(ME, token=by_email["token"]))["data"]["me"]["username"] == "ada_lovelace"

    out = await gql(LOGOUT_ALL, token=by_email["token"])
    assert out["data"]["logoutAll"]["revokedSessions"] == 2
    for t in (by_email["token"], by_username["token"]):
        assert (await gql(ME, token=t))["data"]["me"] is None


async def test_token_header_schemes(gql):
    token = (await register_ok(gql))["token"]
    for header in (f"Bearer {token}", f"bearer {token}", f"Token {token}", f"  Token   {token} "):
        body = await gql(ME, headers={"Authorization": header})
        assert body["data"]["me"]["username"] == "ada_lovelace", header
    for header in (token, f"Basic {token}", "Bearer", "Bearer acct_nope", f"Bearer {token}x"):
        body = await gql(ME, headers={"Authorization": header})
        assert body["data"]["me"] is None, header


async def test_me_is_null_without_token(gql):
    assert await gql(ME) == {"data": {"me": None}}


async def test_auth_required_fields_raise_unauthenticated(gql):
    for query in (SESSIONS, LOGOUT, LOGOUT_ALL):
        body = await gql(query, token="acct_" + "x" * 43)
        assert body["data"] is None
        (error,) = body["errors"]
        assert error["extensions"]["code"] == "UNAUTHENTICATED"
        assert error["message"] == "Authentication required."


async def test_wrong_password_and_unknown_user_answer_alike(gql):
    await register_ok(gql)
    wrong = await login(gql, "ada@example.com", "Wrong-Password-1")
    unknown = await login(gql, "nobody@example.com", "Wrong-Password-1")
    unknown_username = await login(gql, "nobody_here", "Wrong-Password-1")
    assert (
        wrong
        == unknown
        == unknown_username
        == {
            "__typename": "InvalidCredentials",
            "message": "Invalid credentials.",
        }
    )


async def test_revoke_session(gql):
    first = (await register_ok(gql))["token"]
    second = (await login(gql, "ada_lovelace"))["token"]
    sessions = (await gql(SESSIONS, token=first))["data"]["sessions"]
    other = next(s for s in sessions if not s["current"])
    from tests.helpers import REVOKE

    out = await gql(REVOKE, {"id": other["id"]}, token=first)
    assert out["data"]["revokeSession"]["revokedSessions"] == 1
    assert (await gql(ME, token=second))["data"]["me"] is None
    assert (await gql(ME, token=first))["data"]["me"] is not None
    again = await gql(REVOKE, {"id": other["id"]}, token=first)
    assert again["data"]["revokeSession"]["revokedSessions"] == 0
    bogus = await gql(REVOKE, {"id": "not-a-uuid"}, token=first)
    assert bogus["data"]["revokeSession"]["revokedSessions"] == 0


async def test_cannot_revoke_someone_elses_session(gql):
    ada = (await register_ok(gql))["token"]
    bob = (
        await register_ok(gql, email="bob@example.com", username="bob_builder", firstName="Bob")
    )["token"]
    bob_session = (await gql(SESSIONS, token=bob))["data"]["sessions"][0]["id"]
    from tests.helpers import REVOKE

    out = await gql(REVOKE, {"id": bob_session}, token=ada)
    assert out["data"]["revokeSession"]["revokedSessions"] == 0
    assert (await gql(ME, token=bob))["data"]["me"]["username"] == "bob_builder"
    assert [s["id"] for s in (await gql(SESSIONS, token=bob))["data"]["sessions"]] == [bob_session]


async def test_each_mutation_field_commits_on_its_own(gql, monkeypatch):
    """A later field failing must not undo an earlier field that succeeded."""
    from service.accounts.sessions import store as sessions

    token = (await register_ok(gql))["token"]

    async def broken(*args, **kwargs):
        raise RuntimeError("the second field fails")

    monkeypatch.setattr(sessions, "revoke_session", broken)
    body = await gql(
        'mutation { updateUser(input: {bio: "kept"}) { __typename } logout { __typename } }',
        token=token,
    )
    # logout's result type is non-null, so its error nulls the whole data; the update it
    # followed had committed already
    assert body["data"] is None
    assert [e["message"] for e in body["errors"]] == ["Unexpected error."]
    monkeypatch.undo()
    assert (await gql("{ me { bio } }", token=token))["data"]["me"]["bio"] == "kept"
