"""Admin keys: how automation calls the admin API.

``create`` makes a key (``adm_`` and 256 random bits) with a name and a role and answers it
once; only its SHA-256 digest is stored, with its first characters to tell keys apart in a
listing. ``resolve`` finds the live key behind a request's key and records when it was last used
(at most once a minute, so reading with a key does not write on every request). A revoked key
stays listed, revoked, and answers like an unknown one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from service.accounts.admin import audit
from service.accounts.admin.staff import Staff
from service.accounts.outcomes import FieldError, Rejected, ValidationFailed
from service.accounts.tokens import ADMIN_KEYS
from service.clock import utcnow
from service.db.models import AdminKey, KeyRole
from service.db.unit_of_work import UnitOfWork

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
SHOWN_PREFIX = 8  # ``adm_`` and four characters of the key
LAST_USED_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class CreatedKey:
    key: AdminKey
    secret: str  # shown once


def check_name(name: str) -> list[FieldError]:
    if not NAME_PATTERN.fullmatch(name):
        return [
            FieldError(
                "name",
                "invalid",
                "A key's name is 1 to 64 letters, digits, dots, dashes or underscores.",
            )
        ]
    return []


async def create(
    uow: UnitOfWork, staff: Staff, name: str, role: str
) -> CreatedKey | ValidationFailed:
    errors = check_name(name)
    if role not in KeyRole.__members__:
        errors.append(FieldError("role", "invalid", "The role is READONLY, SUPPORT or ADMIN."))
    if errors:
        return ValidationFailed(errors)
    secret = ADMIN_KEYS.new()
    key = AdminKey(
        name=name,
        role=role,
        key_digest=ADMIN_KEYS.digest(secret),
        prefix=secret[:SHOWN_PREFIX],
        created_at=utcnow(),
        created_by=staff.actor,
    )
    uow.session.add(key)
    try:
        await uow.session.flush()
    except IntegrityError as exc:
        taken = FieldError("name", "taken", "A key of this name exists: choose another name.")
        raise Rejected(ValidationFailed([taken])) from exc
    await audit.record(uow, staff, "create_admin_key", detail=f"{name} ({role})")
    return CreatedKey(key=key, secret=secret)


async def list_keys(uow: UnitOfWork) -> list[AdminKey]:
    statement = select(AdminKey).order_by(col(AdminKey.created_at), col(AdminKey.name))
    return list((await uow.session.execute(statement)).scalars())


async def revoke(uow: UnitOfWork, staff: Staff, name: str) -> AdminKey | None:
    """The key of this name, revoked now (``None`` when there is none); revoking twice keeps
    the first time."""
    statement = select(AdminKey).where(col(AdminKey.name) == name).with_for_update()
    key = (await uow.session.execute(statement)).scalars().first()
    if key is None:
        return None
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await uow.session.flush()
        await audit.record(uow, staff, "revoke_admin_key", detail=name)
    return key


async def resolve(uow: UnitOfWork, secret: str) -> AdminKey | None:
    """The live key ``secret`` is, or ``None`` (unknown, malformed or revoked)."""
    if not ADMIN_KEYS.well_formed(secret):
        return None
    statement = select(AdminKey).where(col(AdminKey.key_digest) == ADMIN_KEYS.digest(secret))
    key = (await uow.session.execute(statement)).scalars().first()
    if key is None or key.revoked_at is not None:
        return None
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at >= LAST_USED_RESOLUTION:
        key.last_used_at = now  # written with the request's unit of work (this column only)
    return key
