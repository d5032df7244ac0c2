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
from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from service.accounts.admin.outcomes import ActionRefused
from service.accounts.values import ClientInfo, Viewer
from service.db.models import AccountStatus, Passkey, Role, TotpCredential, User
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
    # what the caller's request budget is keyed by: the account's or the key's id, which a
    # rename does not change
    budget: str = ""

    @property
    def access(self) -> Access | None:
        return ACCESS.get(self.role)

    def may(self, needed: Access) -> bool:
        access = self.access
        return access is not None and access >= needed


def operator(login: str) -> Staff:
    """The operator at the server's shell: the CLI acts as an ``ADMIN``."""
    return Staff(
        actor=f"cli:{login}",
        role=Role.ADMIN.value,
        client=ClientInfo(user_agent="accounts cli"),
        budget=f"cli:{login}",
    )


# What the account's owner sees of an action by staff in their security events: that staff
# took it, not from where nor with which tools (the audit log keeps the caller's address).
STAFF_CLIENT = ClientInfo(user_agent="staff")


def is_staff(role: str) -> bool:
    return role in STAFF_ROLES


async def second_factor_before(uow: UnitOfWork, user_id: uuid.UUID, moment: datetime) -> bool:
    """Whether the account had a second factor (a confirmed TOTP secret, a passkey) at
    ``moment``: a factor enrolled later, from the session itself, did not prove it."""
    totp = select(col(TotpCredential.user_id)).where(
        col(TotpCredential.user_id) == user_id, col(TotpCredential.confirmed_at) <= moment
    )
    passkey = select(col(Passkey.user_id)).where(
        col(Passkey.user_id) == user_id, col(Passkey.created_at) <= moment
    )
    for statement in (totp, passkey):
        if (await uow.session.execute(statement.limit(1))).first() is not None:
            return True
    return False


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

    Every active admin's row is locked, the target's too, in the order of their ids (``FOR
    UPDATE``; SQLite's write lock), so two admins demoting each other at once cannot both
    pass, nor lock each other's rows in opposite orders."""
    if target.role != Role.ADMIN.value or target.status != AccountStatus.ACTIVE:
        return None
    await uow.serialize()
    admins = (
        select(col(User.id))
        .where(col(User.role) == Role.ADMIN.value, col(User.status) == AccountStatus.ACTIVE.value)
        .order_by(col(User.id))
        .with_for_update()
    )
    ids = list((await uow.session.execute(admins)).scalars())
    if any(admin != target.id for admin in ids):
        return None
    return ActionRefused("last_admin", "This is the last active ADMIN: appoint another first.")
