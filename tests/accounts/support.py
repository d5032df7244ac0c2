"""Service-layer test helpers: a registration and its outcome."""

from __future__ import annotations

from typing import Any

from service.accounts import users
from service.accounts.results import ClientInfo
from tests.conftest import PASSWORD

CLIENT = ClientInfo(ip_address="203.0.113.9", user_agent="unit-test")


def registration(**overrides: Any) -> users.Registration:
    data: dict[str, Any] = {
        "email": "ada@example.com",
        "username": "ada_lovelace",
        "password": PASSWORD,
        "password_confirmation": PASSWORD,
        "first_name": "Ada",
        "last_name": "Lovelace",
    }
    data.update(overrides)
    return users.Registration(**data)


async def register(state: Any, **overrides: Any) -> object:
    """Register through the service layer and commit; returns the outcome."""
    async with state.session_factory() as db:
        result = await users.register_user(db, state.deps, registration(**overrides), CLIENT)
        await db.commit()
    return result
