"""updateUser, changePassword and account status through GraphQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update as update_rows

from service.accounts.outcomes import BUSY_MESSAGE
from service.clock import utcnow
from service.db.models import AuthSession
from tests.conftest import PASSWORD
from tests.helpers import (
    CHANGE_PASSWORD,
    CONFIRM_EMAIL_CHANGE,
    ME,
    SESSIONS,
    UPDATE,
    codes,
    last_code,
    login,
    password_change,
    register_ok,
    taken,
)

NEW_PASSWORD = "Quixotic-Lantern-77"


async def update(gql, token, **fields):
    body = await gql(UPDATE, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"]["updateUser"]


async def test_update_user_fields_and_omitted_unchanged(gql):
    token = (await register_ok(gql, bio="Mathematician"))["token"]
    result = await update(gql, token, firstName="Augusta", contact="ada@analytical.engine")
    assert result["__typename"] == "UpdateUserSuccess"
    user = result["user"]
    assert (user["firstName"], user["lastName"], user["bio"], user["contact"]) == (
        "Augusta",
        "Lovelace",
        "Mathematician",
        "ada@analytical.engine",
    )
    cleared = await update(gql, token, bio="")
    assert cleared["user"]["bio"] == ""
    me = (await gql(ME, token=token))["data"]["me"]
    assert me["firstName"] == "Augusta" and me["bio"] == ""


async def test_update_user_validation_all_fields(gql):
    token = (await register_ok(gql))["token"]
    result = await update(
        gql, token, email="bad", username="no", firstName="", bio="x" * 501, status="SUSPENDED"
    )
    assert result["__typename"] == "ValidationError"
    assert codes(result) == {
        ("email", "invalid"),
        ("username", "too_short"),
        ("firstName", "required"),
        ("bio", "too_long"),
        ("status", "not_allowed"),
    }


async def test_an_email_change_needs_a_privileged_session_or_the_password(gql, state):
    token = (await register_ok(gql))["token"]
    async with state.session_factory() as db:  # the sign-in's proof is older than the window
        await db.execute(
            update_rows(AuthSession).values(authenticated_at=utcnow() - timedelta(minutes=11))
        )
        await db.commit()
    missing = await update(gql, token, email="ada@new.example")
    assert missing["__typename"] == "ReauthenticationRequired"
    assert (missing["passwordRequired"], missing["methods"]) == (True, [])
    wrong = await update(gql, token, email="ada@new.example", currentPassword="Wrong-Pass-1")
    assert wrong == {"__typename": "InvalidCredentials", "message": "Invalid credentials."}
    ok = await update(gql, token, email="ada@new.example", currentPassword=PASSWORD)
    assert (ok["user"]["email"], ok["user"]["pendingEmail"]) == (
        "ada@example.com",
        "ada@new.example",
    )
    code = await last_code(state, "ada@new.example", "confirm_email_change")
    confirmed = await gql(CONFIRM_EMAIL_CHANGE, {"input": {"code": code}}, token=token)
    assert confirmed["data"]["confirmEmailChange"]["user"]["email"] == "ada@new.example"
    assert (await login(gql, "ada@new.example"))["__typename"] == "AuthSuccess"


async def test_update_to_taken_username(gql):
    await register_ok(gql)
    bob = (await register_ok(gql, email="bob@example.com", username="bob_builder"))["token"]
    result = await update(gql, bob, username="Ada_Lovelace")
    assert result == {
        "__typename": "UserAlreadyExists",
        "message": "A user with this username already exists.",
        "fields": taken("username"),
    }


async def test_update_requires_auth(gql):
    body = await gql(UPDATE, {"input": {"bio": "x"}})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_deactivate_then_login_reactivates(gql):
    token = (await register_ok(gql))["token"]
    other = (await login(gql, "ada_lovelace"))["token"]
    result = await update(gql, token, status="DEACTIVATED")
    assert result["user"]["status"] == "DEACTIVATED"
    for t in (token, other):
        assert (await gql(ME, token=t))["data"]["me"] is None
    again = await login(gql, "ada_lovelace")
    assert again["user"]["status"] == "ACTIVE"


async def test_change_password(gql):
    token = (await register_ok(gql))["token"]
    other = (await login(gql, "ada_lovelace"))["token"]
    body = await gql(
        CHANGE_PASSWORD,
        password_change(PASSWORD, NEW_PASSWORD),
        token=token,
    )
    result = body["data"]["changePassword"]
    assert result["__typename"] == "AuthSuccess"
    fresh = result["token"]
    assert (await gql(ME, token=token))["data"]["me"] is None
    assert (await gql(ME, token=other))["data"]["me"] is None
    sessions = (await gql(SESSIONS, token=fresh))["data"]["sessions"]
    assert len(sessions) == 1 and sessions[0]["current"]
    assert (await login(gql, "ada_lovelace"))["__typename"] == "InvalidCredentials"
    assert (await login(gql, "ada_lovelace", NEW_PASSWORD))["__typename"] == "AuthSuccess"


async def test_change_password_wrong_current_and_policy(gql):
    token = (await register_ok(gql))["token"]
    wrong = await gql(
        CHANGE_PASSWORD,
        password_change("Wrong-Pass-1", NEW_PASSWORD),
        token=token,
    )
    assert wrong["data"]["changePassword"]["__typename"] == "InvalidCredentials"
    weak = await gql(
        CHANGE_PASSWORD,
        password_change(PASSWORD, "Passw0rd1"),
        token=token,
    )
    assert codes(weak["data"]["changePassword"]) == {("newPassword", "too_guessable")}
    assert (await gql(ME, token=token))["data"]["me"] is not None


async def test_suspended_account(gql, state):
    from service.accounts.profile import users
    from service.db.models import AccountStatus

    token = (await register_ok(gql))["token"]
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
        await uow.commit()
    assert (await gql(ME, token=token))["data"]["me"] is None
    assert (await login(gql, "ada_lovelace", "Wrong-Pass-1"))["__typename"] == "InvalidCredentials"
    assert await login(gql, "ada_lovelace") == {
        "__typename": "AccountSuspended",
        "message": "This account is suspended.",
    }


async def test_email_change_while_hashing_is_saturated(gql, state, monkeypatch):
    token = (await register_ok(gql))["token"]
    monkeypatch.setattr(state.services.passwords, "pending", state.settings.hash_queue_limit)
    body = await gql(
        UPDATE, {"input": {"email": "new@example.com", "currentPassword": PASSWORD}}, token=token
    )
    assert body == {
        "data": {
            "updateUser": {
                "__typename": "RateLimited",
                "message": BUSY_MESSAGE,
                "retryAfterSeconds": 1,
            }
        }
    }
    assert (await gql(ME, token=token))["data"]["me"]["email"] == "ada@example.com"


async def test_an_account_changed_meanwhile_is_a_conflict_and_nothing_is_kept(gql, monkeypatch):
    """A lost compare-and-set during the update: the unit of work rolls back (the bio written
    before it is not kept) and the client gets a top-level CONFLICT to retry."""
    from service.accounts.outcomes import AccountChanged
    from service.accounts.profile import updates as profile

    token = (await register_ok(gql))["token"]
    real_update = profile.update_user

    async def lost_race(uow, *args, **kwargs):
        await real_update(uow, *args, **kwargs)  # the bio is flushed
        raise AccountChanged

    monkeypatch.setattr(profile, "update_user", lost_race)
    body = await gql(UPDATE, {"input": {"bio": "never kept"}}, token=token)
    assert body["data"] is None
    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        ("The account changed during this request. Try again.", {"code": "CONFLICT"})
    ]
    monkeypatch.setattr(profile, "update_user", real_update)
    assert (await gql(ME, token=token))["data"]["me"]["bio"] == ""
