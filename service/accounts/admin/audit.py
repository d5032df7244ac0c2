"""The audit log: every action taken through the admin API or the operator's CLI.

Each entry is written in the unit of work of its action, so it commits (or rolls back) with
it: who (``actor`` and its role), what (``action``, a short ``detail``), to which account (its id
and username then: the entry outlives the account), why (``reason``), when and from where.
Nothing in the service updates or deletes an entry; the admin API reads them a page at a time,
newest first, by actor or target.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlmodel import col

from service.accounts import cursors
from service.accounts.admin.staff import Staff
from service.accounts.cursors import Position
from service.clock import utcnow
from service.db.models import AuditEntry, User
from service.db.unit_of_work import UnitOfWork

MAX_PAGE = 100
CURSOR_PREFIX = "au1:"
REASON_MAX = 500


async def record(
    uow: UnitOfWork,
    staff: Staff,
    action: str,
    target: User | None = None,
    *,
    reason: str | None = None,
    detail: str | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        at=at or utcnow(),
        actor=staff.actor,
        actor_role=staff.role,
        action=action,
        target_id=target.id if target is not None else None,
        target_label=target.username if target is not None else None,
        reason=reason or None,
        detail=detail,
        ip_address=staff.client.ip_address,
    )
    uow.session.add(entry)
    await uow.session.flush()
    return entry


def cursor_of(entry: AuditEntry) -> str:
    return cursors.encode(CURSOR_PREFIX, entry.at, entry.id)


def read_cursor(cursor: str) -> Position | None:
    """The position a cursor names, or ``None`` for anything this service did not write."""
    return cursors.decode(CURSOR_PREFIX, cursor)


@dataclass(frozen=True, slots=True)
class AuditPage:
    entries: list[AuditEntry]
    has_next_page: bool
    has_previous_page: bool


async def list_entries(
    uow: UnitOfWork,
    first: int,
    after: Position | None = None,
    *,
    actor: str | None = None,
    target: uuid.UUID | None = None,
) -> AuditPage:
    """Up to ``first`` (1 to ``MAX_PAGE``) entries, newest first, of ``actor`` and on
    ``target`` when given."""
    first = max(1, min(first, MAX_PAGE))
    statement = select(AuditEntry)
    if actor is not None:
        statement = statement.where(col(AuditEntry.actor) == actor)
    if target is not None:
        statement = statement.where(col(AuditEntry.target_id) == target)
    if after is not None:
        statement = statement.where(
            or_(
                col(AuditEntry.at) < after.at,
                and_(col(AuditEntry.at) == after.at, col(AuditEntry.id) < after.id),
            )
        )
    statement = statement.order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
    rows = list((await uow.session.execute(statement.limit(first + 1))).scalars())
    return AuditPage(
        entries=rows[:first], has_next_page=len(rows) > first, has_previous_page=after is not None
    )
