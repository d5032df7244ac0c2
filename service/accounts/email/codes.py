"""Email codes: issued per request, checked, consumed.

A code is ``CODE_DIGITS`` digits from ``secrets``, mailed; the request that asked for it is
answered with a *handle* (``cod_`` + 256 random bits) that the check may carry back. Only
keyed digests are stored: HMAC-SHA-256 under a key derived from ``ACCOUNTS_SECRET_KEY`` over
the account, the purpose and the code (so a database dump yields no usable code, and a code
never matches another account's or another purpose's row), and the SHA-256 of the handle.

Every request makes a row of its own: a request never replaces a code another client is
using. An account keeps its ``LIVE_CODES`` newest live codes per purpose (an email change
keeps one: the pending address's); each expires after ``ACCOUNTS_CODE_TTL``.

- A check **with a handle** meets that request's code only: a wrong code counts a try
  against it, and it dies after ``MAX_FAILED_TRIES``. Nobody without the handle can spend
  its tries.
- A check **without a handle** (the code typed into another client) is compared with every
  live code of the account for that purpose, and a wrong one kills none of them: the caller
  counts it against the account's ceiling instead (``users.code_failures``, see
  ``email.ceilings``).

Comparisons are constant time; consuming is one conditional DELETE (the row that matched,
still live, still under the tries limit): of two requests submitting one code at once the
database lets exactly one delete the row.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import col

from service.accounts.services import Services
from service.accounts.tokens import OpaqueTokens
from service.clock import utcnow
from service.db.models import CodePurpose, EmailCode
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

CODE_DIGITS = 6
MAX_FAILED_TRIES = 5
MAX_SUBMITTED_LENGTH = 32
KEY_PURPOSE = "email-codes"
LIVE_CODES = 10
HANDLES = OpaqueTokens("cod_")


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def normalize(submitted: str) -> str:
    """What a person may type around the digits (spaces, a dash) is ignored."""
    return "".join(ch for ch in submitted[:MAX_SUBMITTED_LENGTH] if ch not in " -\t")


def code_digest(key: bytes, user_id: uuid.UUID, purpose: CodePurpose, code: str) -> str:
    message = f"{purpose.value}:{user_id}:{code}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _key(services: Services) -> bytes:
    return services.secret.derive(KEY_PURPOSE)


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str
    handle: str
    ttl_seconds: int

    @property
    def expires_minutes(self) -> int:
        return max(1, self.ttl_seconds // 60)


def _kept(purpose: CodePurpose) -> int:
    return 1 if purpose == CodePurpose.EMAIL_CHANGE else LIVE_CODES


async def issue(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID,
    purpose: CodePurpose,
    email: str,
    now: datetime | None = None,
) -> IssuedCode:
    """A new code for ``email``, beside the account's other live codes for ``purpose`` (the
    oldest beyond ``LIVE_CODES`` go; an email change keeps only the new one)."""
    now = now or utcnow()
    ttl = services.settings.code_ttl
    code, handle = new_code(), HANDLES.new()
    row = EmailCode(
        user_id=user_id,
        purpose=purpose.value,
        handle_digest=HANDLES.digest(handle),
        digest=code_digest(_key(services), user_id, purpose, code),
        email=email,
        expires_at=now + ttl,
        created_at=now,
    )
    uow.session.add(row)
    await uow.session.flush()
    stale = await uow.session.execute(
        select(col(EmailCode.id))
        .where(*_of(user_id, purpose), col(EmailCode.id) != row.id)
        .order_by(col(EmailCode.created_at).desc(), col(EmailCode.id).desc())
        .offset(_kept(purpose) - 1)
    )
    old = [found[0] for found in stale]
    if old:
        await uow.session.execute(delete(EmailCode).where(col(EmailCode.id).in_(old)))
    return IssuedCode(code=code, handle=handle, ttl_seconds=int(ttl.total_seconds()))


async def touch_nothing(uow: UnitOfWork, services: Services, purpose: CodePurpose) -> str:
    """The work ``issue`` does, for an address with no account: a digest, a write-sized
    statement on the same index that changes no row, and a handle like any other."""
    nobody = uuid.uuid4()
    digest = code_digest(_key(services), nobody, purpose, new_code())
    await uow.session.execute(update(EmailCode).where(*_of(nobody, purpose)).values(digest=digest))
    return HANDLES.new()


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """A submitted code that matched a live row; ``consume`` makes it used."""

    id: uuid.UUID
    email: str  # the address it was sent to


def _of(user_id: uuid.UUID, purpose: CodePurpose) -> list[Any]:
    return [col(EmailCode.user_id) == user_id, col(EmailCode.purpose) == purpose.value]


def _live(now: datetime) -> list[Any]:
    return [col(EmailCode.expires_at) > now, col(EmailCode.failed_attempts) < MAX_FAILED_TRIES]


async def check(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID | None,
    purpose: CodePurpose,
    submitted: str,
    handle: str | None = None,
    now: datetime | None = None,
) -> CodeMatch | None:
    """The live code ``submitted`` matches, or ``None``.

    With ``handle`` only that request's code is compared, and a wrong try counts against it;
    without, every live code of the account for ``purpose`` is, and nothing is counted here.
    ``user_id`` ``None`` (no such account) computes a digest all the same and answers
    ``None``. A match is not yet used: ``consume`` it in the same unit of work.
    """
    now = now or utcnow()
    code = normalize(submitted)
    digest = code_digest(_key(services), user_id or uuid.uuid4(), purpose, code)
    if user_id is None:
        return None
    conditions = [*_of(user_id, purpose), *_live(now)]
    if handle is not None:
        conditions.append(col(EmailCode.handle_digest) == HANDLES.digest(handle[:128]))
    rows = (
        await uow.session.execute(
            select(col(EmailCode.id), col(EmailCode.digest), col(EmailCode.email)).where(
                *conditions
            )
        )
    ).all()
    # Every row compared, whichever matches (a digest matches only the code itself, always
    # six ASCII digits). With a handle there is one row, the one a wrong try counts against.
    matched = None
    for row_id, stored, email in rows:
        if hmac.compare_digest(stored, digest) and matched is None:
            matched = CodeMatch(row_id, email)
    if matched is None and handle is not None and rows:
        row_id = rows[0][0]
        await uow.session.execute(
            update(EmailCode)
            .where(col(EmailCode.id) == row_id, col(EmailCode.failed_attempts) < MAX_FAILED_TRIES)
            .values(failed_attempts=col(EmailCode.failed_attempts) + 1)
        )
    return matched


async def consume(uow: UnitOfWork, match: CodeMatch, now: datetime | None = None) -> bool:
    """Use the code up: ``True`` for exactly one of any number of concurrent callers."""
    now = now or utcnow()
    result = await uow.session.execute(
        delete(EmailCode).where(col(EmailCode.id) == match.id, *_live(now))
    )
    return affected(result) == 1


async def redeem(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID | None,
    purpose: CodePurpose,
    submitted: str,
    handle: str | None = None,
) -> CodeMatch | None:
    """``check`` then ``consume``: the match when this caller used the code up."""
    match = await check(uow, services, user_id, purpose, submitted, handle)
    if match is None or not await consume(uow, match):
        return None
    return match


async def discard(uow: UnitOfWork, user_id: uuid.UUID, purpose: CodePurpose | None = None) -> None:
    statement = delete(EmailCode).where(col(EmailCode.user_id) == user_id)
    if purpose is not None:
        statement = statement.where(col(EmailCode.purpose) == purpose.value)
    await uow.session.execute(statement)


async def purge_expired(uow: UnitOfWork, now: datetime | None = None) -> int:
    result = await uow.session.execute(
        delete(EmailCode).where(col(EmailCode.expires_at) <= (now or utcnow()))
    )
    return affected(result)
