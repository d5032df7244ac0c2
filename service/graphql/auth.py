"""login, logout, logoutAll and me."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts import auth, sessions
from service.accounts.results import Revoked
from service.graphql.context import Context
from service.graphql.inputs import LoginInput
from service.graphql.permissions import require_viewer
from service.graphql.types import LoginResult, LogoutResult, User, present


async def me(info: Info[Context, None]) -> User | None:
    viewer = await info.context.viewer()
    return User.from_row(viewer.user) if viewer else None


async def login(info: Info[Context, None], input: LoginInput) -> LoginResult:
    ctx = info.context
    async with ctx.unit_of_work() as db:
        result = await auth.login(
            db, ctx.deps, input.identifier, input.password, ctx.client, input.device_token
        )
    return present(result)  # type: ignore[return-value]


async def logout(info: Info[Context, None]) -> LogoutResult:
    viewer = await require_viewer(info)
    async with info.context.unit_of_work() as db:
        count = await sessions.revoke_session(db, viewer.user.id, viewer.session.id)
    info.context.forget_viewer()
    return present(Revoked(count))  # type: ignore[return-value]


async def logout_all(info: Info[Context, None]) -> LogoutResult:
    viewer = await require_viewer(info)
    async with info.context.unit_of_work() as db:
        count = await sessions.revoke_all(db, viewer.user.id)
    info.context.forget_viewer()
    return present(Revoked(count))  # type: ignore[return-value]
