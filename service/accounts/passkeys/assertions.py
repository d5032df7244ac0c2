"""Checking a passkey's answer to a challenge: the one path of passkey sign-in and of
re-authentication with a passkey.

``verify`` consumes the challenge first (single use, whatever the outcome), finds the passkey
by credential id, checks that it belongs to the account the challenge was issued for (and to
the user handle the authenticator returned), verifies the assertion (challenge, origin, RP ID
hash, user presence and verification, signature) and then the signature counter: an
authenticator whose counter does not exceed the stored non-zero counter is a clone (or a
replay), so the answer is refused and recorded (the passkey's ``clone_detected_at``, a
``LOGIN_FAILED`` event, a warning in the log). The counter is written as a compare-and-set,
so two answers racing with one counter value cannot both win.

No failure is counted against the account: signatures cannot be guessed, and a budget that
anonymous forged answers could spend would let anyone lock the owner's passkeys out.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, update
from sqlmodel import col

from service.accounts import events
from service.accounts.passkeys import challenges
from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.services import Services
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import Passkey, PasskeyChallengeKind, SecurityEventKind
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

logger = logging.getLogger("service.accounts")


async def verify(
    uow: UnitOfWork,
    services: Services,
    challenge_id: str,
    credential_json: str,
    kinds: tuple[PasskeyChallengeKind, ...],
    client: ClientInfo,
) -> Passkey | None:
    """The passkey that answered the live challenge ``challenge_id`` (of one of ``kinds``)
    correctly, its counter written; ``None`` for any other answer."""
    key = challenges.parse_id(challenge_id)
    if key is None:
        return None
    consumed = await challenges.consume(uow, key, kinds)
    assertion = webauthn_rp.read_assertion(credential_json)
    if consumed is None or assertion is None:
        return None
    found = await uow.session.execute(
        select(Passkey).where(col(Passkey.credential_id) == assertion.credential_id)
    )
    passkey = found.scalars().first()
    if passkey is None:
        return None
    bound_elsewhere = consumed.user_id is not None and consumed.user_id != passkey.user_id
    unbound = consumed.user_id is None and consumed.kind != PasskeyChallengeKind.LOGIN
    handle_elsewhere = assertion.user_handle not in (None, passkey.user_id.bytes)
    new_count = (
        None
        if bound_elsewhere or unbound or handle_elsewhere
        else webauthn_rp.verify_assertion(
            services.settings, assertion, consumed.challenge, passkey.public_key
        )
    )
    now = utcnow()
    if new_count is None:
        await events.record(uow, passkey.user_id, SecurityEventKind.LOGIN_FAILED, client, now)
        return None
    stored_count = passkey.sign_count
    # Counters must grow once the authenticator has counted; one that always answers 0 (as
    # many platform passkeys do) never started counting and is not compared.
    if stored_count > 0 and new_count <= stored_count:
        logger.warning(
            "passkey %s answered with signature counter %d, not above the stored %d: "
            "a cloned authenticator or a replay; refused",
            passkey.id,
            new_count,
            stored_count,
        )
        passkey.clone_detected_at = now
        uow.session.add(passkey)
        await events.record(uow, passkey.user_id, SecurityEventKind.LOGIN_FAILED, client, now)
        return None
    written = await uow.session.execute(
        update(Passkey)
        .where(col(Passkey.id) == passkey.id, col(Passkey.sign_count) == stored_count)
        .values(sign_count=new_count, last_used_at=now)
        .execution_options(synchronize_session=False)
    )
    if affected(written) != 1:  # another answer with this counter value won, or it was removed
        return None
    return passkey
