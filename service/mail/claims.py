"""Claims on the outbox: which due rows one courier delivers now.

A claim is one statement that marks due rows ``claimed_until = now + lease`` and commits
before anything is sent. On PostgreSQL the rows are picked ``FOR UPDATE SKIP LOCKED``, so
couriers in several processes never claim the same row; on SQLite the single UPDATE is atomic.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from service.config import Settings
from service.db.models import OutboxMessage, OutboxStatus
from service.db.unit_of_work import UnitOfWork

QUEUED = OutboxStatus.QUEUED.value


@dataclass(frozen=True, slots=True)
class Claimed:
    id: uuid.UUID
    template: str
    recipient: str
    locale: str
    data: str
    attempts: int


async def claim_due(
    session_factory: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> list[Claimed]:
    """Claim one batch of due messages for ``settings.mail_claim_lease``, committed before
    anything is sent; the claimed rows, oldest first by id."""
    due = [
        col(OutboxMessage.status) == QUEUED,
        col(OutboxMessage.next_attempt_at) <= now,
        or_(col(OutboxMessage.claimed_until).is_(None), col(OutboxMessage.claimed_until) < now),
    ]
    pick = (
        select(col(OutboxMessage.id))
        .where(*due)
        .order_by(col(OutboxMessage.next_attempt_at))
        .limit(settings.mail_batch_size)
    )
    claim = update(OutboxMessage).values(claimed_until=now + settings.mail_claim_lease)
    columns = (
        col(OutboxMessage.id),
        col(OutboxMessage.template),
        col(OutboxMessage.recipient),
        col(OutboxMessage.locale),
        col(OutboxMessage.data),
        col(OutboxMessage.attempts),
    )
    async with UnitOfWork.open(session_factory) as uow:
        if uow.session.get_bind().dialect.name == "sqlite":
            # One statement: SQLite runs it alone, so no other writer sees the rows between.
            statement = claim.where(col(OutboxMessage.id).in_(pick.scalar_subquery()), *due)
        else:
            # Lock the picked rows first (skipping those another courier holds), then mark
            # exactly those: an UPDATE over a LIMIT subquery may re-run the subquery.
            locked = pick.with_for_update(skip_locked=True)
            ids = list((await uow.session.execute(locked)).scalars())
            if not ids:
                return []
            statement = claim.where(col(OutboxMessage.id).in_(ids))
        rows = (await uow.session.execute(statement.returning(*columns))).all()
    return sorted((Claimed(*row) for row in rows), key=lambda c: c.id)


def erase_code(data: str) -> str:
    values = json.loads(data)
    values.pop("code", None)
    values.pop("handle", None)
    return json.dumps(values, sort_keys=True)


def backoff(settings: Settings, attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt: doubling from the retry delay."""
    delay: timedelta = settings.mail_retry_delay * (2 ** min(attempts - 1, 30))
    return min(delay, settings.mail_retry_max_delay)
