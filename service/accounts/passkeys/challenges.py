"""WebAuthn challenges: handed out by a begin operation, consumed by its finish.

A challenge is 32 random bytes from ``secrets``, stored server side under a random id (the
``challengeId`` clients send back), bound to the account for a registration, and alive for
``ACCOUNTS_PASSKEY_CHALLENGE_TTL``. It is single use: ``consume`` is one
``DELETE … RETURNING`` of the live row of the expected kind, so of any number of concurrent
finishes exactly one gets it back (the database lets one delete the row; the others find
none), and a failed finish uses it up like a successful one.
"""

from __future__ import annotations

import base64
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col

from service.clock import utcnow
from service.config import Settings
from service.db.models import PasskeyChallenge, PasskeyChallengeKind
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

CHALLENGE_BYTES = 32


@dataclass(frozen=True, slots=True)
class IssuedChallenge:
    id: uuid.UUID
    challenge: bytes
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class ConsumedChallenge:
    kind: PasskeyChallengeKind
    user_id: uuid.UUID | None
    challenge: bytes


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


async def issue(
    uow: UnitOfWork,
    settings: Settings,
    kind: PasskeyChallengeKind,
    user_id: uuid.UUID | None,
    now: datetime | None = None,
) -> IssuedChallenge:
    now = now or utcnow()
    challenge = secrets.token_bytes(CHALLENGE_BYTES)
    row = PasskeyChallenge(
        kind=kind.value,
        user_id=user_id,
        challenge=_b64url(challenge),
        expires_at=now + settings.passkey_challenge_ttl,
        created_at=now,
    )
    uow.session.add(row)
    await uow.session.flush()
    return IssuedChallenge(id=row.id, challenge=challenge, expires_at=row.expires_at)


def parse_id(challenge_id: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(challenge_id[:64])
    except ValueError:
        return None


async def consume(
    uow: UnitOfWork,
    challenge_id: uuid.UUID,
    kinds: tuple[PasskeyChallengeKind, ...],
    *,
    user_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> ConsumedChallenge | None:
    """Use the challenge up: its content for exactly one caller, ``None`` for every other
    (unknown, expired, another kind, another account's, or used already)."""
    now = now or utcnow()
    conditions = [
        col(PasskeyChallenge.id) == challenge_id,
        col(PasskeyChallenge.kind).in_([kind.value for kind in kinds]),
        col(PasskeyChallenge.expires_at) > now,
    ]
    if user_id is not None:
        conditions.append(col(PasskeyChallenge.user_id) == user_id)
    statement = (
        delete(PasskeyChallenge)
        .where(*conditions)
        .returning(
            col(PasskeyChallenge.kind),
            col(PasskeyChallenge.user_id),
            col(PasskeyChallenge.challenge),
        )
    )
    row = (await uow.session.execute(statement)).first()
    if row is None:
        return None
    kind, owner, challenge = row
    return ConsumedChallenge(
        kind=PasskeyChallengeKind(kind), user_id=owner, challenge=_unb64url(challenge)
    )


async def purge_expired(uow: UnitOfWork, now: datetime | None = None) -> int:
    result = await uow.session.execute(
        delete(PasskeyChallenge).where(col(PasskeyChallenge.expires_at) <= (now or utcnow()))
    )
    return affected(result)
