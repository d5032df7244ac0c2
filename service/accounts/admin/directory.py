"""The accounts as staff read them: a search a page at a time, and one account in full.

``search`` matches a prefix of the email, the username, the first name or the last name (each
by its normalised key: casefolded, as registration compares them), optionally filtered by
status and role (compared without an index when there is a query, so that its prefix indexes
are the ones used), newest account first (then by id: a stable order for the cursor). Each prefix
is matched on an index: on PostgreSQL by ``LIKE 'prefix%'`` on ``varchar_pattern_ops`` indexes
(whatever the database's collation), on SQLite by a range on the plain index (its text compares
by code point). Without a query, the newest accounts come from the ``(date_joined, id)`` index,
or the status's or the role's own index with a filter. A page has at most ``MAX_PAGE`` accounts.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Mapped
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from service.accounts import cursors
from service.accounts.cursors import Position
from service.accounts.profile import validation as v
from service.db.models import User, name_key
from service.db.unit_of_work import UnitOfWork

MAX_PAGE = 100
QUERY_MAX = 100
CURSOR_PREFIX = "us1:"
SURROGATES = range(0xD800, 0xE000)


def cursor_of(user: User) -> str:
    return cursors.encode(CURSOR_PREFIX, user.date_joined, user.id)


def read_cursor(cursor: str) -> Position | None:
    """The position a cursor names, or ``None`` for anything this service did not write."""
    return cursors.decode(CURSOR_PREFIX, cursor)


def successor(prefix: str) -> str | None:
    """The least text greater than every text that starts with ``prefix`` (by code point), or
    ``None`` when there is none (a prefix of only the last code point)."""
    while prefix:
        last = ord(prefix[-1]) + 1
        if last in SURROGATES:
            last = SURROGATES.stop
        if last <= sys.maxunicode:
            return prefix[:-1] + chr(last)
        prefix = prefix[:-1]
    return None


def starts_with(column: Mapped[str], prefix: str, dialect: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in a form the database answers from an index."""
    if dialect == "postgresql":
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(escaped + "%", escape="\\")
    upper = successor(prefix)
    lower = column >= prefix
    return lower if upper is None else and_(lower, column < upper)


def query_condition(query: str, dialect: str) -> ColumnElement[bool]:
    return or_(
        starts_with(col(User.email_normalized), v.email_key(query), dialect),
        starts_with(col(User.username_normalized), v.username_key(query), dialect),
        starts_with(col(User.first_name_key), name_key(query), dialect),
        starts_with(col(User.last_name_key), name_key(query), dialect),
    )


@dataclass(frozen=True, slots=True)
class UsersPage:
    users: list[User]
    has_next_page: bool
    has_previous_page: bool


async def search(
    uow: UnitOfWork,
    first: int,
    after: Position | None = None,
    *,
    query: str | None = None,
    status: str | None = None,
    role: str | None = None,
) -> UsersPage:
    first = max(1, min(first, MAX_PAGE))
    statement = select(User)
    text = (query or "").strip()
    if text:
        dialect = uow.session.get_bind().dialect.name
        statement = statement.where(query_condition(text[:QUERY_MAX], dialect))
    # With a query, its prefix indexes find the accounts; the filters must not tempt a planner
    # without statistics (a new SQLite database) into walking the status's or role's index, so
    # they compare an expression no index covers.
    status_key = col(User.status).concat("") if text else col(User.status)
    role_key = col(User.role).concat("") if text else col(User.role)
    if status is not None:
        statement = statement.where(status_key == status)
    if role is not None:
        statement = statement.where(role_key == role)
    if after is not None:
        statement = statement.where(
            or_(
                col(User.date_joined) < after.at,
                and_(col(User.date_joined) == after.at, col(User.id) < after.id),
            )
        )
    statement = statement.order_by(col(User.date_joined).desc(), col(User.id).desc())
    rows = list((await uow.session.execute(statement.limit(first + 1))).scalars())
    return UsersPage(
        users=rows[:first], has_next_page=len(rows) > first, has_previous_page=after is not None
    )
