"""Sign-in challenges: what stands between a correct password and a session when the account
has a second factor.

A challenge is an opaque token (``tfa_`` + 256 random bits) handed to the client once in
``TwoFactorRequired``; only its SHA-256 digest is stored. It is single use (consumed by one
conditional DELETE), lives ``ACCOUNTS_TWO_FACTOR_CHALLENGE_TTL`` (5 minutes), dies after
``MAX_FAILED_TRIES`` codes checked (each try is counted before its code is checked), and
is bound to the account and to the password and status it was issued under
(``User.version``): a password change or reset, a suspension, or turning two-factor off
kills it. A challenge issued by ``resetPassword`` holds the new password's hash until the
second factor is given.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlmodel import col

from service.accounts.assurance import AuthenticationMethod
from service.accounts.tokens import OpaqueTokens
from service.config import Settings
from service.db.models import ChallengePurpose, LoginChallenge, User
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

CHALLENGE_TOKENS = OpaqueTokens("tfa_")
MAX_FAILED_TRIES = 5


@dataclass(frozen=True, slots=True)
class IssuedChallenge:
    token: str
    expires_at: datetime


async def issue(
    uow: UnitOfWork,
    settings: Settings,
    user: User,
    purpose: ChallengePurpose,
    now: datetime,
    new_password_hash: str | None = None,
    first_method: AuthenticationMethod = AuthenticationMethod.PASSWORD,
) -> IssuedChallenge:
    """A challenge for ``user``'s second factor after ``first_method`` proved the first."""
    token = CHALLENGE_TOKENS.new()
    expires_at = now + settings.two_factor_challenge_ttl
    uow.session.add(
        LoginChallenge(
            user_id=user.id,
            token_digest=CHALLENGE_TOKENS.digest(token),
            purpose=purpose.value,
            user_version=user.version,
            new_password_hash=new_password_hash,
            first_method=first_method.value,
            created_at=now,
            expires_at=expires_at,
        )
    )
    await uow.session.flush()
    return IssuedChallenge(token=token, expires_at=expires_at)


async def find_live(uow: UnitOfWork, token: str, now: datetime) -> LoginChallenge | None:
    """The challenge behind ``token`` while it is unexpired and has tries left
    (``failed_attempts`` counts the codes checked against it)."""
    if not CHALLENGE_TOKENS.well_formed(token):
        return None
    statement = select(LoginChallenge).where(
        col(LoginChallenge.token_digest) == CHALLENGE_TOKENS.digest(token),
        col(LoginChallenge.expires_at) > now,
        col(LoginChallenge.failed_attempts) < MAX_FAILED_TRIES,
    )
    return (await uow.session.execute(statement)).scalars().first()


async def take_try(uow: UnitOfWork, challenge_id: uuid.UUID, now: datetime) -> bool:
    """Count one code checked against the challenge, before it is checked: ``False`` when the
    challenge is gone, expired or used up. The caller commits this at once, so codes sent in
    parallel cannot all be checked before the first one is counted; a right code spends its
    try too, and the challenge goes with it."""
    result = await uow.session.execute(
        update(LoginChallenge)
        .where(
            col(LoginChallenge.id) == challenge_id,
            col(LoginChallenge.failed_attempts) < MAX_FAILED_TRIES,
            col(LoginChallenge.expires_at) > now,
        )
        .values(failed_attempts=col(LoginChallenge.failed_attempts) + 1)
        .execution_options(synchronize_session=False)
    )
    return affected(result) == 1


async def consume(uow: UnitOfWork, challenge_id: uuid.UUID, now: datetime) -> bool:
    """Use the challenge up: ``True`` for exactly one of any number of concurrent callers.
    (Its try was taken by ``take_try``, so it may be the last one.)"""
    result = await uow.session.execute(
        delete(LoginChallenge)
        .where(
            col(LoginChallenge.id) == challenge_id,
            col(LoginChallenge.expires_at) > now,
        )
        .execution_options(synchronize_session=False)
    )
    return affected(result) == 1


async def forget(uow: UnitOfWork, challenge_id: uuid.UUID) -> None:
    await uow.session.execute(
        delete(LoginChallenge)
        .where(col(LoginChallenge.id) == challenge_id)
        .execution_options(synchronize_session=False)
    )


async def discard(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    await uow.session.execute(
        delete(LoginChallenge)
        .where(col(LoginChallenge.user_id) == user_id)
        .execution_options(synchronize_session=False)
    )


async def purge_expired(uow: UnitOfWork, now: datetime) -> int:
    result = await uow.session.execute(
        delete(LoginChallenge)
        .where(col(LoginChallenge.expires_at) <= now)
        .execution_options(synchronize_session=False)
    )
    return affected(result)
