"""The transactional outbox: a message is a row written in the unit of work of its cause.

Services call ``enqueue`` inside the unit of work that makes the change the message reports,
so the message commits (or rolls back) with it: a crash never sends mail about a change that
did not happen, nor loses mail about one that did. The courier delivers queued rows later.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col

from service.clock import utcnow
from service.db.engine import WEBHOOK_URLS
from service.db.models import OutboxMessage, OutboxStatus
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

# Every message the service sends, by template name. Codes travel in ``data["code"]``, with
# the handle of the request that asked for them in ``data["handle"]``.
TEMPLATES = frozenset(
    {
        "verify_email",  # a code proving the account's address
        "password_reset",  # a code allowing a new password
        "login_code",  # a code signing in (``ACCOUNTS_LOGIN_BY_CODE``)
        "confirm_email_change",  # a code, to the new address of a pending change
        "email_changed",  # notice to the old address once a change is confirmed
        "password_changed",  # notice
        "account_deleted",  # goodbye notice
        "new_signin",  # notice: a sign-in from a device new to the account
        "two_factor_enabled",  # notice: TOTP confirmed
        "two_factor_disabled",  # notice: the second factor removed (by the user or support)
        "recovery_code_used",  # notice: a recovery code signed in (or turned two-factor off)
        "recovery_codes_regenerated",  # notice: a new set replaced the old codes
        "passkey_added",  # notice, naming the passkey
        "passkey_removed",  # notice, naming the passkey
        "second_factor_failed",  # notice: the password was right, the second factor wrong
        "registration_attempted",  # notice: someone tried to register with this address
        "signed_out_everywhere",  # notice: every session ended (logoutAll), with the ways in
        "external_identity_linked",  # notice, naming the provider
        "external_identity_unlinked",  # notice, naming the provider
        "account_suspended",  # notice: staff suspended the account
    }
)
# Webhook deliveries share the outbox and the courier: ``template`` is ``WEBHOOK``, the
# recipient is the endpoint's URL and ``data`` the body as it is signed and sent.
WEBHOOK = "webhook"
# Templates whose message is worthless without its code (erased once sent or failed).
CODE_TEMPLATES = frozenset({"verify_email", "password_reset", "confirm_email_change", "login_code"})

# This process's couriers, woken shortly after a unit of work that queued mail commits (once
# the request that queued it has answered, so rendering and sending never delay that answer:
# an answer that took longer whenever mail was queued would tell an address with an account
# from one without); couriers in other processes find the rows by polling.
_doorbells: set[Callable[[], None]] = set()
WAKE_DELAY = 0.05


def listen(wake: Callable[[], None]) -> Callable[[], None]:
    """Call ``wake`` after each commit that queued mail in this process; returns the undo."""
    _doorbells.add(wake)
    return lambda: _doorbells.discard(wake)


async def _ring() -> None:
    loop = asyncio.get_running_loop()
    for wake in list(_doorbells):
        loop.call_later(WAKE_DELAY, wake)


async def enqueue(
    uow: UnitOfWork,
    *,
    template: str,
    to: str,
    locale: str,
    data: Mapping[str, str],
    user_id: uuid.UUID | None = None,
) -> OutboxMessage:
    """Queue ``template`` for ``to``, rendered later with ``data``; commits with ``uow``."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown mail template {template!r}")
    now = utcnow()
    message = OutboxMessage(
        user_id=user_id,
        template=template,
        recipient=to,
        locale=locale,
        data=json.dumps(dict(data), sort_keys=True),
        created_at=now,
        next_attempt_at=now,
    )
    uow.session.add(message)
    await uow.session.flush()
    uow.after_commit(_ring)
    return message


async def enqueue_webhook(
    uow: UnitOfWork, event_type: str, data: Mapping[str, object], at: datetime | None = None
) -> int:
    """Queue the event for every webhook endpoint of the session's service; commits with
    ``uow``. The body is Standard Webhooks' ``{type, timestamp, data}``; how many endpoints."""
    urls: tuple[str, ...] = uow.session.info.get(WEBHOOK_URLS, ())
    if not urls:
        return 0
    now = utcnow()
    moment = at or now
    body = json.dumps(
        {
            "type": event_type,
            "timestamp": moment.isoformat().replace("+00:00", "Z"),
            "data": dict(data),
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    for url in urls:
        uow.session.add(
            OutboxMessage(
                template=WEBHOOK,
                recipient=url,
                locale="",
                data=body,
                created_at=now,
                next_attempt_at=now,
            )
        )
    await uow.session.flush()
    uow.after_commit(_ring)
    return len(urls)


async def purge_finished(uow: UnitOfWork, cutoff: datetime) -> int:
    """Delete sent and failed messages queued before ``cutoff``; how many. Queued ones stay:
    they are still to be delivered."""
    result = await uow.session.execute(
        delete(OutboxMessage).where(
            col(OutboxMessage.status) != OutboxStatus.QUEUED.value,
            col(OutboxMessage.created_at) < cutoff,
        )
    )
    return affected(result)


async def discard_messages(uow: UnitOfWork, user_id: uuid.UUID) -> int:
    """Drop every message of an account (it is being deleted), queued, sent or failed: a
    delivered row still holds the address, the username and the clients of the notices.
    A message a courier is sending meanwhile still goes out; its row is gone. How many."""
    result = await uow.session.execute(
        delete(OutboxMessage).where(col(OutboxMessage.user_id) == user_id)
    )
    return affected(result)
