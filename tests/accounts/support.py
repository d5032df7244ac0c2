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


async def mark_verified(state: Any, user_id: Any) -> None:
    """The account's address counts as verified (what ``verifyEmail`` does, tested on its own):
    factors may then be added to it."""
    from sqlalchemy import update

    from service.db.models import User

    async with state.session_factory() as db:
        await db.execute(update(User).where(User.id == user_id).values(email_verified=True))
        await db.commit()


async def prove_session(state: Any, viewer: Viewer, *methods: str, at: Any = None) -> None:
    """The session's last full proof becomes ``methods`` at ``at`` (now by default), as a
    sign-in or a re-authentication would leave it; ``viewer`` sees it too."""
    from sqlalchemy import update

    from service.accounts.assurance import decode
    from service.clock import utcnow
    from service.db.models import AuthSession

    at = at or utcnow()
    async with state.session_factory() as db:
        await db.execute(
            update(AuthSession)
            .where(AuthSession.id == viewer.session.id)
            .values(methods=",".join(methods), authenticated_at=at)
        )
        await db.commit()
    viewer.session.methods, viewer.session.authenticated_at = decode(",".join(methods)), at
