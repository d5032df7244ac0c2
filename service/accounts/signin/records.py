"""What a login writes besides its session: security events, the new-device notice, and the
answer to a correct password on an unverified account when a verified email is required."""

from __future__ import annotations

from datetime import datetime

from service.accounts import events
from service.accounts.email.notices import send_notice
from service.accounts.email.verification import send_verification
from service.accounts.outcomes import EmailNotVerified
from service.accounts.services import Services
from service.accounts.values import ClientInfo
from service.db.models import SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork
from service.observability import LOGINS


async def login_failed(uow: UnitOfWork, user: User, client: ClientInfo) -> None:
    """A wrong password for an existing account. Only reached once the limiter allowed the
    attempt and argon2 verified it, so the write is bounded by the account's budgets."""
    await events.record(uow, user.id, SecurityEventKind.LOGIN_FAILED, client)


async def unverified(
    uow: UnitOfWork, services: Services, user: User, client: ClientInfo
) -> EmailNotVerified:
    """The password was right but the email is not verified: a fresh code, within the
    address's budget for codes (past it the answer is the same, without a mail)."""
    subject = "email:" + user.email_normalized
    if await services.limiter.code_request(subject, client.ip_address) is None:
        await send_verification(uow, services, user)
    LOGINS.labels("unverified").inc()
    return EmailNotVerified()


async def logged_in(
    uow: UnitOfWork,
    services: Services,
    user: User,
    client: ClientInfo,
    now: datetime,
    *,
    new_device: bool,
    reactivated: bool,
) -> None:
    """A session was opened for ``user``: the events, and a notice on a sign-in from a device
    new to the account (``ACCOUNTS_NOTIFY_NEW_SIGNIN``): no device token of this account came
    with it, and the account's kept events hold no sign-in from this IP address and user
    agent. A script that logs in again and again without keeping its device token is told
    about once, not once per login."""
    notify = (
        new_device
        and services.settings.notify_new_signin
        and not await events.signed_in_from(uow, user.id, client)
    )
    if reactivated:
        await events.record(uow, user.id, SecurityEventKind.ACCOUNT_REACTIVATED, client)
    await events.record(uow, user.id, SecurityEventKind.LOGIN, client)
    if notify:
        await send_notice(uow, user, "new_signin", client, at=now)
