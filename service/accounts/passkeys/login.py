"""Logging in with a passkey: no password, and both factors at once.

``begin_login`` hands out WebAuthn request options with an empty ``allowCredentials``: the
browser offers the discoverable credentials (passkeys) it holds for the relying party. With an
identifier, the challenge is bound to the account it names (to no account when it names none,
so that any answer fails), and the options are the same either way: nobody learns whether an
account exists, nor any of its credential ids.

``finish_login`` checks the answer (``assertions.verify``) and signs in through the pipeline
with a passkey proof (``signin.pipeline``), as every sign-in does: a suspended account is
refused, a deactivated one reactivated, the LOGIN event recorded and the new-sign-in notice
queued. Every failure answers the one ``InvalidCredentials``; begins and finishes are budgeted
per client address (``passkeys.limits``), never per account.
"""

from __future__ import annotations

from service.accounts.outcomes import (
    InvalidCredentials,
    RateLimited,
)
from service.accounts.passkeys import assertions, challenges
from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.passkeys.limits import PasskeyLimits
from service.accounts.passkeys.outcomes import PasskeyOptionsIssued
from service.accounts.profile.users import find_user
from service.accounts.services import Services
from service.accounts.signin.password_login import MAX_IDENTIFIER_LENGTH
from service.accounts.signin.pipeline import SignInOutcome, sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo
from service.db.models import (
    PasskeyChallengeKind,
    User,
)
from service.db.unit_of_work import UnitOfWork
from service.observability import LOGINS


async def begin_login(
    uow: UnitOfWork, services: Services, identifier: str | None, client: ClientInfo
) -> PasskeyOptionsIssued | RateLimited:
    limits = PasskeyLimits(services.settings, services.limiter)
    if limited := await limits.login_attempt(client.ip_address):
        return limited
    if identifier is None or not identifier.strip():
        kind, user_id = PasskeyChallengeKind.LOGIN, None
    else:
        identifier = identifier[:MAX_IDENTIFIER_LENGTH]
        user = None if "\x00" in identifier else await find_user(uow, identifier)
        kind, user_id = PasskeyChallengeKind.ACCOUNT_LOGIN, user.id if user is not None else None
    issued = await challenges.issue(uow, services.settings, kind, user_id)
    options = webauthn_rp.authentication_options(
        services.settings, challenge=issued.challenge, allowed=[]
    )
    return PasskeyOptionsIssued(challenge_id=issued.id, options_json=options)


async def finish_login(
    uow: UnitOfWork,
    services: Services,
    challenge_id: str,
    credential_json: str,
    client: ClientInfo,
    device_token: str | None = None,
) -> SignInOutcome | RateLimited:
    limits = PasskeyLimits(services.settings, services.limiter)
    if limited := await limits.login_attempt(client.ip_address):
        LOGINS.labels("limited").inc()
        return limited
    kinds = (PasskeyChallengeKind.LOGIN, PasskeyChallengeKind.ACCOUNT_LOGIN)
    passkey = await assertions.verify(uow, services, challenge_id, credential_json, kinds, client)
    user = await uow.session.get(User, passkey.user_id) if passkey is not None else None
    if user is None:
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    return await sign_in(uow, services, user, Proof.of_passkey(), client, device_token)
