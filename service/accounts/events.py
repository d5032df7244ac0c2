"""Security events: an append-only log per account, read back a page at a time.

Each event is written in the unit of work of the change it records, so it commits (or rolls
back) with it. Pages run newest first on the ``(user_id, at, id)`` index; the cursor is an
opaque token naming the last event of the previous page. Events go with their account and
are purged after ``ACCOUNTS_SECURITY_EVENT_RETENTION``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Mapped
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from service.accounts import cursors, webhooks
from service.accounts.cursors import Position
from service.accounts.sessions.store import USER_AGENT_MAX
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import SecurityEvent, SecurityEventKind
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

MAX_PAGE = 100
CURSOR_PREFIX = "ev1:"


async def record(
    uow: UnitOfWork,
    user_id: uuid.UUID,
    kind: SecurityEventKind,
    client: ClientInfo,
    at: datetime | None = None,
) -> None:
    """Append the event; other services hear of it by webhook where it is one they are told
    of (``webhooks``)."""
    at = at or utcnow()
    uow.session.add(
        SecurityEvent(
            user_id=user_id,
            kind=kind.value,
            at=at,
            ip_address=client.ip_address,
            user_agent=client.user_agent[:USER_AGENT_MAX] if client.user_agent else None,
        )
    )
    await uow.session.flush()
    await webhooks.on_security_event(uow, user_id, kind, at)


async def signed_in_from(uow: UnitOfWork, user_id: uuid.UUID, client: ClientInfo) -> bool:
    """Whether the account has a kept ``LOGIN`` event from this client's IP address and user
    agent: a client without a device token that signed in before is not a new device."""
    user_agent = client.user_agent[:USER_AGENT_MAX] if client.user_agent else None
    statement = (
        select(col(SecurityEvent.id))
        .where(
            col(SecurityEvent.user_id) == user_id,
            col(SecurityEvent.kind) == SecurityEventKind.LOGIN.value,
            _same(col(SecurityEvent.ip_address), client.ip_address),
            _same(col(SecurityEvent.user_agent), user_agent),
        )
        .limit(1)
    )
    return (await uow.session.execute(statement)).first() is not None


def _same(column: Mapped[str | None], value: str | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def cursor_of(event: SecurityEvent) -> str:
    return cursors.encode(CURSOR_PREFIX, event.at, event.id)


def read_cursor(cursor: str) -> Position | None:
    """The position a cursor names, or ``None`` for anything this service did not write."""
    return cursors.decode(CURSOR_PREFIX, cursor)


@dataclass(frozen=True, slots=True)
class EventsPage:
    events: list[SecurityEvent]
    has_next_page: bool
    has_previous_page: bool


async def list_events(
    uow: UnitOfWork, user_id: uuid.UUID, first: int, after: Position | None = None
) -> EventsPage:
    """Up to ``first`` (1 to ``MAX_PAGE``) of the account's events, newest first."""
    first = max(1, min(first, MAX_PAGE))
    statement = select(SecurityEvent).where(col(SecurityEvent.user_id) == user_id)
    if after is not None:
        statement = statement.where(
            or_(
                col(SecurityEvent.at) < after.at,
                and_(col(SecurityEvent.at) == after.at, col(SecurityEvent.id) < after.id),
            )
        )
    statement = statement.order_by(col(SecurityEvent.at).desc(), col(SecurityEvent.id).desc())
    rows = list((await uow.session.execute(statement.limit(first + 1))).scalars())
    return EventsPage(
        events=rows[:first], has_next_page=len(rows) > first, has_previous_page=after is not None
    )


async def purge_older_than(uow: UnitOfWork, cutoff: datetime) -> int:
    result = await uow.session.execute(delete(SecurityEvent).where(col(SecurityEvent.at) < cutoff))
    return affected(result)


async def discard(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    await uow.session.execute(delete(SecurityEvent).where(col(SecurityEvent.user_id) == user_id))
