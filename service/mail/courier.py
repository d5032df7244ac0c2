"""The courier: claims due outbox rows and delivers them, one claim per message: mail by SMTP
(or files), webhooks by HTTP (``hooks``).

A claim is one statement that marks due rows ``claimed_until = now + lease`` and commits
before anything is sent, so no transaction stays open across a delivery. On PostgreSQL the rows
are picked ``FOR UPDATE SKIP LOCKED``: couriers in several processes never claim the same row;
on SQLite the single UPDATE is atomic. A courier that dies mid-send leaves its claim to expire,
and the message is delivered by the next round (at least once: a row is marked SENT right
after the server accepted it). Nothing is sent after 80% of the lease has passed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Sequence
from contextlib import AsyncExitStack, suppress
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from service.clock import utcnow
from service.config import Settings
from service.db.faults import is_unavailable
from service.db.models import OutboxMessage, OutboxStatus
from service.db.unit_of_work import UnitOfWork
from service.db.watch import describe_failure
from service.mail import outbox
from service.mail.claims import QUEUED, Claimed, backoff, claim_due, erase_code
from service.mail.hooks import CONCURRENT, WebhookSender, endpoint_label, webhook_id
from service.mail.render import compose, render
from service.mail.transport import DeliveryError, Send, Transport, create_transport, describe
from service.observability import MAIL_FAILED, MAIL_RETRIES, MAIL_SENT, WEBHOOK_DELIVERIES

logger = logging.getLogger("service.mail")
LEASE_SHARE = 0.8


class Courier:
    def __init__(
        self,
        settings: Settings,
        session_factory: async_sessionmaker[AsyncSession],
        transport: Transport | None = None,
    ) -> None:
        self.settings = settings
        self.session_factory = session_factory
        self.transport = transport or create_transport(settings)
        self.webhooks = WebhookSender(settings)
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        """Deliver in the background until ``stop``."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self.run(), name="mail-courier")

    async def stop(self, grace: float = 5.0) -> None:
        """Finish the send in flight (up to ``grace`` s); one cut short is retried later."""
        task, self._task = self._task, None
        self._stopping = True
        self._wake.set()
        if task is not None:
            try:
                await asyncio.wait_for(task, grace)
            except TimeoutError:
                logger.warning("mail courier stopped before its send finished")

    async def run(self) -> None:
        unlisten = outbox.listen(self.wake)
        poll = self.settings.mail_poll_interval.total_seconds()
        logger.info(
            "mail courier started (%s)",
            type(self.transport).__name__,
            extra={"fields": {"event": "courier_started"}},
        )
        if self.settings.is_production and self.settings.smtp_url is None:
            logger.warning("ACCOUNTS_SMTP_URL is unset: mail is written to ACCOUNTS_MAIL_DIR")
        database_down = False
        try:
            while not self._stopping:
                self._wake.clear()
                try:
                    claimed = await self.deliver_due()
                except Exception as exc:  # a database outage: try again next round
                    claimed = 0
                    if not is_unavailable(exc):
                        logger.warning("mail delivery round failed: %s", describe(exc))
                    elif not database_down:  # said once per outage, not once per round
                        database_down = True
                        logger.warning(
                            "mail delivery waits for the database: %s", describe_failure(exc)
                        )
                else:
                    if database_down:
                        database_down = False
                        logger.info("mail delivery resumed: the database answers again")
                if claimed >= self.settings.mail_batch_size:
                    continue
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), poll)
        finally:
            unlisten()

    async def deliver_due(self) -> int:
        """Claim one batch of due messages and deliver it; how many were claimed."""
        claimed_at = utcnow()
        batch = await claim_due(self.session_factory, self.settings, claimed_at)
        if batch:
            # Sending stops well before the claim expires, counted from the claim's own clock:
            # a claim that waited on the database leaves less time, never more.
            budget = LEASE_SHARE * self.settings.mail_claim_lease - (utcnow() - claimed_at)
            await self._deliver(batch, asyncio.get_running_loop().time() + budget.total_seconds())
        return len(batch)

    async def _deliver(self, batch: Sequence[Claimed], deadline: float) -> None:
        hooks = [message for message in batch if message.template == outbox.WEBHOOK]
        pending = [message for message in batch if message.template != outbox.WEBHOOK]
        try:
            await self._deliver_mail(pending, deadline)
        finally:
            if hooks:
                await self._deliver_hooks(hooks, deadline)

    async def _deliver_mail(self, pending: list[Claimed], deadline: float) -> None:
        try:
            async with AsyncExitStack() as connection:
                if not pending:
                    return
                try:
                    async with asyncio.timeout_at(deadline):
                        send = await connection.enter_async_context(self.transport.connect())
                except (DeliveryError, TimeoutError) as exc:  # every message waits its turn
                    reason = exc.reason if isinstance(exc, DeliveryError) else "connect timed out"
                    while pending:
                        await self._retry(pending.pop(0), reason)
                    return
                while pending:
                    if not await self._deliver_one(send, pending.pop(0), deadline):
                        break
        finally:
            await self._release(pending)

    async def _deliver_one(self, send: Send, message: Claimed, deadline: float) -> bool:
        """Send one message and record the outcome; False when the connection is gone."""
        try:
            email = compose(
                render(
                    message.template,
                    message.locale,
                    json.loads(message.data),
                    self.settings.public_url,
                    message.recipient,
                ),
                sender=self.settings.mail_from,
                recipient=message.recipient,
                message_id=message.id.hex,
            )
        except Exception as exc:  # a bad row must not stop the rest
            await self._fail(message, f"cannot compose: {describe(exc)}")
            return True
        try:
            async with asyncio.timeout_at(deadline):
                await send(email)
        except DeliveryError as error:
            if error.permanent:
                await self._fail(message, error.reason)
            else:
                await self._retry(message, error.reason)
            return not error.connection_lost
        except TimeoutError:
            await self._retry(message, "sending took longer than the claim lease allows")
            return False
        await self._finish(message, status=OutboxStatus.SENT, sent_at=utcnow(), last_error=None)
        MAIL_SENT.inc()
        logger.info(
            "mail sent",
            extra={
                "fields": {
                    "event": "mail_sent",
                    "message_id": str(message.id),
                    "template": message.template,
                }
            },
        )
        return True

    async def _deliver_hooks(self, batch: Sequence[Claimed], deadline: float) -> None:
        """POST the events, a few at a time, each to its endpoint: a slow or dead endpoint
        holds its own deliveries, not the others' nor the mail (sent first)."""
        slots = asyncio.Semaphore(CONCURRENT)
        async with self.webhooks.client() as client:

            async def one(message: Claimed) -> None:
                async with slots:
                    tried = await self.webhooks.attempt(
                        client, message.recipient, message.id, message.data, deadline
                    )
                label = endpoint_label(message.recipient)
                counted = "delivered" if tried.outcome == "sent" else tried.outcome
                WEBHOOK_DELIVERIES.labels(label, counted).inc()
                if tried.outcome == "sent":
                    await self._finish(
                        message, status=OutboxStatus.SENT, sent_at=utcnow(), last_error=None
                    )
                    fields = {"event": "webhook_sent", "id": webhook_id(message.id), "to": label}
                    logger.info("webhook delivered", extra={"fields": fields})
                elif tried.outcome == "failed":
                    await self._fail(message, tried.reason or "")
                else:
                    await self._retry(message, tried.reason or "")

            await asyncio.gather(*(one(message) for message in batch))

    async def _retry(self, message: Claimed, reason: str) -> None:
        attempts = message.attempts + 1
        if attempts >= self.settings.mail_max_attempts:
            await self._fail(message, reason)
            return
        await self._write(
            message.id,
            attempts=attempts,
            next_attempt_at=utcnow() + backoff(self.settings, attempts),
            claimed_until=None,
            last_error=reason,
        )
        kind = "webhook" if message.template == outbox.WEBHOOK else "mail"
        if kind == "mail":
            MAIL_RETRIES.inc()
        logger.warning(
            f"{kind} delivery failed, will retry",
            extra={
                "fields": {
                    "event": f"{kind}_retry",
                    "message_id": str(message.id),
                    "attempts": attempts,
                    "error": reason,
                }
            },
        )

    async def _fail(self, message: Claimed, reason: str) -> None:
        await self._finish(message, status=OutboxStatus.FAILED, last_error=reason)
        kind = "webhook" if message.template == outbox.WEBHOOK else "mail"
        if kind == "mail":
            MAIL_FAILED.inc()
        logger.error(
            f"{kind} delivery failed for good",
            extra={
                "fields": {
                    "event": f"{kind}_failed",
                    "message_id": str(message.id),
                    "attempts": message.attempts + 1,
                    "error": reason,
                }
            },
        )

    async def _finish(self, message: Claimed, *, status: OutboxStatus, **values: Any) -> None:
        """SENT or FAILED: the attempt is counted, the claim ends and the code is erased."""
        await self._write(
            message.id,
            status=status.value,
            attempts=message.attempts + 1,
            claimed_until=None,
            data=message.data if message.template == outbox.WEBHOOK else erase_code(message.data),
            **values,
        )

    async def _release(self, messages: Sequence[Claimed]) -> None:
        """Hand back claims not tried (the connection was lost): no attempt is counted."""
        for message in messages:
            await self._write(message.id, claimed_until=None)

    async def _write(self, message_id: uuid.UUID, **values: Any) -> None:
        async with UnitOfWork.open(self.session_factory) as uow:
            await uow.session.execute(
                update(OutboxMessage)
                .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.status) == QUEUED)
                .values(**values)
            )
