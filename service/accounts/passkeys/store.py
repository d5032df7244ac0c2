"""An account's passkeys: listed, removed, discarded with the account.

Passkeys are added (``registration``) and removed (``removal``) from privileged sessions only;
each is a security event and a notice to the account's email."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from service.accounts.passkeys import relying_party
from service.accounts.sessions.store import USER_AGENT_MAX
from service.accounts.values import ClientInfo
from service.db.models import (
    Passkey,
    User,
)
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import enqueue


async def has_passkey(uow: UnitOfWork, user_id: uuid.UUID) -> bool:
    statement = select(col(Passkey.id)).where(col(Passkey.user_id) == user_id).limit(1)
    return (await uow.session.execute(statement)).first() is not None


async def list_passkeys(uow: UnitOfWork, user_id: uuid.UUID) -> list[Passkey]:
    """The account's passkeys, oldest first."""
    rows = await uow.session.execute(
        select(Passkey)
        .where(col(Passkey.user_id) == user_id)
        .order_by(col(Passkey.created_at), col(Passkey.id))
    )
    return list(rows.scalars())


def stored(passkeys: list[Passkey]) -> list[relying_party.StoredCredential]:
    return [relying_party.StoredCredential(p.credential_id, p.transports) for p in passkeys]


async def send_passkey_notice(
    uow: UnitOfWork,
    user: User,
    template: str,
    passkey_name: str,
    client: ClientInfo,
    at: datetime,
) -> None:
    """A notice like ``notices.send_notice``'s, naming the passkey."""
    await enqueue(
        uow,
        template=template,
        to=user.email,
        locale=user.locale,
        data={
            "username": user.username,
            "passkey_name": passkey_name,
            "ip_address": client.ip_address or "",
            "user_agent": (client.user_agent or "")[:USER_AGENT_MAX],
            "at": at.isoformat(timespec="seconds"),
        },
        user_id=user.id,
    )
