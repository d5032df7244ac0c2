"""Re-authenticating a signed-in session (``reauthenticate``): a fresh, full proof makes it
privileged for ``ACCOUNTS_REAUTH_WINDOW`` (see ``step_up``).

The proof is the password and, with two-factor sign-in on, a TOTP or recovery code; or a
passkey alone (both factors at once), answering a challenge of
``begin_passkey_reauthentication`` bound to the caller's account. Each part is checked with
the budgets of its kind (the session's and the account's password budgets, the second
factor's budget and ceiling); a passkey answer is checked like a passkey sign-in's.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.accounts.assurance import AuthenticationMethod, Methods
from service.accounts.outcomes import (
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    Reauthenticated,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.passkeys import assertions, challenges
from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.passkeys.limits import PasskeyLimits
from service.accounts.passkeys.outcomes import PasskeyOptionsIssued
from service.accounts.passkeys.store import list_passkeys, stored
from service.accounts.services import Services
from service.accounts.signin.step_up import (
    InlineProof,
    account_factors,
    mark_authenticated,
    prove_inline,
    session_row,
)
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import PasskeyChallengeKind, User
from service.db.unit_of_work import UnitOfWork

PASSKEY_REFUSED = "The passkey could not be verified: begin again."
SESSION_ENDED = "This session has ended: sign in again."

ReauthenticateOutcome = (
    Reauthenticated | InvalidCredentials | InvalidCode | RateLimited | ValidationFailed
)


@dataclass(frozen=True, slots=True)
class Reauthentication:
    password: str | None = None
    code: str | None = None
    recovery_code: str | None = None
    passkey_challenge_id: str | None = None
    passkey_credential_json: str | None = None

    @property
    def by_passkey(self) -> bool:
        return bool(self.passkey_challenge_id or self.passkey_credential_json)


async def begin_passkey_reauthentication(
    uow: UnitOfWork, services: Services, viewer: Viewer, client: ClientInfo
) -> PasskeyOptionsIssued | RateLimited:
    """Request options for one of the caller's own passkeys, with a challenge bound to the
    account."""
    limits = PasskeyLimits(services.settings, services.limiter)
    if limited := await limits.login_attempt(client.ip_address):
        return limited
    account = viewer.user.id
    issued = await challenges.issue(
        uow, services.settings, PasskeyChallengeKind.REAUTHENTICATION, account
    )
    options = webauthn_rp.authentication_options(
        services.settings,
        challenge=issued.challenge,
        allowed=stored(await list_passkeys(uow, account)),
    )
    return PasskeyOptionsIssued(challenge_id=issued.id, options_json=options)


def _missing(attempt: Reauthentication, password_required: bool, totp: bool) -> list[FieldError]:
    errors: list[FieldError] = []
    if attempt.by_passkey:
        for name, value in (
            ("passkeyChallengeId", attempt.passkey_challenge_id),
            ("passkeyCredentialJson", attempt.passkey_credential_json),
        ):
            if not value:
                errors.append(FieldError(name, "required", "Send both passkey fields."))
        return errors
    if not password_required:
        message = "This account has no password: use a passkey."
        return [FieldError("password", "no_password", message)]
    if not attempt.password:
        errors.append(FieldError("password", "required", "The password is required."))
    if attempt.code and attempt.recovery_code:
        errors.append(
            FieldError("recoveryCode", "conflict", "Send either code or recoveryCode, not both.")
        )
    elif totp and not (attempt.code or attempt.recovery_code):
        errors.append(
            FieldError("code", "required", "A code of the second factor is required too.")
        )
    return errors


async def reauthenticate(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    attempt: Reauthentication,
    client: ClientInfo,
) -> ReauthenticateOutcome:
    user = await uow.session.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials(message=SESSION_ENDED)
    factors = await account_factors(uow, user)
    if errors := _missing(attempt, factors.has_password, factors.totp):
        return ValidationFailed(errors)
    methods: Methods
    if attempt.by_passkey:
        assert attempt.passkey_challenge_id and attempt.passkey_credential_json
        passkey = await assertions.verify(
            uow,
            services,
            attempt.passkey_challenge_id,
            attempt.passkey_credential_json,
            (PasskeyChallengeKind.REAUTHENTICATION,),
            client,
        )
        if passkey is None or passkey.user_id != user.id:
            return InvalidCredentials(message=PASSKEY_REFUSED)
        methods = (AuthenticationMethod.PASSKEY,)
    else:
        inline = InlineProof(attempt.password, attempt.code or attempt.recovery_code)
        proved = await prove_inline(uow, services, viewer, user, factors, inline, client)
        if isinstance(proved, ReauthenticationRequired):  # checked above: cannot happen
            return ValidationFailed(_missing(attempt, True, True))
        if not isinstance(proved, tuple):
            return proved
        methods = proved
    row = await session_row(uow, viewer)
    if row is None:
        return InvalidCredentials(message=SESSION_ENDED)
    now = utcnow()
    mark_authenticated(row, viewer, methods, now)
    return Reauthenticated(privileged_until=now + services.settings.reauth_window)
