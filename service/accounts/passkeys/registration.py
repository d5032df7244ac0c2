"""Adding a passkey: ``begin_registration`` hands the signed-in caller WebAuthn creation
options with a challenge bound to their account; ``finish_registration`` consumes that
challenge (single use, see ``passkeys.challenges``), verifies the browser's answer
(``passkeys.relying_party``) and stores the credential, with a security event and a notice.
Both need a verified email and a privileged session (``signin.step_up``). An account has at
most ``MAX_PASSKEYS_PER_USER`` passkeys."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from service.accounts import events
from service.accounts.outcomes import (
    VERIFY_FIRST_MESSAGE,
    EmailNotVerified,
    FieldError,
    InvalidCode,
    RateLimited,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.passkeys import challenges as passkey_challenges
from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.passkeys.limits import PasskeyLimits
from service.accounts.passkeys.outcomes import (
    PasskeyAdded,
    PasskeyOptionsIssued,
)
from service.accounts.passkeys.store import list_passkeys, send_passkey_notice, stored
from service.accounts.profile import validation as v
from service.accounts.services import Services
from service.accounts.signin.step_up import require_privilege
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import (
    Passkey,
    PasskeyChallengeKind,
    SecurityEventKind,
    User,
)
from service.db.unit_of_work import UnitOfWork

NAME_MAX = 64
DEFAULT_NAME = "Passkey"
MAX_PASSKEYS_PER_USER = 20


@dataclass(frozen=True, slots=True)
class PasskeyRegistration:
    challenge_id: str
    credential_json: str
    name: str | None


async def _may_enrol(
    uow: UnitOfWork, services: Services, viewer: Viewer, client: ClientInfo
) -> EmailNotVerified | ReauthenticationRequired | None:
    """A passkey is added only to an account whose mailbox is proved, from a privileged
    session: whoever registered someone else's address, or holds a stolen session, adds none."""
    user = await uow.session.get(User, viewer.user.id)
    if user is None or not user.email_verified:
        return EmailNotVerified(message=VERIFY_FIRST_MESSAGE)
    refused = await require_privilege(uow, services, viewer, user, client)
    assert refused is None or isinstance(refused, ReauthenticationRequired)  # no inline proof
    return refused


async def begin_registration(
    uow: UnitOfWork, services: Services, viewer: Viewer, client: ClientInfo
) -> PasskeyOptionsIssued | RateLimited | EmailNotVerified | ReauthenticationRequired:
    account = viewer.user
    if refused := await _may_enrol(uow, services, viewer, client):
        return refused
    limits = PasskeyLimits(services.settings, services.limiter)
    if limited := await limits.registration(str(account.id)):
        return limited
    existing = await list_passkeys(uow, account.id)
    issued = await passkey_challenges.issue(
        uow, services.settings, PasskeyChallengeKind.REGISTRATION, account.id
    )
    options = webauthn_rp.registration_options(
        services.settings,
        user_handle=account.id.bytes,
        user_name=account.username,
        display_name=f"{account.first_name} {account.last_name}".strip() or account.username,
        challenge=issued.challenge,
        existing=stored(existing),
    )
    return PasskeyOptionsIssued(challenge_id=issued.id, options_json=options)


def _check_name(name: str | None) -> tuple[str, list[FieldError]]:
    if name is None or not name.strip():
        return DEFAULT_NAME, []
    name = name.strip()
    if len(name) > NAME_MAX:
        return name, [FieldError("name", "too_long", f"At most {NAME_MAX} characters.")]
    if v.INVALID_TEXT.search(name):
        return name, [FieldError("name", "invalid_characters", "Control characters.")]
    return name, []


def _unverified() -> ValidationFailed:
    return ValidationFailed(
        [
            FieldError(
                "credentialJson",
                "invalid",
                "The passkey could not be verified: create it again from these options.",
            )
        ]
    )


def _begin_again() -> InvalidCode:
    return InvalidCode(message="The challenge is unknown, expired or used: begin again.")


def _taken() -> ValidationFailed:
    return ValidationFailed(
        [FieldError("credentialJson", "taken", "This passkey is already registered.")]
    )


async def finish_registration(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    registration: PasskeyRegistration,
    client: ClientInfo,
) -> PasskeyAdded | ValidationFailed | InvalidCode | EmailNotVerified | ReauthenticationRequired:
    """Store the credential the browser created for the caller's own live challenge.

    A malformed name or an oversized credential is refused before the challenge is used (the
    client can send the same credential again); anything else uses the challenge up.
    """
    name, errors = _check_name(registration.name)
    if len(registration.credential_json) > webauthn_rp.MAX_CREDENTIAL_JSON:
        limit = webauthn_rp.MAX_CREDENTIAL_JSON
        errors.append(FieldError("credentialJson", "too_large", f"At most {limit} characters."))
    if errors:
        return ValidationFailed(errors)
    if refused := await _may_enrol(uow, services, viewer, client):
        return refused  # the challenge stays: finish again once re-authenticated
    challenge_id = passkey_challenges.parse_id(registration.challenge_id)
    account = viewer.user
    consumed = (
        None
        if challenge_id is None
        else await passkey_challenges.consume(
            uow, challenge_id, (PasskeyChallengeKind.REGISTRATION,), user_id=account.id
        )
    )
    if consumed is None:
        return _begin_again()
    credential = webauthn_rp.verify_registration(
        services.settings, registration.credential_json, consumed.challenge
    )
    if credential is None:
        return _unverified()
    taken = await uow.session.execute(
        select(col(Passkey.id)).where(col(Passkey.credential_id) == credential.credential_id)
    )
    if taken.first() is not None:
        return _taken()
    # The account row stays locked until the commit, so concurrent finishes of one account
    # count one after the other and cannot add more than the cap between them.
    user = await uow.session.get(User, account.id, with_for_update=True)
    if user is None:  # the account was deleted meanwhile
        return _begin_again()
    count = await uow.session.execute(
        select(func.count()).select_from(Passkey).where(col(Passkey.user_id) == account.id)
    )
    if count.scalar_one() >= MAX_PASSKEYS_PER_USER:
        return ValidationFailed(
            [
                FieldError(
                    "credentialJson",
                    "too_many",
                    f"An account has at most {MAX_PASSKEYS_PER_USER} passkeys: remove one first.",
                )
            ]
        )
    now = utcnow()
    passkey = Passkey(
        user_id=user.id,
        credential_id=credential.credential_id,
        public_key=credential.public_key,
        sign_count=credential.sign_count,
        name=name,
        transports=credential.transports,
        created_at=now,
    )
    try:
        # A savepoint: a finish that loses the race for the credential id to another account's
        # (the unique index decides) answers ``taken`` and still uses its challenge up.
        async with uow.session.begin_nested():
            uow.session.add(passkey)
    except IntegrityError:
        return _taken()
    await events.record(uow, user.id, SecurityEventKind.PASSKEY_ADDED, client, now)
    await send_passkey_notice(uow, user, "passkey_added", passkey.name, client, now)
    return PasskeyAdded(passkey=passkey)
