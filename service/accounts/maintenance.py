"""Periodic clean-up that no request does: old security events, expired email codes and
sign-in challenges, passkey challenges, flows through external providers, and delivered or
failed mail past its retention."""

from __future__ import annotations

from datetime import datetime

from service.accounts import events
from service.accounts.email import codes
from service.accounts.external import flows
from service.accounts.passkeys import challenges as passkey_challenges
from service.accounts.two_factor import challenges
from service.clock import utcnow
from service.config import Settings
from service.db.unit_of_work import UnitOfWork
from service.mail import outbox


async def purge_events_and_codes(
    uow: UnitOfWork, settings: Settings, now: datetime | None = None
) -> tuple[int, int, int]:
    """Delete events older than ``ACCOUNTS_SECURITY_EVENT_RETENTION``, expired codes (email
    codes, sign-in challenges, passkey challenges and external flows, counted together), and
    sent or failed
    mail older than ``ACCOUNTS_MAIL_RETENTION``; how many of each."""
    now = now or utcnow()
    purged_events = await events.purge_older_than(uow, now - settings.security_event_retention)
    purged_codes = await codes.purge_expired(uow, now)
    purged_codes += await challenges.purge_expired(uow, now)
    purged_codes += await passkey_challenges.purge_expired(uow, now)
    purged_codes += await flows.purge_expired(uow, now)
    return (
        purged_events,
        purged_codes,
        await outbox.purge_finished(uow, now - settings.mail_retention),
    )
