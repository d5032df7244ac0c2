"""Email codes: issued, checked and consumed.

A code is ``CODE_DIGITS`` digits from ``secrets``. Only its keyed digest is stored:
HMAC-SHA-256 under a key derived from ``ACCOUNTS_SECRET_KEY``, over the account, the purpose
and the code, so a database dump yields no usable code and a code never matches another
account's or another purpose's row. Each account has at most one live code per purpose (the
row's primary key); issuing a new one replaces the old. A code expires after
``ACCOUNTS_CODE_TTL`` and dies after ``MAX_FAILED_TRIES`` wrong tries.

Checking compares digests in constant time; consuming is one conditional DELETE (the digest
that matched, still live, still under the tries limit): when two requests submit one code at
once, the database lets exactly one of them delete the row, and the other answers as if the
code were wrong.
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
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col

from service.accounts.services import Services
from service.clock import utcnow
from service.db.models import CodePurpose, EmailCode
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

CODE_DIGITS = 6
MAX_FAILED_TRIES = 5
MAX_SUBMITTED_LENGTH = 32
KEY_PURPOSE = "email-codes"


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
    expires_at: datetime
    ttl_seconds: int

    @property
    def expires_minutes(self) -> int:
        return max(1, self.ttl_seconds // 60)


def _upsert(dialect: str) -> Any:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


async def issue(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID,
    purpose: CodePurpose,
    email: str,
    now: datetime | None = None,
) -> IssuedCode:
    """A new code for ``email``; the account's previous code for ``purpose`` stops working."""
    now = now or utcnow()
    ttl = services.settings.code_ttl
    code = new_code()
    values = {
        "digest": code_digest(_key(services), user_id, purpose, code),
        "email": email,
        "expires_at": now + ttl,
        "failed_attempts": 0,
        "created_at": now,
    }
    insert = _upsert(uow.session.get_bind().dialect.name)
    statement = (
        insert(EmailCode)
        .values(user_id=user_id, purpose=purpose.value, **values)
        .on_conflict_do_update(index_elements=["user_id", "purpose"], set_=values)
    )
    await uow.session.execute(statement)
    return IssuedCode(code=code, expires_at=now + ttl, ttl_seconds=int(ttl.total_seconds()))


async def touch_nothing(uow: UnitOfWork, services: Services, purpose: CodePurpose) -> None:
    """The work ``issue`` does, for an address with no account: a digest and a write-sized
    statement on the same index that changes no row (see ``password_reset``)."""
    nobody = uuid.uuid4()
    digest = code_digest(_key(services), nobody, purpose, new_code())
    await uow.session.execute(
        update(EmailCode)
        .where(col(EmailCode.user_id) == nobody, col(EmailCode.purpose) == purpose.value)
        .values(digest=digest)
    )


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """A submitted code that matched a live row; ``consume`` makes it used."""

    user_id: uuid.UUID
    purpose: CodePurpose
    digest: str
    email: str


def _row(user_id: uuid.UUID, purpose: CodePurpose) -> list[Any]:
    return [col(EmailCode.user_id) == user_id, col(EmailCode.purpose) == purpose.value]


async def check(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID | None,
    purpose: CodePurpose,
    submitted: str,
    now: datetime | None = None,
) -> CodeMatch | None:
    """The live code ``submitted`` matches, or ``None`` (a wrong try counts against the row).

    ``user_id`` ``None`` (no such account) computes a digest all the same and answers
    ``None``. A match is not yet used: ``consume`` it in the same unit of work.
    """
    now = now or utcnow()
    code = normalize(submitted)
    digest = code_digest(_key(services), user_id or uuid.uuid4(), purpose, code)
    if user_id is None:
        return None
    found = (
        await uow.session.execute(
            select(
                col(EmailCode.digest),
                col(EmailCode.email),
                col(EmailCode.expires_at),
                col(EmailCode.failed_attempts),
            ).where(*_row(user_id, purpose))
        )
    ).first()
    if found is None:
        return None
    stored, email, expires_at, failed = found
    if expires_at <= now or failed >= MAX_FAILED_TRIES:
        return None
    well_formed = len(code) == CODE_DIGITS and code.isascii() and code.isdigit()
    if not (hmac.compare_digest(stored, digest) and well_formed):
        await uow.session.execute(
            update(EmailCode)
            .where(
                *_row(user_id, purpose),
                col(EmailCode.digest) == stored,
                col(EmailCode.failed_attempts) < MAX_FAILED_TRIES,
            )
            .values(failed_attempts=col(EmailCode.failed_attempts) + 1)
        )
        return None
    return CodeMatch(user_id=user_id, purpose=purpose, digest=stored, email=email)


async def consume(uow: UnitOfWork, match: CodeMatch, now: datetime | None = None) -> bool:
    """Use the code up: ``True`` for exactly one of any number of concurrent callers."""
    now = now or utcnow()
    result = await uow.session.execute(
        delete(EmailCode).where(
            *_row(match.user_id, match.purpose),
            col(EmailCode.digest) == match.digest,
            col(EmailCode.failed_attempts) < MAX_FAILED_TRIES,
            col(EmailCode.expires_at) > now,
        )
    )
    return affected(result) == 1


async def redeem(
    uow: UnitOfWork,
    services: Services,
    user_id: uuid.UUID | None,
    purpose: CodePurpose,
    submitted: str,
) -> CodeMatch | None:
    """``check`` then ``consume``: the match when this caller used the code up."""
    match = await check(uow, services, user_id, purpose, submitted)
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
