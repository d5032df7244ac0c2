"""Accounts by identifier and address, and their status as an operator sets it."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlmodel import col

from service.accounts.profile import validation as v
from service.accounts.sessions.store import revoke_all
from service.clock import utcnow
from service.db.models import AccountStatus, User, UsernameHold
from service.db.unit_of_work import UnitOfWork


async def find_conflicts(
    uow: UnitOfWork, *, email: str | None, username: str | None, exclude: User | None = None
) -> list[str]:
    conditions = []
    if email is not None:
        conditions.append(col(User.email_normalized) == v.email_key(email))
    if username is not None:
        conditions.append(col(User.username_normalized) == v.username_key(username))
    if not conditions:
        return []
    statement = select(col(User.email_normalized), col(User.username_normalized)).where(
        or_(*conditions)
    )
    if exclude is not None:
        statement = statement.where(col(User.id) != exclude.id)
    taken: list[str] = []
    for row_email, row_username in await uow.session.execute(statement):
        if email is not None and row_email == v.email_key(email) and "email" not in taken:
            taken.append("email")
        if (
            username is not None
            and row_username == v.username_key(username)
            and "username" not in taken
        ):
            taken.append("username")
    if username is not None and "username" not in taken and await _held(uow, username, exclude):
        taken.append("username")
    return [name for name in ("email", "username") if name in taken]


async def _held(uow: UnitOfWork, username: str, exclude: User | None) -> bool:
    """Whether a hidden registration of another account's email holds ``username`` (the
    account of that email, ``exclude``, may still take it)."""
    statement = select(col(UsernameHold.email_normalized)).where(
        col(UsernameHold.username_normalized) == v.username_key(username)
    )
    holder = (await uow.session.execute(statement)).scalar_one_or_none()
    return holder is not None and (exclude is None or holder != exclude.email_normalized)


async def hold_username(uow: UnitOfWork, username: str, email: str) -> None:
    """Hold ``username`` as an account registered with ``email`` would (``UsernameHold``)."""
    hold = UsernameHold(
        username_normalized=v.username_key(username),
        email_normalized=v.email_key(email),
        created_at=utcnow(),
    )
    uow.session.add(hold)
    await uow.session.flush()


async def find_user(uow: UnitOfWork, identifier: str) -> User | None:
    """Look a user up by email or username, case-insensitively."""
    column, key = v.identifier_key(identifier)
    target = col(User.email_normalized) if column == "email" else col(User.username_normalized)
    return (await uow.session.execute(select(User).where(target == key))).scalars().first()


async def list_users(uow: UnitOfWork, *, limit: int = 100, offset: int = 0) -> list[User]:
    rows = await uow.session.execute(
        select(User)
        .order_by(col(User.date_joined), col(User.username_normalized))
        .limit(limit)
        .offset(offset)
    )
    return list(rows.scalars())


async def set_status(uow: UnitOfWork, user: User, status: AccountStatus) -> int:
    """Administrative status change; suspending also revokes every session. Returns revoked.

    The write is a compare-and-set on the row's version (see ``User``): a login that read the
    old status cannot write its own over this one.
    """
    if user.status != status:
        user.status = status
        user.bump_version()
    uow.session.add(user)
    count = 0
    if status != AccountStatus.ACTIVE:
        count = await revoke_all(uow, user.id)
    await uow.session.flush()
    return count
