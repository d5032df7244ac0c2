"""The mail an account flow queues: codes and notices, through the outbox.

Every message is queued in the unit of work of the change it reports (``mail.outbox``), and
carries only strings: ``username`` always; ``code`` and ``expires_minutes`` with a code;
``ip_address``, ``user_agent`` and ``at`` with a notice about something a client did;
``new_email`` when the address changed; ``ways_in`` (one per line) when the notice lists how
the account signs in; ``provider`` when it is about an external identity.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from service.accounts.email.codes import IssuedCode
from service.accounts.passkeys.store import list_passkeys
from service.accounts.two_factor import totp
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import ExternalIdentity, User
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import enqueue


async def send_code(
    uow: UnitOfWork, user: User, template: str, to: str, issued: IssuedCode
) -> None:
    await enqueue(
        uow,
        template=template,
        to=to,
        locale=user.locale,
        data={
            "username": user.username,
            "code": issued.code,
            "handle": issued.handle,
            "expires_minutes": str(issued.expires_minutes),
        },
        user_id=user.id,
    )


async def send_notice(
    uow: UnitOfWork,
    user: User,
    template: str,
    client: ClientInfo,
    *,
    to: str | None = None,
    at: datetime | None = None,
    new_email: str | None = None,
    keep_user: bool = True,
    ways_in: list[str] | None = None,
    provider: str | None = None,
    by_staff: bool = False,
) -> None:
    """A notice to ``to`` (the account's email by default) about what ``client`` did.

    ``keep_user=False`` queues it for no account, so it outlives the account (a goodbye);
    ``by_staff`` leaves out the address and device: staff did it, not a device of the owner's;
    ``ways_in`` lists how the account signs in now (``ways_in``), so the owner sees every
    one at once.
    """
    data = {"username": user.username, "at": (at or utcnow()).isoformat(timespec="seconds")}
    if not by_staff:  # staff's own address and tools are not the owner's business
        data |= {"ip_address": client.ip_address or "", "user_agent": client.user_agent or ""}
    if new_email is not None:
        data["new_email"] = new_email
    if ways_in is not None:
        data["ways_in"] = "\n".join(ways_in)
    if provider is not None:
        data["provider"] = provider
    await enqueue(
        uow,
        template=template,
        to=to or user.email,
        locale=user.locale,
        data=data,
        user_id=user.id if keep_user else None,
    )


async def ways_in(uow: UnitOfWork, user: User) -> list[str]:
    """How the account signs in now, one line each: the password, the authenticator app, each
    passkey by name, each linked external identity."""
    lines = ["Password"] if user.password_hash is not None else []
    if await totp.is_enabled(uow, user.id):
        lines.append("Authenticator app (TOTP), with recovery codes")
    lines += [f"Passkey: {passkey.name}" for passkey in await list_passkeys(uow, user.id)]
    identities = await uow.session.execute(
        select(col(ExternalIdentity.provider), col(ExternalIdentity.email))
        .where(col(ExternalIdentity.user_id) == user.id)
        .order_by(col(ExternalIdentity.linked_at))
    )
    lines += [
        f"Sign-in with {provider}" + (f" ({email})" if email else "")
        for provider, email in identities
    ]
    return lines
