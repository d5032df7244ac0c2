"""Logging in and changing passwords."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from service.accounts import validation as v
from service.accounts.clock import utcnow
from service.accounts.deps import Deps
from service.accounts.passwords import HashQueueFull
from service.accounts.results import (
    AccountSuspended,
    Authenticated,
    ClientInfo,
    FieldError,
    InvalidCredentials,
    RateLimited,
    ValidationFailed,
    Viewer,
    busy,
)
from service.accounts.sessions import issue_session, revoke_all
from service.accounts.transactions import end_read
from service.accounts.users import find_user
from service.db.models import AccountStatus, User
from service.observability import LOGINS

# Identifiers longer than any email or username are refused without a lookup (but still
# verified against the dummy hash, so they cost what any other failure costs).
MAX_IDENTIFIER_LENGTH = 320


@dataclass(frozen=True, slots=True)
class PasswordChange:
    current_password: str
    new_password: str
    new_password_confirmation: str


def _limit_key(identifier: str) -> str:
    if len(identifier) > MAX_IDENTIFIER_LENGTH:
        return "long:" + identifier[:MAX_IDENTIFIER_LENGTH]
    column, key = v.identifier_key(identifier)
    return f"{column}:{key}"


async def login(
    db: AsyncSession, deps: Deps, identifier: str, password: str, client: ClientInfo
) -> Authenticated | InvalidCredentials | AccountSuspended | RateLimited:
    """Check a password; unknown identifiers verify against a dummy hash at the same cost.

    Once a budget is spent the answer is ``RateLimited`` and no password is verified.
    """
    passwords, limiter = deps.passwords, deps.limiter
    limit_key = _limit_key(identifier)
    try:
        passwords.admit()
    except HashQueueFull:
        LOGINS.labels("limited").inc()
        return busy()
    if limited := await limiter.before_login(client.ip_address, limit_key):
        LOGINS.labels("limited").inc()
        return limited
    too_long = len(identifier) > MAX_IDENTIFIER_LENGTH or len(password) > v.PASSWORD_MAX
    user = None if too_long or "\x00" in identifier else await find_user(db, identifier)
    await end_read(db)
    if user is None or too_long:
        await passwords.verify_dummy(password[: v.PASSWORD_MAX])
        await limiter.login_failed(client.ip_address, limit_key)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    if not await passwords.verify(user.password_hash, password):
        await limiter.login_failed(client.ip_address, limit_key)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    await limiter.login_succeeded(client.ip_address, limit_key)
    if user.status == AccountStatus.SUSPENDED:
        LOGINS.labels("suspended").inc()
        return AccountSuspended()
    now = utcnow()
    if user.status == AccountStatus.DEACTIVATED:
        user.status = AccountStatus.ACTIVE
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await passwords.hash(password)
    user.last_login = now
    db.add(user)
    token, session = await issue_session(db, deps.settings, user, client, now)
    LOGINS.labels("success").inc()
    return Authenticated(user=user, session=session, token=token)


async def change_password(
    db: AsyncSession, deps: Deps, viewer: Viewer, change: PasswordChange, client: ClientInfo
) -> Authenticated | ValidationFailed | InvalidCredentials | RateLimited:
    """Set a new password, end every session and open a fresh one for this client."""
    user = await db.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials()
    errors = v.check_password_shape(change.new_password, "newPassword", deps.settings)
    if not errors:
        errors = await asyncio.to_thread(
            v.check_password_strength,
            change.new_password,
            "newPassword",
            deps.settings,
            similar_to=[user.username, user.email],
            user_inputs=[user.username, user.email, user.first_name, user.last_name],
        )
    errors += v.check_confirmation(
        change.new_password, change.new_password_confirmation, "newPasswordConfirmation"
    )
    if not change.current_password:
        errors.insert(0, FieldError("currentPassword", "required", "Current password is required."))
    if errors:
        return ValidationFailed(errors)
    try:
        deps.passwords.admit()
    except HashQueueFull:
        return busy()
    if limited := await deps.limiter.change_password_attempt(str(user.id)):
        return limited
    await end_read(db)
    if len(change.current_password) > v.PASSWORD_MAX or not await deps.passwords.verify(
        user.password_hash, change.current_password
    ):
        return InvalidCredentials()
    await deps.limiter.change_password_succeeded(str(user.id))
    now = utcnow()
    user.password_hash = await deps.passwords.hash(change.new_password)
    user.password_changed_at = now
    db.add(user)
    await revoke_all(db, user.id)
    token, session = await issue_session(db, deps.settings, user, client, now)
    return Authenticated(user=user, session=session, token=token)
