"""registerUser through GraphQL: all failing fields at once, duplicates, races."""

from __future__ import annotations

import asyncio

from tests.helpers import REGISTER, codes, register, register_ok, registration, taken


async def test_all_failing_fields_reported_at_once(gql):
    result = await register(
        gql,
        email="nope",
        username="ab 1",
        password="short",
        passwordConfirmation="different",
        firstName=" ",
        lastName="x" * 151,
        bio="b" * 501,
        contact="c" * 256,
        status="SUSPENDED",
    )
    assert result["__typename"] == "ValidationError"
    assert result["message"] == "Some fields are invalid."
    assert codes(result) == {
        ("email", "invalid"),
        ("username", "too_short"),
        ("username", "invalid_characters"),
        ("password", "too_short"),
        ("password", "missing_uppercase"),
        ("password", "missing_digit"),
        ("passwordConfirmation", "mismatch"),
        ("firstName", "required"),
        ("lastName", "too_long"),
        ("bio", "too_long"),
        ("contact", "too_long"),
        ("status", "not_allowed"),
    }
    assert all(error["message"] for error in result["fields"])


async def test_boundary_values_register(gql):
    result = await register(
        gql,
        username="a12345",
        firstName="f" * 150,
        lastName="l" * 150,
        bio="b" * 500,
        contact="c" * 255,
        status="ACTIVE",
    )
    assert result["__typename"] == "AuthSuccess", result
    user = result["user"]
    assert (user["username"], len(user["bio"]), len(user["contact"])) == ("a12345", 500, 255)


async def test_guessable_and_similar_passwords(gql):
    guessable = await register(gql, password="Passw0rd1", passwordConfirmation="Passw0rd1")
    assert codes(guessable) == {("password", "too_guessable")}
    similar = await register(gql, password="Ada_Lovelace1", passwordConfirmation="Ada_Lovelace1")
    assert codes(similar) == {("password", "too_similar")}


async def test_duplicates_name_the_taken_fields(gql):
    await register_ok(gql)
    both = await register(gql, email="ADA@example.COM", username="ADA_LOVELACE")
    assert both == {
        "__typename": "UserAlreadyExists",
        "message": "A user with this email and username already exists.",
        "fields": taken("email", "username"),
    }
    email_only = await register(gql, email="Ada@Example.com", username="someone_else")
    assert email_only["fields"] == taken("email")
    username_only = await register(gql, email="other@example.com", username="Ada_Lovelace")
    assert username_only["fields"] == taken("username")


async def test_unicode_lookalike_usernames_collide(gql):
    await register_ok(gql, username="Admin01")
    clash = await register(gql, email="other@example.com", username="ＡＤＭＩＮ01")
    assert clash["__typename"] == "UserAlreadyExists"
    assert clash["fields"] == taken("username")


async def test_concurrent_registrations_yield_one_account(gql, backend):
    async def attempt(i: int):
        body = await gql(
            REGISTER, {"input": registration(email=f"racer{i}@example.com", username="racer_one")}
        )
        assert "errors" not in body, body
        return body["data"]["registerUser"]

    results = await asyncio.gather(*(attempt(i) for i in range(16)))
    kinds = [r["__typename"] for r in results]
    assert kinds.count("AuthSuccess") == 1, kinds
    assert kinds.count("UserAlreadyExists") == 15, kinds
    assert all(
        r["fields"] == taken("username") for r in results if r["__typename"] == "UserAlreadyExists"
    )
