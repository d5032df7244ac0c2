"""The accounts as staff read them: a search a page at a time, and one account in full.

``search`` matches a prefix of the email, the username, the first name or the last name (each
by its normalised key: casefolded, as registration compares them), optionally filtered by
status and role, newest account first (then by id: a stable order for the cursor). A page has at
most ``MAX_PAGE`` accounts.

Each prefix is a range of its key, from the prefix to its ``successor``, that the key's index
answers whatever the prefix: on SQLite the plain index (its text compares by code point), on
PostgreSQL a ``varchar_pattern_ops`` index through its own operators (``~>=~``, ``~<~``: bytes,
whatever the database's collation; UTF-8's byte order is the code points' order). A range, unlike
``LIKE``, is answered from the index by a plan made without the prefix's value too, as a
prepared statement's generic plan is. With a query, the order and the filters compare
expressions no index covers, so that no planner walks the newest accounts (or the status's or the
role's index) filtering every row instead: the prefixes' indexes find the accounts and their
matches are sorted. Without a query, the newest accounts come from the ``(date_joined, id)``
index, or the status's or the role's own index with a filter.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
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
    upper = successor(prefix)
    if dialect == "postgresql":
        lower = column.op("~>=~", is_comparison=True)(prefix)
        if upper is None:
            return lower
        return and_(lower, column.op("~<~", is_comparison=True)(upper))
    return column >= prefix if upper is None else and_(column >= prefix, column < upper)


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
    # With a query, its prefix indexes find the accounts: nothing else may tempt a planner
    # (without statistics, or making a generic plan) into walking another index instead.
    status_key = col(User.status).concat("") if text else col(User.status)
    role_key = col(User.role).concat("") if text else col(User.role)
    joined = func.coalesce(col(User.date_joined), col(User.date_joined)) if text else None
    joined_key = col(User.date_joined) if joined is None else joined
    if status is not None:
        statement = statement.where(status_key == status)
    if role is not None:
        statement = statement.where(role_key == role)
    if after is not None:
        statement = statement.where(
            or_(
                joined_key < after.at,
                and_(joined_key == after.at, col(User.id) < after.id),
            )
        )
    statement = statement.order_by(joined_key.desc(), col(User.id).desc())
    rows = list((await uow.session.execute(statement.limit(first + 1))).scalars())
    return UsersPage(
        users=rows[:first], has_next_page=len(rows) > first, has_previous_page=after is not None
    )
