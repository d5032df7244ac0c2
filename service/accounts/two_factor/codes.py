"""Checking a second-factor code: a TOTP code, or a recovery code (recorded and noticed as
used). Each check is one compare-and-set, so of two requests sending one code one wins."""

from __future__ import annotations

from service.accounts import events
from service.accounts.email.notices import send_notice
from service.accounts.services import Services
from service.accounts.two_factor import recovery_codes, totp
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


async def use_any_code(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> bool:
    """A TOTP code, or else a recovery code."""
    if await totp.use_code(uow, services, user.id, code):
        return True
    return await use_recovery_code(uow, services, user, code, client)


async def use_recovery_code(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> bool:
    if not await recovery_codes.redeem(uow, services, user.id, code):
        return False
    now = utcnow()
    await events.record(uow, user.id, SecurityEventKind.RECOVERY_CODE_USED, client, now)
    await send_notice(uow, user, "recovery_code_used", client, at=now)
    return True
