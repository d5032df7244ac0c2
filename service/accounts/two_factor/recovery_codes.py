"""Recovery codes: ten single-use codes, shown once, stored only as keyed digests.

A code is ten characters from an alphabet without look-alikes (31 symbols, about 49 bits),
shown as ``xxxxx-xxxxx``; what a person types around it (spaces, dashes, capitals) is
ignored. Only HMAC-SHA-256 under a key derived from ``ACCOUNTS_SECRET_KEY`` (label
``recovery-codes``) over the account and the code is stored. Using a code is one conditional
DELETE of its row: of two requests using one code, exactly one wins. A new set replaces the
old one whole.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlmodel import col

from service.accounts.services import Services
from service.db.models import RecoveryCode
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

COUNT = 10
LENGTH = 10
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
KEY_PURPOSE = "recovery-codes"
MAX_SUBMITTED_LENGTH = 64


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalize(submitted: str) -> str:
    return "".join(ch for ch in submitted[:MAX_SUBMITTED_LENGTH].lower() if ch not in " -\t")


def code_digest(key: bytes, user_id: uuid.UUID, code: str) -> str:
    return hmac.new(key, f"{user_id}:{normalize(code)}".encode(), hashlib.sha256).hexdigest()


def _key(services: Services) -> bytes:
    return services.secret.derive(KEY_PURPOSE)


async def replace(
    uow: UnitOfWork, services: Services, user_id: uuid.UUID, now: datetime
) -> list[str]:
    """A new set of ``COUNT`` codes for the account; every earlier code stops working."""
    await discard(uow, user_id)
    key = _key(services)
    codes: list[str] = []
    while len(codes) < COUNT:
        code = new_code()
        if code not in codes:
            codes.append(code)
    uow.session.add_all(
        RecoveryCode(user_id=user_id, digest=code_digest(key, user_id, code), created_at=now)
        for code in codes
    )
    await uow.session.flush()
    return codes


async def redeem(uow: UnitOfWork, services: Services, user_id: uuid.UUID, submitted: str) -> bool:
    """Use ``submitted`` up: ``True`` for exactly one caller when it is an unused code."""
    code = normalize(submitted)
    if len(code) != LENGTH:
        return False
    result = await uow.session.execute(
        delete(RecoveryCode)
        .where(
            col(RecoveryCode.user_id) == user_id,
            col(RecoveryCode.digest) == code_digest(_key(services), user_id, code),
        )
        .execution_options(synchronize_session=False)
    )
    return affected(result) == 1


async def remaining(uow: UnitOfWork, user_id: uuid.UUID) -> int:
    statement = select(func.count()).where(col(RecoveryCode.user_id) == user_id)
    return int((await uow.session.execute(statement)).scalar_one())


async def discard(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    await uow.session.execute(delete(RecoveryCode).where(col(RecoveryCode.user_id) == user_id))
