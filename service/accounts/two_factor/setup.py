"""Setting two-factor sign-in up and taking it down.

Every change is privileged (``signin.step_up``): a session proved recently with every factor
of the account, or, where the input carries them, the password and a current code. A factor
is added only to an account whose email is verified.

- ``begin_totp_setup`` keeps a fresh secret unconfirmed (replacing an unconfirmed one) and
  shows it once, as text, an ``otpauth://`` URI and a QR code; ``confirm_totp_setup`` enables
  it with a current code and answers ten recovery codes, shown once.
- ``regenerate_recovery_codes``: a new set; the old codes stop working.
- ``disable_two_factor`` removes the secret, the recovery codes and every open challenge.
  ``reset_two_factor`` does the same for an operator.

Every code check is reserved against the account's second-factor budget and its ceiling
(``two_factor.codes``) before it runs, so aliased fields count one attempt each. Every change
to the factors is a security event and a notice.
"""

from __future__ import annotations

import logging

from service import cpu
from service.accounts import ceilings, events
from service.accounts.assurance import AuthenticationMethod
from service.accounts.email.notices import send_notice
from service.accounts.limits.attempts import account_key
from service.accounts.outcomes import (
    VERIFY_FIRST_MESSAGE,
    EmailNotVerified,
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    RecoveryCodes,
    TotpSetup,
    TwoFactorDisabled,
    ValidationFailed,
)
from service.accounts.services import Services
from service.accounts.signin.step_up import InlineProof, Refusal, add_to_proof, require_privilege
from service.accounts.two_factor import challenges, recovery_codes, totp
from service.accounts.two_factor import codes as second_factor
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

audit = logging.getLogger("service.audit")

NOT_ENABLED_MESSAGE = "Two-factor sign-in is not on for this account."
RecoveryCodesOutcome = (
    RecoveryCodes
    | InvalidCode
    | InvalidCredentials
    | RateLimited
    | ReauthenticationRequired
    | EmailNotVerified
)


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


async def _user(uow: UnitOfWork, viewer: Viewer) -> User | None:
    return await uow.session.get(User, viewer.user.id)


async def _may_enrol(
    uow: UnitOfWork, services: Services, viewer: Viewer, user: User, client: ClientInfo
) -> EmailNotVerified | Refusal | None:
    """A factor is added only to an account whose mailbox is proved, from a privileged
    session: whoever registered someone else's address, or holds a stolen session, adds none."""
    if not user.email_verified:
        return EmailNotVerified(message=VERIFY_FIRST_MESSAGE)
    return await require_privilege(uow, services, viewer, user, client)


async def begin_totp_setup(
    uow: UnitOfWork, services: Services, viewer: Viewer, client: ClientInfo
) -> TotpSetup | ValidationFailed | EmailNotVerified | ReauthenticationRequired:
    user = await _user(uow, viewer)
    if user is None:
        return EmailNotVerified(message=VERIFY_FIRST_MESSAGE)
    if refused := await _may_enrol(uow, services, viewer, user, client):
        assert isinstance(refused, EmailNotVerified | ReauthenticationRequired)  # no inline
        return refused  # before anything about the factor: a stolen session learns nothing
    if await totp.is_enabled(uow, user.id):
        return _already_enabled()
    secret = totp.new_secret()
    if not await totp.store_pending(uow, services, user.id, secret, utcnow()):
        return _already_enabled()  # confirmed meanwhile by another request
    uri = totp.otpauth_uri(secret, user.email, services.settings.totp_issuer)
    return TotpSetup(secret=secret, otpauth_uri=uri, qr_svg=await cpu.checks.run(totp.qr_svg, uri))


async def confirm_totp_setup(
    uow: UnitOfWork, services: Services, viewer: Viewer, code: str, client: ClientInfo
) -> RecoveryCodesOutcome:
    """A current code of the unconfirmed secret turns TOTP on and answers recovery codes; the
    session's proof now counts the new factor too."""
    user = await _user(uow, viewer)
    if user is None:
        return InvalidCredentials()
    if refused := await _may_enrol(uow, services, viewer, user, client):
        return refused
    if refused := await second_factor.before_check(services, user):
        return refused
    now = utcnow()
    if not await totp.use_code(uow, services, user.id, code, confirming=True):
        await ceilings.count_factor_failure(uow, user.id)
        return InvalidCode()
    await services.limiter.second_factor_succeeded(account_key(user.id))
    await add_to_proof(uow, viewer, AuthenticationMethod.TOTP)
    codes = await recovery_codes.replace(uow, services, user.id, now)
    await events.record(uow, user.id, SecurityEventKind.TWO_FACTOR_ENABLED, client, now)
    await send_notice(uow, user, "two_factor_enabled", client, at=now)
    return RecoveryCodes(codes=codes)


async def regenerate_recovery_codes(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    inline: InlineProof,
    client: ClientInfo,
) -> RecoveryCodesOutcome:
    """A new set of recovery codes, from a privileged session (or with the password and a
    code); the old ones stop working.

    The secret's row is locked first, so of two regenerations at once the second replaces
    the first's set instead of adding its own beside it."""
    user = await _user(uow, viewer)
    if user is None:
        return InvalidCredentials()
    if not await totp.is_enabled(uow, user.id):
        return InvalidCode(message=NOT_ENABLED_MESSAGE)
    if refused := await require_privilege(uow, services, viewer, user, client, inline):
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
    inline: InlineProof,
    client: ClientInfo,
) -> TwoFactorDisabled | InvalidCode | InvalidCredentials | RateLimited | ReauthenticationRequired:
    """Turn two-factor off, from a privileged session, or with the password and a current TOTP
    code or an unused recovery code."""
    user = await _user(uow, viewer)
    if user is None:
        return InvalidCredentials()
    if not await totp.is_enabled(uow, user.id):
        return InvalidCode(message=NOT_ENABLED_MESSAGE)
    if refused := await require_privilege(uow, services, viewer, user, client, inline):
        return refused
    await remove_factors(uow, user)
    await events.record(uow, user.id, SecurityEventKind.TWO_FACTOR_DISABLED, client)
    await send_notice(uow, user, "two_factor_disabled", client)
    return TwoFactorDisabled()


async def reset_two_factor(uow: UnitOfWork, user: User, client: ClientInfo) -> bool:
    """An operator's reset (``accounts users reset-2fa``): the factors go, with the event, an
    audit line and the notice; ``False`` when the account had none."""
    if not await remove_factors(uow, user):
        return False
    await ceilings.clear_factor_failures(uow, user.id)
    await events.record(uow, user.id, SecurityEventKind.TWO_FACTOR_DISABLED, client)
    await send_notice(uow, user, "two_factor_disabled", client, by_staff=True)
    audit.warning("two-factor sign-in removed by an operator for user %s", user.id)
    return True
