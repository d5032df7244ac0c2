"""Who calls the admin API, and what each role may do.

A caller is *staff*: an account whose role is ``SUPPORT`` or ``ADMIN``, signed in at AAL2 (two
factors, or a passkey); an admin key, whose role is ``READONLY``, ``SUPPORT`` or ``ADMIN``; or
an operator at the server's shell (the CLI, ``ADMIN``). Every staff role reads; ``SUPPORT`` and
``ADMIN`` act on accounts; only ``ADMIN`` deletes accounts and sets roles.

Acting on an account has rules of its own, whoever asks (``refusal``): staff never act on their
own account through the admin API (they have the users' API for that); only an ``ADMIN`` acts on
a staff account (support staff cannot suspend an admin, nor reset an admin's second factor); and
the last active ``ADMIN`` is never suspended, deleted or demoted.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from service.accounts.admin.outcomes import ActionRefused
from service.accounts.values import ClientInfo, Viewer
from service.db.models import AccountStatus, Role, User
from service.db.unit_of_work import UnitOfWork


class Access(enum.IntEnum):
    """What a caller may do, in order: each level includes those below it."""

    READ = 1
    ACT = 2  # suspend, reactivate, revoke sessions, reset two-factor, send a reset, create
    ADMINISTER = 3  # delete accounts, set roles


ACCESS = {
    "READONLY": Access.READ,
    Role.SUPPORT.value: Access.ACT,
    Role.ADMIN.value: Access.ADMINISTER,
}
STAFF_ROLES = frozenset({Role.SUPPORT.value, Role.ADMIN.value})


@dataclass(frozen=True, slots=True)
class Staff:
    """The caller of an admin action: ``actor`` names it in the audit log (``user:<username>``,
    ``key:<name>``, ``cli:<login>``); ``user_id`` and ``viewer`` are a staff account's."""

    actor: str
    role: str
    client: ClientInfo
    user_id: uuid.UUID | None = None
    viewer: Viewer | None = None

    @property
    def access(self) -> Access | None:
        return ACCESS.get(self.role)

    def may(self, needed: Access) -> bool:
        access = self.access
        return access is not None and access >= needed


def operator(login: str) -> Staff:
    """The operator at the server's shell: the CLI acts as an ``ADMIN``."""
    return Staff(
        actor=f"cli:{login}", role=Role.ADMIN.value, client=ClientInfo(user_agent="accounts cli")
    )


def is_staff(role: str) -> bool:
    return role in STAFF_ROLES


async def refusal(uow: UnitOfWork, staff: Staff, target: User) -> ActionRefused | None:
    """Why ``staff`` may not act on ``target`` at all, or ``None``."""
    if staff.user_id is not None and staff.user_id == target.id:
        return ActionRefused(
            "own_account", "Staff do not act on their own account here: use the account pages."
        )
    if is_staff(target.role) and staff.role != Role.ADMIN.value:
        return ActionRefused("staff_account", "Only an ADMIN acts on a staff account.")
    return None


async def last_admin(uow: UnitOfWork, target: User) -> ActionRefused | None:
    """Refuses taking ``target`` out of the active admins when no other would be left.

    The active admins' rows are locked (``FOR UPDATE``; SQLite's write lock), so two admins
    demoting each other at once cannot both pass."""
    if target.role != Role.ADMIN.value or target.status != AccountStatus.ACTIVE:
        return None
    await uow.serialize()
    others = (
        select(col(User.id))
        .where(
            col(User.role) == Role.ADMIN.value,
            col(User.status) == AccountStatus.ACTIVE.value,
            col(User.id) != target.id,
        )
        .with_for_update()
    )
    ids = list((await uow.session.execute(others)).scalars())
    if ids:
        return None
    return ActionRefused("last_admin", "This is the last active ADMIN: appoint another first.")


async def count_admins(uow: UnitOfWork) -> int:
    statement = select(func.count()).where(
        col(User.role) == Role.ADMIN.value, col(User.status) == AccountStatus.ACTIVE.value
    )
    return int((await uow.session.execute(statement)).scalar_one())
