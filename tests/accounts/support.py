"""Service-layer test helpers: a registration and its outcome."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from service.accounts.outcomes import Rejected
from service.accounts.profile import registration as registering
from service.accounts.values import ClientInfo, Viewer
from tests.conftest import PASSWORD

CLIENT = ClientInfo(ip_address="203.0.113.9", user_agent="unit-test")


def registration(**overrides: Any) -> registering.Registration:
    data: dict[str, Any] = {
        "email": "ada@example.com",
        "username": "ada_lovelace",
        "password": PASSWORD,
        "password_confirmation": PASSWORD,
        "first_name": "Ada",
        "last_name": "Lovelace",
    }
    data.update(overrides)
    return registering.Registration(**data)


async def register(state: Any, **overrides: Any) -> object:
    """Register through the service layer and commit; returns the outcome."""
    async with state.unit_of_work() as uow:
        result = await registering.register_user(
            uow, state.services, registration(**overrides), CLIENT
        )
        await uow.commit()
    return result


async def settle(state: Any, call: Callable[[Any], Awaitable[Any]]) -> Any:
    """Run one service call as production does: committed, or rolled back and answered with
    the outcome of a ``Rejected`` it raised."""
    try:
        async with state.unit_of_work() as uow:
            return await call(uow)
    except Rejected as rejected:
        return rejected.outcome


async def viewer_of(state: Any, token: str, now: datetime | None = None) -> Viewer | None:
    """The caller behind ``token``, found as production finds it: the batched lookup, and the
    sliding refresh in a unit of work of its own."""
    return await state.callers.resolve(token, now)
