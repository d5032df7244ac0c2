"""Authorisation, declared on the field: ``permission_classes=[SignedIn]`` in the schema.

A field's permission runs before its resolver; the resolver then reads the caller it found
(``Context.caller``). A field whose permission refuses answers a top-level error with
``extensions.code = "UNAUTHENTICATED"`` and never reaches its resolver.
"""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission
from strawberry.types import Info

from service.graphql.context import Context
from service.graphql.errors import UnauthenticatedError


class SignedIn(BasePermission):
    """The request carries a live session of an active account."""

    message = "Authentication required."

    async def has_permission(self, source: Any, info: Info[Context, None], **kwargs: Any) -> bool:
        return await info.context.viewer() is not None

    def on_unauthorized(self) -> None:
        raise UnauthenticatedError(self.message)
