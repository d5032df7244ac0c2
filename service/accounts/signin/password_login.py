"""Logging in and changing passwords."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm.exc import StaleDataError

from service import cpu
from service.accounts import events
from service.accounts.email.notices import send_notice
from service.accounts.limits.attempts import LoginAttempt, account_key
from service.accounts.outcomes import (
    AccountSuspended,
    Authenticated,
    EmailNotVerified,
    FieldError,
    InvalidCredentials,
    RateLimited,
    TwoFactorRequired,
    ValidationFailed,
    busy,
)
from service.accounts.passwords.hasher import HashQueueFull
from service.accounts.profile import validation as v
from service.accounts.profile.users import find_user
from service.accounts.services import Services
from service.accounts.sessions.store import issue_session, revoke_all
from service.accounts.signin import records as signin
from service.accounts.signin.current_password import check_current_password
from service.accounts.signin.devices import find_device, forget_devices, remember_device
from service.accounts.two_factor.factors import require_second_factor
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import (
    AccountStatus,
    ChallengePurpose,
    KnownDevice,
    SecurityEventKind,
    User,
)
from service.db.unit_of_work import UnitOfWork
from service.observability import LOGINS

# Identifiers longer than any email or username are refused without a lookup (but still
# verified against the dummy hash, so they cost what any other failure costs).
MAX_IDENTIFIER_LENGTH = 320
# How often a login or password change re-reads a row that changed under it before giving up.
WRITE_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class PasswordChange:
    current_password: str
    new_password: str
    new_password_confirmation: str


def _identifier_key(identifier: str) -> str:
    if len(identifier) > MAX_IDENTIFIER_LENGTH:
        return "long:" + identifier[:MAX_IDENTIFIER_LENGTH]
    column, key = v.identifier_key(identifier)
    return f"{column}:{key}"


async def _reread(uow: UnitOfWork, user_id: uuid.UUID, verified_hash: str) -> User | None:
    """After a lost compare-and-set: the row as it is now, or ``None`` when the password that
    was verified is no longer the user's (changed, or the user is gone)."""
    await uow.rollback()
    fresh = await uow.session.get(User, user_id, populate_existing=True)
    if fresh is None or fresh.password_hash != verified_hash:
        return None
    return fresh


async def login(
    uow: UnitOfWork,
    services: Services,
    identifier: str,
    password: str,
    client: ClientInfo,
    device_token: str | None = None,
) -> (
    Authenticated
    | InvalidCredentials
    | AccountSuspended
    | EmailNotVerified
    | RateLimited
    | TwoFactorRequired
):
    """Check a password; unknown identifiers verify against a dummy hash at the same cost.

    Budgets are keyed by the account the identifier names (see ``ratelimit``); once one is
    spent the answer is ``RateLimited`` and no password is verified. An account with a second
    factor answers ``TwoFactorRequired`` (no session yet: ``two_factor.complete_login``).
    """
    passwords, limiter = services.passwords, services.limiter
    try:
        passwords.admit()
    except HashQueueFull:
        LOGINS.labels("limited").inc()
        return busy()
    too_long = len(identifier) > MAX_IDENTIFIER_LENGTH or len(password) > v.PASSWORD_MAX
    user = None if too_long or "\x00" in identifier else await find_user(uow, identifier)
    device = await find_device(uow, user.id, device_token) if user is not None else None
    await uow.commit_reads()
    attempt = LoginAttempt(
        account=account_key(user.id) if user is not None else _identifier_key(identifier),
        ip=client.ip_address,
        device=str(device.id) if device is not None else None,
    )
    if limited := await limiter.before_login(attempt):
        LOGINS.labels("limited").inc()
        return limited
    if user is None or too_long:
        await passwords.verify_dummy(password[: v.PASSWORD_MAX])
        await limiter.login_failed(attempt)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    verified_hash = user.password_hash
    if not await passwords.verify(verified_hash, password):
        await limiter.login_failed(attempt)
        await signin.login_failed(uow, user, client)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    await limiter.login_succeeded(attempt)
    if (
        services.settings.require_verified_email
        and not user.email_verified
        and user.status != AccountStatus.SUSPENDED
    ):
        return await signin.unverified(uow, services, user, client)
    if user.status != AccountStatus.SUSPENDED and (
        required := await require_second_factor(
            uow, services, user, ChallengePurpose.LOGIN, utcnow()
        )
    ):
        LOGINS.labels("second_factor").inc()
        await _rehash(uow, services, user, password)
        return required
    return await open_session(uow, services, user, client, device, device_token, password=password)


async def _rehash(uow: UnitOfWork, services: Services, user: User, password: str) -> None:
    """A verified password whose hash has outdated parameters gets a new hash now, when the
    sign-in goes on without it (``completeLogin`` never sees the password). The version is
    kept: the hash changes, the password does not, and the challenge stays valid."""
    if not services.passwords.needs_rehash(user.password_hash):
        return
    verified_hash = user.password_hash
    new_hash = await services.passwords.hash(password)

    async def rehash(row: User) -> bool:
        row.password_hash = new_hash
        return True

    await _write_as_verified(uow, user, verified_hash, rehash)


