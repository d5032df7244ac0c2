"""Periodic clean-up that no request does: old security events and expired email codes."""

from __future__ import annotations

from datetime import datetime

from service.accounts import codes, events
from service.accounts.clock import utcnow
from service.accounts.unit_of_work import UnitOfWork
from service.config import Settings


async def purge_events_and_codes(
    uow: UnitOfWork, settings: Settings, now: datetime | None = None
) -> tuple[int, int]:
    """Delete events older than ``ACCOUNTS_SECURITY_EVENT_RETENTION`` and expired codes;
    how many of each."""
    now = now or utcnow()
    purged_events = await events.purge_older_than(uow, now - settings.security_event_retention)
    return purged_events, await codes.purge_expired(uow, now)
