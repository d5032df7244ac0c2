"""Account events for other services (webhooks): what each change is called, and its data.

Events are queued with the change, in its unit of work (``mail.outbox.enqueue_webhook``), once
per endpoint of ``ACCOUNTS_WEBHOOK_URLS``: a rolled-back change sends nothing, a committed one
is delivered at least once by the courier. Most follow the account's security events
(``events.record`` calls ``on_security_event``); profile changes and deletions, which write no
security event, call ``emit`` themselves. ``data`` carries ids and the names of changed fields,
never secrets, codes, addresses or names.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from service.db.models import SecurityEventKind
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import enqueue_webhook

TYPES = (
    "user.created",
    "user.updated",
    "user.email_verified",
    "user.suspended",
    "user.reactivated",
    "user.deleted",
    "session.created",
    "session.revoked",
    "password.changed",
    "two_factor.enabled",
    "two_factor.disabled",
)
# security event → (webhook type, changed fields for user.updated)
BY_SECURITY_EVENT: dict[SecurityEventKind, tuple[str, tuple[str, ...]]] = {
    SecurityEventKind.REGISTERED: ("user.created", ()),
    SecurityEventKind.EMAIL_VERIFIED: ("user.email_verified", ()),
    SecurityEventKind.EMAIL_CHANGED: ("user.updated", ("email",)),
    SecurityEventKind.ROLE_CHANGED: ("user.updated", ("role",)),
    SecurityEventKind.ACCOUNT_DEACTIVATED: ("user.updated", ("status",)),
    SecurityEventKind.ACCOUNT_SUSPENDED: ("user.suspended", ()),
    SecurityEventKind.ACCOUNT_REACTIVATED: ("user.reactivated", ()),
    SecurityEventKind.LOGIN: ("session.created", ()),
    SecurityEventKind.LOGOUT: ("session.revoked", ()),
    SecurityEventKind.SESSION_REVOKED: ("session.revoked", ()),
    SecurityEventKind.SESSIONS_REVOKED_BY_STAFF: ("session.revoked", ()),
    SecurityEventKind.PASSWORD_CHANGED: ("password.changed", ()),
    SecurityEventKind.PASSWORD_RESET: ("password.changed", ()),
    SecurityEventKind.TWO_FACTOR_ENABLED: ("two_factor.enabled", ()),
    SecurityEventKind.TWO_FACTOR_DISABLED: ("two_factor.disabled", ()),
}


async def emit(
    uow: UnitOfWork,
    event_type: str,
    user_id: uuid.UUID,
    at: datetime | None = None,
    fields: tuple[str, ...] = (),
) -> None:
    if event_type not in TYPES:
        raise ValueError(f"unknown webhook event {event_type!r}")
    data: dict[str, object] = {"user_id": str(user_id)}
    if fields:
        data["fields"] = sorted(fields)
    await enqueue_webhook(uow, event_type, data, at)


async def on_security_event(
    uow: UnitOfWork, user_id: uuid.UUID, kind: SecurityEventKind, at: datetime
) -> None:
    if (mapped := BY_SECURITY_EVENT.get(kind)) is not None:
        await emit(uow, mapped[0], user_id, at, mapped[1])
