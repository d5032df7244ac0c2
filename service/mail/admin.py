"""What operators see of the outbox and do with it: list, requeue, and the /metrics figures.

A message that carried a code cannot be sent again: the code was erased when it failed (and
has most likely expired since). Requeueing refuses those; the user asks for a new code.
Notices are requeued as they were, with their attempts counted afresh.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from service.clock import utcnow
from service.db.models import OutboxMessage, OutboxStatus
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import CODE_TEMPLATES, WEBHOOK


def _of_kind(webhooks: bool) -> ColumnElement[bool]:
    """Webhook deliveries, or mail: the outbox holds both, the CLI shows them apart."""
    template = col(OutboxMessage.template)
    return template == WEBHOOK if webhooks else template != WEBHOOK


async def list_messages(
    uow: UnitOfWork, *, status: str | None = None, limit: int = 50, webhooks: bool = False
) -> list[OutboxMessage]:
    query = (
        select(OutboxMessage)
        .where(_of_kind(webhooks))
        .order_by(col(OutboxMessage.created_at).desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(col(OutboxMessage.status) == status)
    return list((await uow.session.execute(query)).scalars())


@dataclass
class Requeued:
    requeued: list[uuid.UUID] = field(default_factory=list)
    refused: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    missing: list[uuid.UUID] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"requeued {len(self.requeued)} message(s)"]
        out += [f"refused {message_id}: {why}" for message_id, why in self.refused]
        out += [f"no message {message_id}" for message_id in self.missing]
        return out


async def requeue(
    uow: UnitOfWork,
    *,
    message_id: uuid.UUID | None = None,
    all_failed: bool = False,
    webhooks: bool = False,
) -> Requeued:
    """Failed notices (or webhook deliveries) go back to the queue, due now; a queued one
    becomes due now."""
    query = select(OutboxMessage).where(_of_kind(webhooks))
    if all_failed:
        query = query.where(col(OutboxMessage.status) == OutboxStatus.FAILED.value)
    else:
        query = query.where(col(OutboxMessage.id) == message_id)
    messages = list((await uow.session.execute(query)).scalars())
    result = Requeued()
    if message_id is not None and not messages:
        result.missing.append(message_id)
    now = utcnow()
    for message in messages:
        if message.status == OutboxStatus.SENT.value:
            result.refused.append((message.id, "already sent"))
            continue
        if message.status == OutboxStatus.FAILED.value and message.template in CODE_TEMPLATES:
            result.refused.append(
                (
                    message.id,
                    f"{message.template} carried a code, erased when it failed; "
                    "the user can ask for a new one",
                )
            )
            continue
        values: dict[str, object] = {"next_attempt_at": now, "claimed_until": None}
        if message.status == OutboxStatus.FAILED.value:
            values.update(status=OutboxStatus.QUEUED.value, attempts=0)
        await uow.session.execute(
            update(OutboxMessage).where(col(OutboxMessage.id) == message.id).values(**values)
        )
        result.requeued.append(message.id)
    return result


async def queue_stats(session: AsyncSession, now: datetime | None = None) -> tuple[int, float]:
    """How many messages wait, and how long the oldest has waited (seconds)."""
    count, oldest = (
        await session.execute(
            select(func.count(), func.min(col(OutboxMessage.created_at))).where(
                col(OutboxMessage.status) == OutboxStatus.QUEUED.value
            )
        )
    ).one()
    if oldest is None:
        return int(count), 0.0
    if oldest.tzinfo is None:  # SQLite hands back naive UTC from an aggregate
        oldest = oldest.replace(tzinfo=UTC)
    return int(count), max(0.0, ((now or utcnow()) - oldest).total_seconds())
