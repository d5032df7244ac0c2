"""Checking a second-factor code: a TOTP code, or a recovery code (recorded and noticed as
used). Each check is one compare-and-set, so of two requests sending one code one wins.

Every check is reserved against the account's short budget (``AttemptLimiter
.before_second_factor``, cleared by a success) and counted, when wrong, against its long
ceiling (``ceilings.factor_failures``, never cleared by a success): past the ceiling no code
is checked at all.
"""

from __future__ import annotations

from service.accounts import ceilings, events
from service.accounts.assurance import AuthenticationMethod
from service.accounts.email.notices import send_notice
from service.accounts.limits.attempts import account_key
from service.accounts.outcomes import InvalidCode, RateLimited
from service.accounts.services import Services
from service.accounts.two_factor import recovery_codes, totp
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


async def use_any_code(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> AuthenticationMethod | None:
    """A TOTP code, or else a recovery code: the method it proved, or ``None``."""
    if await totp.use_code(uow, services, user.id, code):
        return AuthenticationMethod.TOTP
    if await use_recovery_code(uow, services, user, code, client):
        return AuthenticationMethod.RECOVERY_CODE
    return None


async def use_recovery_code(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> bool:
    if not await recovery_codes.redeem(uow, services, user.id, code):
        return False
    now = utcnow()
    await events.record(uow, user.id, SecurityEventKind.RECOVERY_CODE_USED, client, now)
    await send_notice(uow, user, "recovery_code_used", client, at=now)
    return True


def budget_key(user: User, lane: str | None = None) -> str:
    """The short budget a check spends: the account's, or a lane of its own (a device that
    signed in to the account before, a password reset) that checks elsewhere cannot spend."""
    return account_key(user.id) if lane is None else f"{account_key(user.id)}:{lane}"


async def before_check(
    services: Services, user: User, lane: str | None = None, *, ceiling: bool = True
) -> InvalidCode | RateLimited | None:
    """Refused past the account's ceiling (unless ``ceiling`` is off: a password reset, whose
    mailbox proof is what lifts it), else one check reserved in the short budget of
    ``lane``."""
    if ceiling and ceilings.factor_locked(user):
        return InvalidCode(message=ceilings.FACTOR_LOCKED_MESSAGE)
    return await services.limiter.before_second_factor(budget_key(user, lane))


async def prove(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> AuthenticationMethod | InvalidCode | RateLimited:
    """Check ``code`` (TOTP, or a recovery code) with the budgets and the ceiling: the method
    it proved, or why not."""
    if refused := await before_check(services, user):
        return refused
    method = await use_any_code(uow, services, user, code, client)
    if method is None:
        await ceilings.count_factor_failure(uow, user.id)
        return InvalidCode()
    await services.limiter.second_factor_succeeded(account_key(user.id))
    return method
