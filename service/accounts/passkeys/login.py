"""Logging in with a passkey: no password, and both factors at once.

``begin_login`` hands out WebAuthn request options. With an identifier, ``allowCredentials``
lists that account's passkeys; an identifier that names no account, or an account without
passkeys, gets one decoy credential id instead (an HMAC of the identifier's lookup key under a
key derived from ``ACCOUNTS_SECRET_KEY``, so every spelling of it always gets the same decoy):
the options have the same shape either way and say nothing about whether the account
exists. Without an identifier the list is empty and the browser offers the discoverable
credentials (resident keys) it holds for the relying party.

``finish_login`` consumes the challenge first (single use, whatever the outcome), finds the
passkey by credential id, checks that it belongs to the account the challenge was issued for
(and to the user handle the authenticator returned), verifies the assertion (challenge,
origin, RP ID hash, user presence and verification, signature) and then the signature
counter: an authenticator whose counter does not exceed the stored non-zero counter is a
clone (or a replay), so the login is refused and recorded (the passkey's
``clone_detected_at``, a LOGIN_FAILED event, a warning in the log). The counter is written as
a compare-and-set, so two logins racing with one counter value cannot both win. The sign-in
then goes through the pipeline with a passkey proof (``signin.pipeline``), as every sign-in
does: a suspended account is refused, a deactivated one reactivated, the LOGIN event
recorded and the new-sign-in notice queued.

Every failure answers the one ``InvalidCredentials``. Attempts are budgeted per client
address and failed finishes per account (``passkeys.limits``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid

from sqlalchemy import select, update
from sqlmodel import col
from webauthn.helpers import bytes_to_base64url

from service.accounts import events
from service.accounts.outcomes import (
    InvalidCredentials,
    RateLimited,
)
from service.accounts.passkeys import challenges
from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.passkeys.limits import PasskeyLimits
from service.accounts.passkeys.outcomes import PasskeyOptionsIssued
from service.accounts.passkeys.relying_party import StoredCredential
from service.accounts.passkeys.store import list_passkeys, stored
from service.accounts.profile import validation as v
from service.accounts.profile.users import find_user
from service.accounts.services import Services
from service.accounts.signin.password_login import MAX_IDENTIFIER_LENGTH
from service.accounts.signin.pipeline import SignInOutcome, sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import (
    Passkey,
    PasskeyChallengeKind,
    SecurityEventKind,
    User,
)
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork
from service.observability import LOGINS

DECOY_KEY_PURPOSE = "passkey-decoys"
DECOY_TRANSPORTS = "hybrid,internal"
logger = logging.getLogger("service.accounts")


def decoy(services: Services, identifier: str) -> StoredCredential:
    """A credential id for an identifier without passkeys: stable, and like a real one."""
    column, normalized = v.identifier_key(identifier)  # every spelling of one account alike
    key = services.secret.derive(DECOY_KEY_PURPOSE)
    digest = hmac.new(key, f"{column}:{normalized}".encode(), hashlib.sha256).digest()
    return StoredCredential(bytes_to_base64url(digest), DECOY_TRANSPORTS)


async def begin_login(
    uow: UnitOfWork, services: Services, identifier: str | None, client: ClientInfo
) -> PasskeyOptionsIssued | RateLimited:
    limits = PasskeyLimits(services.settings, services.limiter)
    if limited := await limits.login_attempt(client.ip_address):
        return limited
    if identifier is None or not identifier.strip():
        kind, user_id, allowed = PasskeyChallengeKind.LOGIN, None, []
    else:
        identifier = identifier[:MAX_IDENTIFIER_LENGTH]
        user = None if "\x00" in identifier else await find_user(uow, identifier)
        user_id = user.id if user is not None else None
        passkeys = await list_passkeys(uow, user_id or uuid.uuid4())
        allowed = stored(passkeys) or [decoy(services, identifier)]
        kind = PasskeyChallengeKind.ACCOUNT_LOGIN
    issued = await challenges.issue(uow, services.settings, kind, user_id)
    options = webauthn_rp.authentication_options(
        services.settings, challenge=issued.challenge, allowed=allowed
    )
    return PasskeyOptionsIssued(challenge_id=issued.id, options_json=options)


def _refused() -> InvalidCredentials:
    LOGINS.labels("invalid").inc()
    return InvalidCredentials()


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
    key = challenges.parse_id(challenge_id)
    if key is None:
        return _refused()
    consumed = await challenges.consume(
        uow, key, (PasskeyChallengeKind.LOGIN, PasskeyChallengeKind.ACCOUNT_LOGIN)
    )
    assertion = webauthn_rp.read_assertion(credential_json)
    if consumed is None or assertion is None:
        return _refused()
    found = await uow.session.execute(
        select(Passkey).where(col(Passkey.credential_id) == assertion.credential_id)
    )
    passkey = found.scalars().first()
    if passkey is None:
        return _refused()
    owner = str(passkey.user_id)
    if limited := await limits.account_refused(owner):
        LOGINS.labels("limited").inc()
        return limited
    bound_elsewhere = (
        consumed.kind == PasskeyChallengeKind.ACCOUNT_LOGIN and consumed.user_id != passkey.user_id
    )
    handle_elsewhere = assertion.user_handle not in (None, passkey.user_id.bytes)
    new_count = (
        None
        if bound_elsewhere or handle_elsewhere
        else webauthn_rp.verify_assertion(
            services.settings, assertion, consumed.challenge, passkey.public_key
        )
    )
    now = utcnow()
    if new_count is None:
        await limits.account_failed(owner)
        await events.record(uow, passkey.user_id, SecurityEventKind.LOGIN_FAILED, client, now)
        return _refused()
    stored_count = passkey.sign_count
    # Counters must grow once the authenticator has counted; one that always answers 0 (as
    # many platform passkeys do) never started counting and is not compared.
    if stored_count > 0 and new_count <= stored_count:
        logger.warning(
            "passkey %s answered with signature counter %d, not above the stored %d: "
            "a cloned authenticator or a replay; login refused",
            passkey.id,
            new_count,
            stored_count,
        )
        passkey.clone_detected_at = now
        uow.session.add(passkey)
        await limits.account_failed(owner)
        await events.record(uow, passkey.user_id, SecurityEventKind.LOGIN_FAILED, client, now)
        return _refused()
    written = await uow.session.execute(
        update(Passkey)
        .where(col(Passkey.id) == passkey.id, col(Passkey.sign_count) == stored_count)
        .values(sign_count=new_count, last_used_at=now)
        .execution_options(synchronize_session=False)
    )
    if affected(written) != 1:  # another login with this counter value won, or it was removed
        return _refused()
    user = await uow.session.get(User, passkey.user_id)
    if user is None:
        return _refused()
    return await sign_in(uow, services, user, Proof.of_passkey(), client, device_token)
