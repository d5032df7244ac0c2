"""TOTP secrets (RFC 6238): made, encrypted at rest, shown once as a URI and a QR code, checked.

A secret is 160 random bits (32 base32 characters, ``pyotp.random_base32``). It is stored only
encrypted: AES-256-GCM under a key derived from ``ACCOUNTS_SECRET_KEY`` (label
``totp-secrets``), a fresh 96-bit nonce per encryption, and the account's id as associated
data, so a ciphertext copied onto another account's row does not decrypt. The stored text is
``v1:`` + URL-safe base64 of nonce and ciphertext. Secrets are never logged and never shown
after ``beginTotpSetup``.

A code is accepted for the current time step and one step either side (clocks drift). The
step it matched is then written with one conditional UPDATE (``last_used_step`` is null or
older): each step is used at most once per account, a replayed code is refused, and of two
requests that submit one code at once, on SQLite or PostgreSQL, exactly one wins.
"""

from __future__ import annotations

import base64
import hmac
import os
import uuid
from datetime import datetime
from typing import Any

import pyotp
import segno
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col

from service.accounts.services import Services
from service.clock import utcnow
from service.db.models import TotpCredential
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

STEP_SECONDS = 30
DIGITS = 6
WINDOW = 1  # steps accepted either side of the current one
KEY_PURPOSE = "totp-secrets"
NONCE_BYTES = 12
FORMAT = "v1:"
MAX_SUBMITTED_LENGTH = 32


class SecretUnreadable(Exception):
    """A stored secret that does not decrypt under this key for this account."""


def new_secret() -> str:
    return pyotp.random_base32()


def _aead(services: Services) -> AESGCM:
    return AESGCM(services.secret.derive(KEY_PURPOSE))


def encrypt(services: Services, user_id: uuid.UUID, secret: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = _aead(services).encrypt(nonce, secret.encode("ascii"), user_id.bytes)
    return FORMAT + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def decrypt(services: Services, user_id: uuid.UUID, stored: str) -> str:
    if not stored.startswith(FORMAT):
        raise SecretUnreadable("unknown format")
    try:
        raw = base64.urlsafe_b64decode(stored[len(FORMAT) :])
        plain = _aead(services).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], user_id.bytes)
    except (InvalidTag, ValueError) as exc:
        raise SecretUnreadable(type(exc).__name__) from exc
    return plain.decode("ascii")


def otpauth_uri(secret: str, account_name: str, issuer: str) -> str:
    """The ``otpauth://totp/...`` URI authenticator apps read (from the QR code)."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=account_name, issuer_name=issuer
    )


def qr_svg(uri: str) -> str:
    """The URI as a QR code: an inline ``<svg>`` element, made here (no image from elsewhere)."""
    return str(segno.make(uri, micro=False, error="m").svg_inline(scale=4, border=4))


def step_at(moment: datetime) -> int:
    return int(moment.timestamp()) // STEP_SECONDS


def normalize(submitted: str) -> str:
    return "".join(ch for ch in submitted[:MAX_SUBMITTED_LENGTH] if ch not in " -\t")


def matching_step(secret: str, submitted: str, now: datetime) -> int | None:
    """The newest step within the window whose code is ``submitted``, or ``None``.

    Every step of the window is compared (in constant time), whichever matches."""
    code = normalize(submitted)
    if not (len(code) == DIGITS and code.isascii() and code.isdigit()):
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    current = step_at(now)
    matched = None
    for step in range(current - WINDOW, current + WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            matched = step
    return matched


async def find(uow: UnitOfWork, user_id: uuid.UUID) -> TotpCredential | None:
    statement = select(TotpCredential).where(col(TotpCredential.user_id) == user_id)
    return (await uow.session.execute(statement)).scalars().first()


async def is_enabled(uow: UnitOfWork, user_id: uuid.UUID) -> bool:
    statement = select(col(TotpCredential.user_id)).where(
        col(TotpCredential.user_id) == user_id, col(TotpCredential.confirmed_at).is_not(None)
    )
    return (await uow.session.execute(statement)).first() is not None


async def lock_enabled(uow: UnitOfWork, user_id: uuid.UUID) -> bool:
    """``is_enabled``, holding the secret's row locked (``FOR UPDATE`` on PostgreSQL; SQLite
    writes one at a time anyway) to the end of the transaction: two changes of the account's
    factors run one after the other, and none is made after the secret is gone."""
    statement = (
        select(col(TotpCredential.user_id))
        .where(
            col(TotpCredential.user_id) == user_id, col(TotpCredential.confirmed_at).is_not(None)
        )
        .with_for_update()
    )
    return (await uow.session.execute(statement)).first() is not None


def _upsert(dialect: str) -> Any:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


async def store_pending(
    uow: UnitOfWork, services: Services, user_id: uuid.UUID, secret: str, now: datetime
) -> bool:
    """Keep ``secret`` as the account's unconfirmed secret, replacing an unconfirmed one;
    ``False`` (nothing written) when the account has a confirmed secret."""
    values = {
        "secret_encrypted": encrypt(services, user_id, secret),
        "created_at": now,
        "confirmed_at": None,
        "last_used_step": None,
    }
    insert = _upsert(uow.session.get_bind().dialect.name)
    statement = (
        insert(TotpCredential)
        .values(user_id=user_id, **values)
        .on_conflict_do_update(
            index_elements=["user_id"],
            set_=values,
            where=col(TotpCredential.confirmed_at).is_(None),
        )
    )
    return affected(await uow.session.execute(statement)) == 1


async def use_code(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID,
    submitted: str,
    *,
    confirming: bool = False,
    now: datetime | None = None,
) -> bool:
    """Whether ``submitted`` is a current code of the account's secret, used up by this call.

    ``confirming`` checks the unconfirmed secret of a setup and confirms it with the same
    write; otherwise only a confirmed secret is checked. Which one it is, and that the secret
    is still the one read, are conditions of that write.
    """
    now = now or utcnow()
    row = await find(uow, user_id)
    if row is None:
        return False
    try:
        secret = decrypt(services, user_id, row.secret_encrypted)
    except SecretUnreadable:
        return False  # another key: the account must set TOTP up again (or be reset)
    step = matching_step(secret, submitted, now)
    if step is None:
        return False
    confirmed = col(TotpCredential.confirmed_at)
    changes: dict[str, Any] = {"last_used_step": step}
    if confirming:
        changes["confirmed_at"] = now
    result = await uow.session.execute(
        update(TotpCredential)
        .where(
            col(TotpCredential.user_id) == user_id,
            col(TotpCredential.secret_encrypted) == row.secret_encrypted,
            confirmed.is_(None) if confirming else confirmed.is_not(None),
            or_(
                col(TotpCredential.last_used_step).is_(None),
                col(TotpCredential.last_used_step) < step,
            ),
        )
        .values(**changes)
        .execution_options(synchronize_session=False)
    )
    return affected(result) == 1


async def discard(uow: UnitOfWork, user_id: uuid.UUID) -> int:
    result = await uow.session.execute(
        delete(TotpCredential).where(col(TotpCredential.user_id) == user_id)
    )
    return affected(result)
