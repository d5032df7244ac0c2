"""GraphQL types of the admin API: accounts as staff see them, the audit log, the results."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

import strawberry
from graphql.pyutils import Path
from strawberry.types import Info

from service.accounts import events
from service.accounts.admin import directory
from service.accounts.admin.audit import cursor_of as audit_cursor
from service.accounts.assurance import decode, level
from service.accounts.events import MAX_PAGE as EVENTS_MAX_PAGE
from service.accounts.external.linking import list_identities
from service.accounts.passkeys.store import list_passkeys
from service.accounts.sessions.store import list_sessions
from service.accounts.two_factor import totp
from service.db.models import AccountStatus, AuthSession, KeyRole
from service.db.models import AuditEntry as AuditEntryRow
from service.db.models import Role as Role  # registered below
from service.db.models import User as UserRow
from service.graphql.admin.context import AdminContext
from service.graphql.errors import ExpectedError
from service.graphql.events.types import PageInfo, SecurityEventConnection
from service.graphql.external.types import ExternalIdentity
from service.graphql.present import present
from service.graphql.sessions.types import AssuranceLevel, AuthenticationMethod

strawberry.enum(Role, name="Role", description="What an account may do on the admin API.")
strawberry.enum(KeyRole, name="KeyRole", description="What an admin key may do.")


@strawberry.type(description="Who is calling the admin API.")
class Staff:
    actor: str = strawberry.field(
        description="How the audit log names the caller: user:<username> or key:<name>."
    )
    role: str = strawberry.field(
        description="A staff account's role (SUPPORT, ADMIN) or a key's (READONLY too)."
    )
    can_act: bool = strawberry.field(description="May suspend, reset, revoke, create.")
    can_administer: bool = strawberry.field(description="May delete accounts and set roles.")


@strawberry.type(description="A session of an account, as staff see it.")
class AdminSession:
    id: strawberry.ID
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    user_agent: str | None
    ip_address: str | None
    methods: list[AuthenticationMethod]
    assurance: AssuranceLevel

    @classmethod
    def from_row(cls, row: AuthSession) -> AdminSession:
        methods = decode(row.methods)
        return cls(
            id=strawberry.ID(str(row.id)),
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            expires_at=row.expires_at,
            user_agent=row.user_agent,
            ip_address=row.ip_address,
            methods=list(methods),
            assurance=level(methods),
        )


def _uid(root: AdminUser) -> uuid.UUID:
    return uuid.UUID(str(root.id))


def _one_account_only(info: Info[AdminContext, None], field: str) -> None:
    """Lists of an account's own (sessions, events, identities) are read for one account at a
    time (``user(id)``), not for each of a page of ``users``: a page of 100, aliased, would ask
    thousands of queries of one request."""
    path: Path | None = info.path
    while path is not None:
        if path.typename == "AdminUserEdge":
            raise ExpectedError(f"{field} is read one account at a time: ask user(id).")
        path = path.prev


async def _two_factor_enabled(root: AdminUser, info: Info[AdminContext, None]) -> bool:
    user_id = _uid(root)
    return await info.context.run(lambda uow: totp.is_enabled(uow, user_id))


async def _passkey_count(root: AdminUser, info: Info[AdminContext, None]) -> int:
    user_id = _uid(root)
    return len(await info.context.run(lambda uow: list_passkeys(uow, user_id)))


async def _external_identities(
    root: AdminUser, info: Info[AdminContext, None]
) -> list[ExternalIdentity]:
    _one_account_only(info, "externalIdentities")
    user_id = _uid(root)
    rows = await info.context.run(lambda uow: list_identities(uow, user_id))
    return [ExternalIdentity.from_row(row) for row in rows]


async def _sessions(root: AdminUser, info: Info[AdminContext, None]) -> list[AdminSession]:
    _one_account_only(info, "sessions")
    user_id = _uid(root)
    rows = await info.context.run(lambda uow: list_sessions(uow, user_id))
    return [AdminSession.from_row(row) for row in rows]


async def _security_events(
    root: AdminUser,
    info: Info[AdminContext, None],
    first: Annotated[int, strawberry.argument(description="1 to 100.")] = 20,
    after: str | None = None,
) -> SecurityEventConnection:
    _one_account_only(info, "securityEvents")
    if not 1 <= first <= EVENTS_MAX_PAGE:
        raise ExpectedError(f"first must be between 1 and {EVENTS_MAX_PAGE}.")
    position = events.read_cursor(after) if after is not None else None
    if after is not None and position is None:
        raise ExpectedError("after is not a cursor of this connection.")
    user_id = _uid(root)
    page = await info.context.run(lambda uow: events.list_events(uow, user_id, first, position))
    return present(page)


@strawberry.type(description="An account, as staff see it.")
class AdminUser:
    id: strawberry.ID
    email: str
    username: str
    first_name: str
    last_name: str
    status: AccountStatus
    role: Role
    email_verified: bool
    pending_email: str | None
    has_password: bool
    locale: str
    date_joined: datetime
    last_login: datetime | None

    two_factor_enabled: bool = strawberry.field(
        resolver=_two_factor_enabled, description="A TOTP secret is confirmed."
    )
    passkey_count: int = strawberry.field(resolver=_passkey_count)
    external_identities: list[ExternalIdentity] = strawberry.field(
        resolver=_external_identities,
        description="Linked identities (one account at a time: not in a page of users).",
    )
    sessions: list[AdminSession] = strawberry.field(
        resolver=_sessions,
        description="The active sessions, most recently used first (one account at a time: "
        "not in a page of users).",
    )
    security_events: SecurityEventConnection = strawberry.field(
        resolver=_security_events,
        description="The account's security events, newest first (one account at a time: not "
        "in a page of users).",
    )

    @classmethod
    def from_row(cls, row: UserRow) -> AdminUser:
        return cls(
            id=strawberry.ID(str(row.id)),
            email=row.email,
            username=row.username,
            first_name=row.first_name,
            last_name=row.last_name,
            status=AccountStatus(row.status),
            role=Role(row.role),
            email_verified=row.email_verified,
            pending_email=row.pending_email,
            has_password=row.password_hash is not None,
            locale=row.locale,
            date_joined=row.date_joined,
            last_login=row.last_login,
        )


@strawberry.type
class AdminUserEdge:
    cursor: str
    node: AdminUser


@strawberry.type(description="Accounts, newest first.")
class AdminUserConnection:
    edges: list[AdminUserEdge]
    page_info: PageInfo

    @classmethod
    def from_page(cls, page: directory.UsersPage) -> AdminUserConnection:
        edges = [
            AdminUserEdge(cursor=directory.cursor_of(row), node=AdminUser.from_row(row))
            for row in page.users
        ]
        return cls(
            edges=edges, page_info=_page_info(edges, page.has_next_page, page.has_previous_page)
        )


@strawberry.type(description="One action by staff, a key or an operator's command.")
class AuditEntry:
    id: strawberry.ID
    at: datetime
    actor: str = strawberry.field(description="user:<username>, key:<name> or cli:<login>.")
    actor_role: str
    action: str = strawberry.field(description="e.g. suspend_user, set_user_role.")
    target_id: strawberry.ID | None = strawberry.field(
        description="The account acted on (it may be deleted since)."
    )
    target_label: str | None = strawberry.field(description="Its username at the time.")
    reason: str | None
    detail: str | None
    ip_address: str | None

    @classmethod
    def from_row(cls, row: AuditEntryRow) -> AuditEntry:
        return cls(
            id=strawberry.ID(str(row.id)),
            at=row.at,
            actor=row.actor,
            actor_role=row.actor_role,
            action=row.action,
            target_id=strawberry.ID(str(row.target_id)) if row.target_id else None,
            target_label=row.target_label,
            reason=row.reason,
            detail=row.detail,
            ip_address=row.ip_address,
        )


@strawberry.type
class AuditEntryEdge:
    cursor: str
    node: AuditEntry


@strawberry.type(description="The audit log, newest first.")
class AuditEntryConnection:
    edges: list[AuditEntryEdge]
    page_info: PageInfo

    @classmethod
    def from_rows(
        cls, rows: list[AuditEntryRow], has_next: bool, has_previous: bool
    ) -> AuditEntryConnection:
        edges = [
            AuditEntryEdge(cursor=audit_cursor(row), node=AuditEntry.from_row(row)) for row in rows
        ]
        return cls(edges=edges, page_info=_page_info(edges, has_next, has_previous))


def _page_info(
    edges: list[AdminUserEdge] | list[AuditEntryEdge], has_next: bool, has_previous: bool
) -> PageInfo:
    return PageInfo(
        has_next_page=has_next,
        has_previous_page=has_previous,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