async def open_session(
    uow: UnitOfWork,
    services: Services,
    user: User,
    client: ClientInfo,
    device: KnownDevice | None,
    device_token: str | None,
    *,
    password: str | None = None,
) -> Authenticated | InvalidCredentials | AccountSuspended:
    """Open the session of a sign-in whose proof was checked: a password (``login``, which
    passes it so an outdated hash is renewed), a second factor (``completeLogin``) or a
    passkey (``finishPasskeyLogin``, both factors at once). The same path for all: a suspended
    account is refused, a deactivated one reactivated, the device remembered, the LOGIN event
    recorded and the new-sign-in notice queued.

    Writes the login over the row as it was read, or re-reads it and decides again.

    The UPDATE of the user row is a compare-and-set on its version and comes before the
    session's INSERT in one transaction: a password change or a suspension committed after
    the password was verified makes it fail, and one that comes later waits for the row
    lock and then sees (and revokes) the new session.
    """
    verified_hash, now = user.password_hash, utcnow()
    reactivated = False  # pragma: no mutate - log_in sets it before anything reads it

    async def log_in(row: User) -> bool:
        nonlocal reactivated
        if row.status == AccountStatus.SUSPENDED:
            return False
        reactivated = row.status == AccountStatus.DEACTIVATED
        if reactivated:
            row.status = AccountStatus.ACTIVE
            row.bump_version()
        if password is not None and services.passwords.needs_rehash(row.password_hash):
            row.password_hash = await services.passwords.hash(password)
        row.last_login = now
        return True

    row, written = await _write_as_verified(uow, user, verified_hash, log_in)
    if row is not None and row.status == AccountStatus.SUSPENDED:
        LOGINS.labels("suspended").inc()
        return AccountSuspended()
    if row is None or not written:
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    new_device = device is None
    device_token = await remember_device(uow, services.settings, row.id, device, device_token, now)
    token, session = await issue_session(uow, services.settings, row, client, now)
    await signin.logged_in(
        uow, services, row, client, now, new_device=new_device, reactivated=reactivated
    )
    LOGINS.labels("success").inc()
    return Authenticated(user=row, session=session, token=token, device_token=device_token)


async def change_password(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    change: PasswordChange,
    client: ClientInfo,
) -> Authenticated | ValidationFailed | InvalidCredentials | RateLimited:
    """Set a new password, end every session and open a fresh one for this client."""
    db = uow.session
    user = await db.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials()
    errors = v.check_password_shape(change.new_password, "newPassword", services.settings)
    if not errors:
        errors = await cpu.checks.run(
            v.check_password_strength,
            change.new_password,
            "newPassword",
            services.settings,
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
    verified_hash = user.password_hash
    if refused := await check_current_password(
        uow, services, viewer, user, change.current_password
    ):
        return refused
    new_hash, now = await services.passwords.hash(change.new_password), utcnow()

    async def set_password(row: User) -> bool:
        if row.status != AccountStatus.ACTIVE:
            return False
        row.password_hash = new_hash
        row.password_changed_at = now
        row.bump_version()
        return True

    row, written = await _write_as_verified(uow, user, verified_hash, set_password)
    if row is None or not written:
        return InvalidCredentials()
    authenticated = await fresh_start(uow, services, row, client, now)
    await events.record(uow, row.id, SecurityEventKind.PASSWORD_CHANGED, client, now)
    await send_notice(uow, row, "password_changed", client, at=now)
    return authenticated


async def fresh_start(
    uow: UnitOfWork, services: Services, user: User, client: ClientInfo, now: datetime
) -> Authenticated:
    """After a new password: every session ends, every device is forgotten, and this client
    gets a new session and device token."""
    await revoke_all(uow, user.id)
    await forget_devices(uow, user.id)
    device_token = await remember_device(uow, services.settings, user.id, None, None, now)
    token, session = await issue_session(uow, services.settings, user, client, now)
    return Authenticated(
        user=user, session=session, token=token, device_token=device_token, ended_sessions=True
    )


async def _write_as_verified(
    uow: UnitOfWork, user: User, verified_hash: str, update: Callable[[User], Awaitable[bool]]
) -> tuple[User | None, bool]:
    """Write ``update``'s changes over the user row as it was read (a compare-and-set).

    When another write won meanwhile (``StaleDataError``), the row is read again and
    ``update`` decides again on it, up to ``WRITE_ATTEMPTS`` times. Answers the row as last
    read (``None`` when the verified password is no longer the user's) and whether it was
    written; ``update`` returning ``False`` declines the write.
    """
    user_id = user.id
    for _ in range(WRITE_ATTEMPTS):
        if not await update(user):
            return user, False
        uow.session.add(user)
        try:
            await uow.session.flush()
        except StaleDataError:
            fresh = await _reread(uow, user_id, verified_hash)
            if fresh is None:
                return None, False
            user = fresh
            continue
        return user, True
    return user, False
