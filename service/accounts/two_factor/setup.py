"""Setting two-factor sign-in up and taking it down.

- ``begin_totp_setup`` keeps a fresh secret unconfirmed (replacing an unconfirmed one) and
  shows it once, as text, an ``otpauth://`` URI and a QR code; ``confirm_totp_setup`` enables
  it with a current code and answers ten recovery codes, shown once.
- ``regenerate_recovery_codes`` needs the password; the old codes stop working.
- ``disable_two_factor`` needs the password and a current code; it removes the secret, the
  recovery codes and every open challenge. ``reset_two_factor`` does the same for an operator.

Every code check is reserved against the account's second-factor budget
(``AttemptLimiter.before_second_factor``) before it runs, so aliased fields count one attempt
each. Every change to the factors is a security event and a notice.
"""

from __future__ import annotations

import logging

from service import cpu
from service.accounts import events
from service.accounts.email.notices import send_notice
from service.accounts.limits.attempts import account_key
from service.accounts.outcomes import (
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    RecoveryCodes,
    TotpSetup,
    TwoFactorDisabled,
    ValidationFailed,
)
from service.accounts.services import Services
from service.accounts.signin.current_password import check_current_password
from service.accounts.two_factor import challenges, recovery_codes, totp
from service.accounts.two_factor.codes import use_any_code
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

audit = logging.getLogger("service.audit")

NOT_ENABLED_MESSAGE = "Two-factor sign-in is not on for this account."


def _already_enabled() -> ValidationFailed:
    return ValidationFailed(
        [
            FieldError(
                "twoFactor",
                "already_enabled",
                "Two-factor sign-in is already on: turn it off before setting up a new secret.",
            )
        ]
    )


async def begin_totp_setup(
    uow: UnitOfWork, services: Services, viewer: Viewer
) -> TotpSetup | ValidationFailed:
    user = viewer.user
    if await totp.is_enabled(uow, user.id):
        return _already_enabled()
    secret = totp.new_secret()
    if not await totp.store_pending(uow, services, user.id, secret, utcnow()):
        return _already_enabled()  # confirmed meanwhile by another request
    uri = totp.otpauth_uri(secret, user.email, services.settings.totp_issuer)
    return TotpSetup(secret=secret, otpauth_uri=uri, qr_svg=await cpu.checks.run(totp.qr_svg, uri))


async def _user(uow: UnitOfWork, viewer: Viewer) -> User | None:
    return await uow.session.get(User, viewer.user.id)


async def confirm_totp_setup(
    uow: UnitOfWork, services: Services, viewer: Viewer, code: str, client: ClientInfo
) -> RecoveryCodes | InvalidCode | InvalidCredentials | RateLimited:
    """A current code of the unconfirmed secret turns TOTP on and answers recovery codes."""
    user = await _user(uow, viewer)
    if user is None:
        return InvalidCredentials()
    account = account_key(user.id)
    if limited := await services.limiter.before_second_factor(account):
        return limited
    now = utcnow()
    if not await totp.use_code(uow, services, user.id, code, confirming=True):
        return InvalidCode()
    await services.limiter.second_factor_succeeded(account)
    codes = await recovery_codes.replace(uow, services, user.id, now)
    await events.record(uow, user.id, SecurityEventKind.TWO_FACTOR_ENABLED, client, now)
    await send_notice(uow, user, "two_factor_enabled", client, at=now)
    return RecoveryCodes(codes=codes)


async def regenerate_recovery_codes(
    uow: UnitOfWork, services: Services, viewer: Viewer, current_password: str, client: ClientInfo
) -> RecoveryCodes | InvalidCode | InvalidCredentials | RateLimited:
    """A new set of recovery codes after a password check; the old ones stop working.

    The secret's row is locked first, so of two regenerations at once the second replaces
    the first's set instead of adding its own beside it."""
    user = await _user(uow, viewer)
    if user is None:
        return InvalidCredentials()
    if not await totp.is_enabled(uow, user.id):
        return InvalidCode(message=NOT_ENABLED_MESSAGE)
    if refused := await check_current_password(uow, services, viewer, user, current_password):
        return refused
    if not await totp.lock_enabled(uow, user.id):  # turned off meanwhile
        return InvalidCode(message=NOT_ENABLED_MESSAGE)
    now = utcnow()
    codes = await recovery_codes.replace(uow, services, user.id, now)
    await send_notice(uow, user, "recovery_codes_regenerated", client, at=now)
    return RecoveryCodes(codes=codes)


async def remove_factors(uow: UnitOfWork, user: User) -> bool:
    """The secret, the recovery codes and the open challenges go; ``True`` when there was a
    secret (confirmed or not)."""
    removed = await totp.discard(uow, user.id)
    await recovery_codes.discard(uow, user.id)
    await challenges.discard(uow, user.id)
    return removed > 0


async def disable_two_factor(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    current_password: str,
    code: str,
    client: ClientInfo,
) -> TwoFactorDisabled | InvalidCode | InvalidCredentials | RateLimited:
    """Turn two-factor off: the password and a current TOTP code or an unused recovery code."""
    user = await _user(uow, viewer)
    if user is None:
        return InvalidCredentials()
    if not await totp.is_enabled(uow, user.id):
        return InvalidCode(message=NOT_ENABLED_MESSAGE)
    if refused := await check_current_password(uow, services, viewer, user, current_password):
        return refused
    account = account_key(user.id)
    if limited := await services.limiter.before_second_factor(account):
        return limited
    if not await use_any_code(uow, services, user, code, client):
        return InvalidCode()
    await services.limiter.second_factor_succeeded(account)
    await remove_factors(uow, user)
    await events.record(uow, user.id, SecurityEventKind.TWO_FACTOR_DISABLED, client)
    await send_notice(uow, user, "two_factor_disabled", client)
    return TwoFactorDisabled()


async def reset_two_factor(uow: UnitOfWork, user: User, client: ClientInfo) -> bool:
    """An operator's reset (``accounts users reset-2fa``): the factors go, with the event, an
    audit line and the notice; ``False`` when the account had none."""
    if not await remove_factors(uow, user):
        return False
    await events.record(uow, user.id, SecurityEventKind.TWO_FACTOR_DISABLED, client)
    await send_notice(uow, user, "two_factor_disabled", client)
    audit.warning("two-factor sign-in removed by an operator for user %s", user.id)
    return True
