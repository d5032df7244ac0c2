"""Two-factor sign-in: setting TOTP up, recovery codes, turning it off, completing a sign-in.

- ``begin_totp_setup`` keeps a fresh secret unconfirmed (replacing an unconfirmed one) and
  shows it once, as text, an ``otpauth://`` URI and a QR code; ``confirm_totp_setup`` enables
  it with a current code and answers ten recovery codes, shown once.
- ``complete_login`` takes a challenge (``factors.require_second_factor``) and a TOTP code or
  a recovery code, and opens the session exactly as ``login`` does (``auth.open_session``), or
  applies the password reset the challenge holds (``recovery.apply_reset``).
- ``disable_two_factor`` needs the password and a current code; it removes the secret, the
  recovery codes and every open challenge. ``reset_two_factor`` does the same for an operator.

Every code check is reserved against the account's second-factor budget
(``ratelimit.AttemptLimiter.before_second_factor``) before it runs, so aliased fields count
one attempt each; each challenge also dies after ``challenges.MAX_FAILED_TRIES`` codes
checked, each try counted (and committed) before its code is checked, so parallel requests
cannot exceed it.
Every change to the factors is a security event and a notice.

A bad challenge (unknown, expired, used, used up, or issued before a password change) and a
wrong code both answer ``InvalidCredentials`` (``LoginResult`` has no ``InvalidCode``), each
with its own message: the holder of a challenge already proved the password, and the client
must know whether to ask for another code or to log in again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from service import cpu
from service.accounts import events
from service.accounts.email import password_reset as recovery
from service.accounts.email.notices import send_notice
from service.accounts.limits.attempts import account_key
from service.accounts.outcomes import (
    AccountSuspended,
    Authenticated,
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
from service.accounts.signin import records as signin
from service.accounts.signin.current_password import check_current_password
from service.accounts.signin.devices import find_device
from service.accounts.signin.password_login import open_session
from service.accounts.two_factor import challenges, recovery_codes, totp
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import ChallengePurpose, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

audit = logging.getLogger("service.audit")

CHALLENGE_MESSAGE = "This sign-in has expired or was already completed. Log in again."
WRONG_CODE_MESSAGE = "The code is wrong or was already used."
ONE_CODE_MESSAGE = "Send either a code from the authenticator app or a recovery code."
NOT_ENABLED_MESSAGE = "Two-factor sign-in is not on for this account."
MAX_CHALLENGE_LENGTH = 128


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


async def _use_any_code(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> bool:
    """A TOTP code, or else a recovery code (recorded and noticed as used)."""
    if await totp.use_code(uow, services, user.id, code):
        return True
    return await _use_recovery_code(uow, services, user, code, client)


async def _use_recovery_code(
    uow: UnitOfWork, services: Services, user: User, code: str, client: ClientInfo
) -> bool:
    if not await recovery_codes.redeem(uow, services, user.id, code):
        return False
    now = utcnow()
    await events.record(uow, user.id, SecurityEventKind.RECOVERY_CODE_USED, client, now)
    await send_notice(uow, user, "recovery_code_used", client, at=now)
    return True


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
    if not await _use_any_code(uow, services, user, code, client):
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


@dataclass(frozen=True, slots=True)
class SecondFactor:
    """What ``completeLogin`` sends: the challenge and one code."""

    challenge: str
    code: str | None = None
    recovery_code: str | None = None
    device_token: str | None = None


async def complete_login(
    uow: UnitOfWork, services: Services, attempt: SecondFactor, client: ClientInfo
) -> Authenticated | InvalidCredentials | AccountSuspended | RateLimited:
    now = utcnow()
    found = await challenges.find_live(uow, attempt.challenge[:MAX_CHALLENGE_LENGTH], now)
    if found is None:
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    challenge_id, purpose, new_hash = found.id, found.purpose, found.new_password_hash
    user = await uow.session.get(User, found.user_id)
    if user is None or user.version != found.user_version:
        await challenges.forget(uow, challenge_id)  # the password or status changed since
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    code, recovery_code = attempt.code or "", attempt.recovery_code or ""
    if bool(code) == bool(recovery_code):
        return InvalidCredentials(message=ONE_CODE_MESSAGE)
    account = account_key(user.id)
    if limited := await services.limiter.before_second_factor(account):
        return limited
    if not await challenges.take_try(uow, challenge_id, now):
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    await uow.commit()  # the try counts before the code is checked, whatever comes next
    if code:
        proved = await totp.use_code(uow, services, user.id, code)
    else:
        proved = await _use_recovery_code(uow, services, user, recovery_code, client)
    if not proved:
        await signin.login_failed(uow, user, client)
        return InvalidCredentials(message=WRONG_CODE_MESSAGE)
    if not await challenges.consume(uow, challenge_id, now):
        await uow.rollback()  # another request completed it: this code stays unused
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    await services.limiter.second_factor_succeeded(account)
    if purpose == ChallengePurpose.PASSWORD_RESET.value and new_hash is not None:
        return await recovery.apply_reset(uow, services, user, new_hash, client, now)
    device = await find_device(uow, user.id, attempt.device_token)
    outcome = await open_session(uow, services, user, client, device, attempt.device_token)
    if not isinstance(outcome, Authenticated):
        await uow.rollback()  # the account changed under the sign-in: nothing of it stays
    return outcome
