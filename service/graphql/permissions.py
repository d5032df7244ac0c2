"""Authentication guards for resolvers."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.values import Viewer
from service.graphql.context import Context
from service.graphql.errors import UnauthenticatedError


async def require_viewer(info: Info[Context, None]) -> Viewer:
    viewer = await info.context.viewer()
    if viewer is None:
        raise UnauthenticatedError()
    return viewer
