"""Log in to an accounts service with the `gql` client, then ask `me` with the session token.

    pip install "gql[httpx]"
    python clients/python/example.py --url http://127.0.0.1:8000/graphql \\
        --identifier ada_lovelace --password 'Correct-Horse-9-battery'

The schema is fetched by introspection (on in development) so gql validates every document
locally before sending it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from gql import Client, gql
from gql.transport.httpx import HTTPXAsyncTransport

LOGIN = gql(
    """
    mutation Login($input: LoginInput!) {
      login(input: $input) {
        __typename
        ... on AuthSuccess { token expiresAt user { username } }
        ... on InvalidCredentials { message }
        ... on AccountSuspended { message }
        ... on RateLimited { message retryAfterSeconds }
      }
    }
    """
)
ME = gql("query Me { me { id username email firstName lastName } }")
# ValidationError and UserAlreadyExists share one `fields { field code message }` selection
# (a taken email or username is the code `taken`).
REGISTER = gql(
    """
    mutation Register($input: RegisterUserInput!) {
      registerUser(input: $input) {
        __typename
        ... on AuthSuccess { token user { username } }
        ... on ValidationError { message fields { field code message } }
        ... on UserAlreadyExists { message fields { field code message } }
        ... on RateLimited { message retryAfterSeconds }
      }
    }
    """
)


def field_errors(outcome: dict[str, object]) -> dict[str, list[str]]:
    """Field errors of a ``registerUser`` (or ``updateUser``) outcome, keyed by input name."""
    errors: dict[str, list[str]] = {}
    for error in outcome.get("fields") or []:
        assert isinstance(error, dict)
        errors.setdefault(error["field"], []).append(f"{error['message']} ({error['code']})")
    return errors


async def login(url: str, identifier: str, password: str) -> str:
    transport = HTTPXAsyncTransport(url=url)
    async with Client(transport=transport, fetch_schema_from_transport=True) as session:
        result = await session.execute(
            LOGIN, variable_values={"input": {"identifier": identifier, "password": password}}
        )
    outcome = result["login"]
    if outcome["__typename"] != "AuthSuccess":
        raise SystemExit(f"login failed: {outcome['__typename']}: {outcome['message']}")
    token: str = outcome["token"]
    return token


async def me(url: str, token: str) -> dict[str, str]:
    transport = HTTPXAsyncTransport(url=url, headers={"Authorization": f"Bearer {token}"})
    async with Client(transport=transport, fetch_schema_from_transport=True) as session:
        result = await session.execute(ME)
    user: dict[str, str] = result["me"]
    return user


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/graphql")
    parser.add_argument("--identifier", required=True, help="email or username")
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    token = await login(args.url, args.identifier, args.password)
    user = await me(args.url, token)
    print(f"logged in as {user['username']} <{user['email']}> (id {user['id']})")


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
