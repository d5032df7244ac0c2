"""The admin API's queries and mutations: each resolver reads the staff its permission found,
calls one function of ``accounts.admin`` in a unit of work, and presents the outcome."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeAlias

import strawberry
from strawberry.types import Info

from service.accounts.admin import actions, audit, creation, directory
from service.accounts.admin.outcomes import UserNotFound as NotFoundOutcome
from service.accounts.admin.staff import Access
from service.accounts.admin.staff import Staff as StaffValue
from service.accounts.profile.validation import INVALID_TEXT
from service.accounts.services import Services
from service.db.models import AccountStatus, Role
from service.db.models import User as UserRow
from service.db.unit_of_work import UnitOfWork
from service.graphql.admin.context import AdminContext
from service.graphql.admin.permissions import CanAct, CanAdminister, CanRead
from service.graphql.admin.results import (
    AdminActionResult,
    CreateUserInput,
    UserNotFound,
    present_action,
)
from service.graphql.admin.types import (
    AdminUser,
    AdminUserConnection,
    AuditEntryConnection,
    Staff,
)
from service.graphql.errors import ExpectedError

DEFAULT_PAGE = 20
AdminInfo: TypeAlias = Info[AdminContext, None]
Action = Callable[[UnitOfWork, Services, StaffValue, uuid.UUID, str | None], Awaitable[object]]


def _id(value: strawberry.ID) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _text(name: str, value: str | None) -> None:
    """A filter is text: no control characters (PostgreSQL refuses a NUL in a string)."""
    if value is not None and INVALID_TEXT.search(value):
        raise ExpectedError(f"{name} has characters that are not text.")


def _page_size(first: int) -> None:
    if not 1 <= first <= directory.MAX_PAGE:
        raise ExpectedError(f"first must be between 1 and {directory.MAX_PAGE}.")


async def _act(
    info: AdminInfo, action: Action, id: strawberry.ID, reason: str | None
) -> AdminActionResult:
    ctx = info.context
    staff = await ctx.staff()
    user_id = _id(id)
    if user_id is None:
        return UserNotFound(message=NotFoundOutcome().message)
    outcome = await ctx.run(lambda uow: action(uow, ctx.services, staff, user_id, reason))
    return present_action(outcome)  # type: ignore[arg-type]


Reason = Annotated[
    str | None, strawberry.argument(description="Why: kept in the audit log (500 characters).")
]
RequiredReason = Annotated[
    str, strawberry.argument(description="Why: required, kept in the audit log (500 characters).")
]


async def whoami(info: AdminInfo) -> Staff:
    staff = await info.context.staff()
    return Staff(
        actor=staff.actor,
        role=staff.role,
        can_act=staff.may(Access.ACT),
        can_administer=staff.may(Access.ADMINISTER),
    )


async def users(
    info: AdminInfo,
    first: Annotated[int, strawberry.argument(description="1 to 100.")] = DEFAULT_PAGE,
    after: str | None = None,
    query: str | None = None,
    status: AccountStatus | None = None,
    role: Role | None = None,
) -> AdminUserConnection:
    _page_size(first)
    position = directory.read_cursor(after) if after is not None else None
    if after is not None and position is None:
        raise ExpectedError("after is not a cursor of this connection.")
    if query is not None and len(query) > directory.QUERY_MAX:
        raise ExpectedError(f"query is at most {directory.QUERY_MAX} characters.")
    _text("query", query)
    page = await info.context.run(
        lambda uow: directory.search(
            uow,
            first,
            position,
            query=query,
            status=status.value if status else None,
            role=role.value if role else None,
        )
    )
    return AdminUserConnection.from_page(page)


async def user(info: AdminInfo, id: strawberry.ID) -> AdminUser | None:
    user_id = _id(id)
    if user_id is None:
        return None
    row = await info.context.run(lambda uow: uow.session.get(UserRow, user_id))
    return AdminUser.from_row(row) if row is not None else None


async def audit_log(
    info: AdminInfo,
    first: Annotated[int, strawberry.argument(description="1 to 100.")] = DEFAULT_PAGE,
    after: str | None = None,
    actor: str | None = None,
    target: strawberry.ID | None = None,
) -> AuditEntryConnection:
    _page_size(first)
    position = audit.read_cursor(after) if after is not None else None
    if after is not None and position is None:
        raise ExpectedError("after is not a cursor of this connection.")
    _text("actor", actor)
    target_id = _id(target) if target is not None else None
    if target is not None and target_id is None:
        return AuditEntryConnection.from_rows([], False, after is not None)
    page = await info.context.run(
        lambda uow: audit.list_entries(uow, first, position, actor=actor, target=target_id)
    )
    return AuditEntryConnection.from_rows(page.entries, page.has_next_page, page.has_previous_page)


@strawberry.type(name="Query")
class AdminQuery:
    whoami = strawberry.field(
        resolver=whoami, permission_classes=[CanRead], description="The caller."
    )
    users = strawberry.field(
        resolver=users,
        permission_classes=[CanRead],
        description="Accounts, newest first; query matches a prefix of the email, username, "
        "first or last name, case-insensitively.",
    )
    user = strawberry.field(
        resolver=user, permission_classes=[CanRead], description="One account; null: no such id."
    )
    audit_log = strawberry.field(
        resolver=audit_log,
        permission_classes=[CanRead],
        description="Every admin action, newest first; actor (e.g. key:ci) and target (an "
        "account id) filter it.",
    )


async def suspend_user(
    info: AdminInfo, id: strawberry.ID, reason: RequiredReason
) -> AdminActionResult:
    return await _act(info, actions.suspend_user, id, reason)


async def reactivate_user(
    info: AdminInfo, id: strawberry.ID, reason: Reason = None
) -> AdminActionResult:
    return await _act(info, actions.reactivate_user, id, reason)


async def revoke_user_sessions(
    info: AdminInfo, id: strawberry.ID, reason: Reason = None
) -> AdminActionResult:
    return await _act(info, actions.revoke_user_sessions, id, reason)


async def reset_user_two_factor(
    info: AdminInfo, id: strawberry.ID, reason: RequiredReason
) -> AdminActionResult:
    return await _act(info, actions.reset_user_two_factor, id, reason)


async def send_password_reset(
    info: AdminInfo, id: strawberry.ID, reason: Reason = None
) -> AdminActionResult:
    return await _act(info, actions.send_password_reset, id, reason)


async def create_user(info: AdminInfo, input: CreateUserInput) -> AdminActionResult:
    ctx = info.context
    staff = await ctx.staff()
    data = creation.NewAccount(
        email=input.email,
        username=input.username,
        first_name=input.first_name,
        last_name=input.last_name,
        password=input.password,
        email_verified=input.email_verified,
        locale=input.locale,
    )
    outcome = await ctx.run(
        lambda uow: creation.create_user(uow, ctx.services, staff, data, input.reason)
    )
    return present_action(outcome)


async def delete_user(
    info: AdminInfo, id: strawberry.ID, reason: RequiredReason
) -> AdminActionResult:
    return await _act(info, actions.delete_user, id, reason)


async def set_user_role(
    info: AdminInfo, id: strawberry.ID, role: Role, reason: Reason = None
) -> AdminActionResult:
    ctx = info.context
    staff = await ctx.staff()
    user_id = _id(id)
    if user_id is None:
        return UserNotFound(message=NotFoundOutcome().message)
    outcome = await ctx.run(
        lambda uow: actions.set_user_role(uow, ctx.services, staff, user_id, role, reason)
    )
    return present_action(outcome)


@strawberry.type(name="Mutation")
class AdminMutation:
    suspend_user = strawberry.mutation(
        resolver=suspend_user,
        permission_classes=[CanAct],
        description="Suspends the account and ends every session of it; mails the owner.",
    )
    reactivate_user = strawberry.mutation(
        resolver=reactivate_user,
        permission_classes=[CanAct],
        description="Makes the account ACTIVE.",
    )
    revoke_user_sessions = strawberry.mutation(
        resolver=revoke_user_sessions,
        permission_classes=[CanAct],
        description="Ends every session.",
    )
    reset_user_two_factor = strawberry.mutation(
        resolver=reset_user_two_factor,
        permission_classes=[CanAct],
        description="Removes the TOTP secret and recovery codes (not passkeys); mails the owner.",
    )
    send_password_reset = strawberry.mutation(
        resolver=send_password_reset,
        permission_classes=[CanAct],
        description="Mails the owner a password reset code.",
    )
    create_user = strawberry.mutation(
        resolver=create_user,
        permission_classes=[CanAct],
        description="A new ACTIVE account, with a password or none; no session is opened.",
    )
    delete_user = strawberry.mutation(
        resolver=delete_user,
        permission_classes=[CanAdminister],
        description="Deletes the account and everything of it (ADMIN).",
    )
    set_user_role = strawberry.mutation(
        resolver=set_user_role,
        permission_classes=[CanAdminister],
        description="Sets the account's role (ADMIN); the last active ADMIN keeps theirs.",
    )
