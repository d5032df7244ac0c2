"""Removing a passkey: from a privileged session only (``signin.step_up``; the contract gives
``removePasskey`` nothing but an id, so the proof is a recent one of the session), and never
the account's last way in (its last passkey when it has no password and no linked identity).
An id that is not one of the caller's passkeys answers like an unknown one."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlmodel import col

from service.accounts import events
from service.accounts.outcomes import (
    FieldError,
    InvalidCredentials,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.passkeys.outcomes import PasskeyRemoved, no_such_passkey
from service.accounts.passkeys.store import send_passkey_notice
from service.accounts.services import Services
from service.accounts.signin.step_up import require_privilege
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import ExternalIdentity, Passkey, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

LAST_WAY_IN = "This is the account's last way in: set a password or add another passkey first."


async def remove_passkey(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    passkey_id: str,
    client: ClientInfo,
) -> PasskeyRemoved | InvalidCredentials | ReauthenticationRequired | ValidationFailed:
    try:
        key = uuid.UUID(passkey_id[:64])
    except ValueError:
        return no_such_passkey()
    user = await uow.session.get(User, viewer.user.id, with_for_update=True)
    if user is None:
        return no_such_passkey()
    if refused := await require_privilege(uow, services, viewer, user, client):
        assert isinstance(refused, ReauthenticationRequired)  # no inline proof
        return refused
    if user.password_hash is None:
        count = await uow.session.execute(
            select(func.count()).select_from(Passkey).where(col(Passkey.user_id) == user.id)
        )
        linked = await uow.session.execute(
            select(func.count())
            .select_from(ExternalIdentity)
            .where(col(ExternalIdentity.user_id) == user.id)
        )
        if count.scalar_one() <= 1 and not linked.scalar_one():
            return ValidationFailed([FieldError("id", "last_way_in", LAST_WAY_IN)])
    removed = await uow.session.execute(
        delete(Passkey)
        .where(col(Passkey.id) == key, col(Passkey.user_id) == user.id)
        .returning(col(Passkey.name))
    )
    row = removed.first()
    if row is None:
        return no_such_passkey()
    now = utcnow()
    await events.record(uow, user.id, SecurityEventKind.PASSKEY_REMOVED, client, now)
    await send_passkey_notice(uow, user, "passkey_removed", row[0], client, now)
    return PasskeyRemoved()
