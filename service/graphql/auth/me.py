"""Query.me: the caller, or null without a valid session."""

from __future__ import annotations

from strawberry.types import Info

from service.graphql.context import Context
from service.graphql.users.user import User


async def me(info: Info[Context, None]) -> User | None:
    viewer = await info.context.viewer()
    return User.from_row(viewer.user) if viewer else None
