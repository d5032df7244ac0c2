"""Staff, keys and accounts for the admin API's tests, and its documents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx

from service.accounts.admin import keys
from service.accounts.admin.staff import operator
from service.accounts.assurance import AuthenticationMethod
from service.accounts.sessions.store import issue_session
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import Role, TotpCredential, User
from service.state import AppState

AAL2 = (AuthenticationMethod.PASSWORD, AuthenticationMethod.TOTP)
AAL1 = (AuthenticationMethod.PASSWORD,)
PASSKEY = (AuthenticationMethod.PASSKEY,)

ACTION_FIELDS = """
    __typename
    ... on UserActionDone { sessionsEnded changed user { id username status role emailVerified hasPassword } }
    ... on UserNotFound { message }
    ... on ActionRefused { code message }
    ... on ValidationError { message fields { field code message } }
    ... on UserAlreadyExists { message fields { field code message } }
    ... on RateLimited { message retryAfterSeconds }
    ... on ReauthenticationRequired { message methods passwordRequired }
"""


async def add_user(
    state: AppState,
    username: str,
    role: Role = Role.USER,
    *,
    first_name: str = "Ada",
    last_name: str = "Lovelace",
    email: str | None = None,
    joined: datetime | None = None,
    second_factor: bool | None = None,
) -> User:
    """An account; staff ones (and ``second_factor=True``) with a confirmed TOTP secret from
    before any session a test opens (staff sign in with a second factor they had)."""
    async with state.unit_of_work() as uow:
        user = User(
            email=email or f"{username}@example.com",
            email_normalized=(email or f"{username}@example.com").casefold(),
            username=username,
            username_normalized=username.casefold(),
            password_hash=await state.services.passwords.hash("correct horse battery staple"),
            first_name=first_name,
            last_name=last_name,
            date_joined=joined or utcnow(),
            role=role.value,
        )
        uow.session.add(user)
        await uow.session.flush()
        if second_factor if second_factor is not None else role != Role.USER:
            enrolled = utcnow() - timedelta(hours=1)
            uow.session.add(
                TotpCredential(
                    user_id=user.id,
                    secret_encrypted="not read by these tests",
                    created_at=enrolled,
                    confirmed_at=enrolled,
                )
            )
        await uow.commit()
    return user


async def sign_in(
    state: AppState,
    user: User,
    methods: tuple[AuthenticationMethod, ...] = AAL2,
    *,
    proved_ago: timedelta = timedelta(0),
) -> str:
    """A session of ``user`` proved by ``methods``, ``proved_ago`` (a privileged session when
    that is within the re-authentication window)."""
    async with state.unit_of_work() as uow:
        token, _ = await issue_session(
            uow,
            state.settings,
            user,
            ClientInfo(ip_address="127.0.0.1", user_agent="pytest"),
            now=utcnow() - proved_ago,
            methods=methods,
        )
        await uow.commit()
    return token


async def make_key(state: AppState, role: str, name: str | None = None) -> str:
    async with state.unit_of_work() as uow:
        created = await keys.create(
            uow, operator("tests"), name or f"k-{uuid.uuid4().hex[:8]}", role
        )
        await uow.commit()
    assert isinstance(created, keys.CreatedKey)
    return created.secret


async def revoke_key(state: AppState, name: str) -> None:
    async with state.unit_of_work() as uow:
        await keys.revoke(uow, operator("tests"), name)
        await uow.commit()


@dataclass
class AdminClient:
    http: httpx.AsyncClient

    async def __call__(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        credential: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        all_headers = dict(headers or {})
        if credential:
            all_headers["Authorization"] = f"Bearer {credential}"
        response = await self.http.post(
            "/admin/graphql",
            json={"query": query, "variables": variables or {}},
            headers=all_headers,
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body


def error_code(body: dict[str, Any]) -> str | None:
    errors = body.get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None
