"""GraphQL documents and helpers shared by the tests."""

from __future__ import annotations

from typing import Any

from tests.conftest import PASSWORD, GraphQLClient

USER_FIELDS = (
    "id email username firstName lastName bio contact imageUrl status dateJoined lastLogin"
)

REGISTER = f"""
mutation Register($input: RegisterUserInput!) {{
  registerUser(input: $input) {{
    __typename
    ... on AuthSuccess {{ token expiresAt user {{ {USER_FIELDS} }} }}
    ... on ValidationError {{ message fields {{ field code message }} }}
    ... on UserAlreadyExists {{ message fields {{ field code message }} }}
    ... on RateLimited {{ message retryAfterSeconds }}
  }}
}}
"""

LOGIN = f"""
mutation Login($input: LoginInput!) {{
  login(input: $input) {{
    __typename
    ... on AuthSuccess {{ token expiresAt user {{ {USER_FIELDS} }} }}
    ... on InvalidCredentials {{ message }}
    ... on AccountSuspended {{ message }}
    ... on RateLimited {{ message retryAfterSeconds }}
  }}
}}
"""

ME = f"query {{ me {{ {USER_FIELDS} }} }}"

SESSIONS = "query { sessions { id current createdAt lastUsedAt expiresAt userAgent ipAddress } }"

LOGOUT = "mutation { logout { __typename ... on LogoutSuccess { revokedSessions } } }"
LOGOUT_ALL = "mutation { logoutAll { __typename ... on LogoutSuccess { revokedSessions } } }"
REVOKE = """
mutation Revoke($id: ID!) {
  revokeSession(id: $id) { __typename ... on LogoutSuccess { revokedSessions } }
}
"""

UPDATE = f"""
mutation Update($input: UpdateUserInput!) {{
  updateUser(input: $input) {{
    __typename
    ... on UpdateUserSuccess {{ user {{ {USER_FIELDS} }} }}
    ... on ValidationError {{ message fields {{ field code message }} }}
    ... on UserAlreadyExists {{ message fields {{ field code message }} }}
    ... on InvalidCredentials {{ message }}
    ... on RateLimited {{ message retryAfterSeconds }}
  }}
}}
"""

CHANGE_PASSWORD = f"""
mutation Change($input: ChangePasswordInput!) {{
  changePassword(input: $input) {{
    __typename
    ... on AuthSuccess {{ token expiresAt user {{ {USER_FIELDS} }} }}
    ... on ValidationError {{ message fields {{ field code message }} }}
    ... on InvalidCredentials {{ message }}
    ... on RateLimited {{ message retryAfterSeconds }}
  }}
}}
"""


def registration(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "email": "ada@example.com",
        "username": "ada_lovelace",
        "password": PASSWORD,
        "passwordConfirmation": PASSWORD,
        "firstName": "Ada",
        "lastName": "Lovelace",
    }
    data.update(overrides)
    return data


async def register(gql: GraphQLClient, **overrides: Any) -> dict[str, Any]:
    body = await gql(REGISTER, {"input": registration(**overrides)})
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["registerUser"]
    return result


async def register_ok(gql: GraphQLClient, **overrides: Any) -> dict[str, Any]:
    result = await register(gql, **overrides)
    assert result["__typename"] == "AuthSuccess", result
    return result


async def login(gql: GraphQLClient, identifier: str, password: str = PASSWORD) -> dict[str, Any]:
    body = await gql(LOGIN, {"input": {"identifier": identifier, "password": password}})
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["login"]
    return result


def taken(*names: str) -> list[dict[str, str]]:
    """``UserAlreadyExists.fields`` naming ``names``: code ``taken``, one message per field."""
    return [
        {"field": name, "code": "taken", "message": f"This {name} is already taken."}
        for name in names
    ]


def codes(result: dict[str, Any]) -> set[tuple[str, str]]:
    return {(error["field"], error["code"]) for error in result["fields"]}


def password_change(current: str, new: str) -> dict[str, Any]:
    return {
        "input": {"currentPassword": current, "newPassword": new, "newPasswordConfirmation": new}
    }
