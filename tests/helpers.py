"""GraphQL documents and helpers shared by the tests."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import col, select

from service.db.models import OutboxMessage
from tests.conftest import PASSWORD, GraphQLClient

USER_FIELDS = (
    "id email username firstName lastName bio contact imageUrl status dateJoined lastLogin"
    " emailVerified pendingEmail locale"
)

REGISTER = f"""
mutation Register($input: RegisterUserInput!) {{
  registerUser(input: $input) {{
    __typename
    ... on AuthSuccess {{ token expiresAt user {{ {USER_FIELDS} }} }}
    ... on ValidationError {{ message fields {{ field code message }} }}
    ... on UserAlreadyExists {{ message fields {{ field code message }} }}
    ... on RateLimited {{ message retryAfterSeconds }}
    ... on VerificationRequired {{ email expiresInSeconds }}
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
    ... on EmailNotVerified {{ message }}
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
    ... on InvalidCode {{ message }}
    ... on RateLimited {{ message retryAfterSeconds }}
    ... on ReauthenticationRequired {{ message methods passwordRequired }}
  }}
}}
"""

CONFIRM_EMAIL_CHANGE = UPDATE.replace(
    "Update($input: UpdateUserInput!)", "Confirm($input: ConfirmEmailChangeInput!)"
).replace("updateUser(input: $input)", "confirmEmailChange(input: $input)")

CODE_SENT_FIELDS = """
    __typename
    ... on CodeSent { message expiresInSeconds handle }
    ... on ValidationError { message fields { field code message } }
    ... on RateLimited { message retryAfterSeconds }
"""
REQUEST_EMAIL_VERIFICATION = f"mutation {{ requestEmailVerification {{ {CODE_SENT_FIELDS} }} }}"
REQUEST_PASSWORD_RESET = f"""
mutation Forgot($input: RequestPasswordResetInput!) {{
  requestPasswordReset(input: $input) {{ {CODE_SENT_FIELDS} }}
}}
"""
VERIFY_EMAIL = """
mutation Verify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    __typename
    ... on EmailVerified { email }
    ... on InvalidCode { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}
"""
RESET_PASSWORD = f"""
mutation Reset($input: ResetPasswordInput!) {{
  resetPassword(input: $input) {{
    __typename
    ... on AuthSuccess {{ token deviceToken expiresAt user {{ {USER_FIELDS} }} }}
    ... on InvalidCode {{ message }}
    ... on ValidationError {{ message fields {{ field code message }} }}
    ... on RateLimited {{ message retryAfterSeconds }}
  }}
}}
"""
DELETE_ACCOUNT = """
mutation Delete($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    __typename
    ... on AccountDeleted { message }
    ... on InvalidCredentials { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}
"""
SECURITY_EVENTS = """
query Events($first: Int, $after: String) {
  securityEvents(first: $first, after: $after) {
    edges { cursor node { id kind at ipAddress userAgent } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
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


async def verify_own_email(gql: GraphQLClient, registered: dict[str, Any]) -> None:
    """Verify a new account's address through the API, from its own session (the code read
    from the mail it was sent): factors may then be added to it."""
    email = registered["user"]["email"]
    code = await last_code(gql.state, email, "verify_email")
    variables = {"input": {"email": email, "code": code}}
    body = await gql(VERIFY_EMAIL, variables, token=registered["token"])
    assert body["data"]["verifyEmail"]["__typename"] == "EmailVerified", body


async def register_verified(gql: GraphQLClient, **overrides: Any) -> dict[str, Any]:
    """``register_ok``, then the address verified: an account that may add factors."""
    registered = await register_ok(gql, **overrides)
    await verify_own_email(gql, registered)
    return registered


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


async def queued_mail(state: Any, to: str | None = None, template: str | None = None) -> list[Any]:
    """The outbox rows (oldest first), optionally only those to ``to`` of ``template``."""
    statement = select(OutboxMessage).order_by(col(OutboxMessage.created_at))
    if to is not None:
        statement = statement.where(col(OutboxMessage.recipient) == to)
    if template is not None:
        statement = statement.where(col(OutboxMessage.template) == template)
    async with state.session_factory() as db:
        return list((await db.execute(statement)).scalars())


async def last_code(state: Any, to: str, template: str) -> str:
    """The code of the newest queued ``template`` message to ``to``, read from its data."""
    messages = await queued_mail(state, to, template)
    assert messages, f"no {template} message to {to}"
    code: str = json.loads(messages[-1].data)["code"]
    return code


def waits_out_the_window(retry_after_seconds: int, window_seconds: int) -> bool:
    """A ``retryAfterSeconds`` for a budget spent just now: about its whole window (the
    moving window frees its first hit once the window has passed), never a made-up figure."""
    return window_seconds - 15 <= retry_after_seconds <= window_seconds
