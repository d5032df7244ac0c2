"""Device tokens: proof that a device logged in to an account before.

OWASP's "device cookie" scheme, with the cookie as an opaque token the client keeps: every
successful login answers a ``deviceToken``; a later login that presents it (for the same
account) is a *known device* and has an attempt budget of its own, so failures from unknown
devices, which share the account's ceiling, never lock the owner out. Only a SHA-256 digest is
stored, bound to the account; each account keeps its ``max_known_devices_per_user`` most
recently used devices. A password change or ``logoutAll`` forgets them all (the changing
client gets a new token), and a known device's failures still count against the account's
ceiling.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select
from sqlmodel import col

from service.accounts.tokens import DEVICE_TOKENS
from service.config import Settings
from service.db.models import KnownDevice
from service.db.unit_of_work import UnitOfWork


async def find_device(uow: UnitOfWork, user_id: uuid.UUID, token: str | None) -> KnownDevice | None:
    """The device behind ``token`` if this account issued it; any other token is unknown."""
    if not token or not DEVICE_TOKENS.well_formed(token):
        return None
    statement = select(KnownDevice).where(
        col(KnownDevice.token_digest) == DEVICE_TOKENS.digest(token),
        col(KnownDevice.user_id) == user_id,
    )
    return (await uow.session.execute(statement)).scalars().first()


async def forget_devices(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    """Every device of the account becomes unknown: after a password change or a "log out
    everywhere", a device that once knew the password keeps no budget of its own."""
    await uow.session.execute(delete(KnownDevice).where(col(KnownDevice.user_id) == user_id))


async def remember_device(
    uow: UnitOfWork,
    settings: Settings,
    user_id: uuid.UUID,
    device: KnownDevice | None,
    token: str | None,
    now: datetime,
) -> str:
    """The device token to answer a successful login with: the one presented when it is this
    account's, a new one (remembered) otherwise."""
    db = uow.session
    if device is not None and token:
        device.last_used_at = now
        db.add(device)
        return token
    token = DEVICE_TOKENS.new()
    device = KnownDevice(
        user_id=user_id, token_digest=DEVICE_TOKENS.digest(token), created_at=now, last_used_at=now
    )
    db.add(device)
    await db.flush()
    stale = await db.execute(
        select(col(KnownDevice.id))
        .where(col(KnownDevice.user_id) == user_id, col(KnownDevice.id) != device.id)
        .order_by(col(KnownDevice.last_used_at).desc())
        .offset(settings.max_known_devices_per_user - 1)
    )
    forgotten = [row[0] for row in stale]
    if forgotten:
        await db.execute(delete(KnownDevice).where(col(KnownDevice.id).in_(forgotten)))
    return token
