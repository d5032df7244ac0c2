"""Authorisation of the admin API, declared on each field: ``permission_classes=[CanAct]``.

Every field needs staff (``AdminContext.staff``: no or a bad credential answers
``UNAUTHENTICATED``); ``CanRead`` lets every staff role read, ``CanAct`` needs ``SUPPORT`` or
``ADMIN``, ``CanAdminister`` needs ``ADMIN``. A role too weak answers ``FORBIDDEN`` before the
resolver runs. The service layer checks the role again (``accounts.admin.actions``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from strawberry.permission import BasePermission
from strawberry.types import Info

from service.accounts.admin.staff import Access
from service.graphql.admin.context import AdminContext
from service.graphql.errors import ForbiddenError


class _StaffAccess(BasePermission):
    needed: ClassVar[Access]
    message = "Your role does not allow this."

    async def has_permission(
        self, source: Any, info: Info[AdminContext, None], **kwargs: Any
    ) -> bool:
        staff = await info.context.staff()  # raises UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED
        return staff.may(self.needed)

    def on_unauthorized(self) -> None:
        raise ForbiddenError(self.message)


class CanRead(_StaffAccess):
    needed = Access.READ


class CanAct(_StaffAccess):
    needed = Access.ACT
    message = "Acting on accounts needs the SUPPORT or ADMIN role."


class CanAdminister(_StaffAccess):
    needed = Access.ADMINISTER
    message = "This needs the ADMIN role."
