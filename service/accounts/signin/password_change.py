"""A new password for a signed-in caller: every session ends, this client starts over.

``change_password`` checks the current password (and, with two-factor sign-in on, a code of
the second factor, unless the session is privileged); ``set_password`` gives an account its
first password (or a new one) from a privileged session (``step_up``). Both write the hash
over the row as it was read (``pipeline.compare_and_set``): a password changed meanwhile by
another request refuses this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from service.accounts import events
from service.accounts.assurance import SECOND_FACTORS, AuthenticationMethod, Methods, decode
from service.accounts.email.notices import send_notice, ways_in
from service.accounts.outcomes import (
    Authenticated,
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.passwords.rules import NewPassword, Owner, check_new_password
from service.accounts.services import Services
from service.accounts.signin.current_password import check_current_password
from service.accounts.signin.pipeline import compare_and_set, start_over
from service.accounts.signin.proofs import Proof
from service.accounts.signin.step_up import (
    account_factors,
    privileged,
    require_privilege,
    required,
    session_row,
)
from service.accounts.two_factor import codes as second_factor
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import AccountStatus, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class PasswordChange:
    current_password: str
    new_password: str
    new_password_confirmation: str
    code: str | None = None


ChangeOutcome = (
    Authenticated
    | ValidationFailed
    | InvalidCredentials
    | InvalidCode
    | RateLimited
    | ReauthenticationRequired
)


async def _checked(services: Services, user: User, new: NewPassword) -> list[FieldError]:
    return await check_new_password(
        services.settings, new, Owner(user.username, user.email, user.first_name, user.last_name)
    )


async def change_password(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    change: PasswordChange,
    client: ClientInfo,
) -> ChangeOutcome:
    """Set a new password, end every session and open a fresh one for this client."""
    user = await uow.session.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials()
    errors = await _checked(
        services, user, NewPassword(change.new_password, change.new_password_confirmation)
    )
    if not change.current_password:
        errors.insert(0, FieldError("currentPassword", "required", "Current password is required."))
    if errors:
        return ValidationFailed(errors)
    factors = await account_factors(uow, user)
    second: Methods = ()
    if factors.totp:  # the second factor too: from the session, or a code
        row = await session_row(uow, viewer)
        if row is not None and privileged(row, factors, services, utcnow()):
            second = tuple(m for m in decode(row.methods) if m in SECOND_FACTORS)
        elif not change.code:
            return required(factors)
    verified_hash = user.password_hash
    if refused := await check_current_password(
        uow, services, viewer, user, change.current_password
    ):
        return refused
    assert verified_hash is not None  # the current password matched a hash
    if factors.totp and not second:
        assert change.code is not None
        method = await second_factor.prove(uow, services, user, change.code, client)
        if not isinstance(method, AuthenticationMethod):
            return method
        second = (method,)
    proof = Proof.of_password(change.current_password, verified_hash)
    methods = (AuthenticationMethod.PASSWORD, *second)
    return await _set(uow, services, user, proof, change.new_password, client, methods)


async def set_password(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    new: NewPassword,
    client: ClientInfo,
) -> Authenticated | ValidationFailed | ReauthenticationRequired:
    """A password for the account (its first, or a new one), from a privileged session."""
    user = await uow.session.get(User, viewer.user.id)
    if user is None:
        return ReauthenticationRequired(methods=[], password_required=False)
    if errors := await _checked(services, user, new):
        return ValidationFailed(errors)
    if refused := await require_privilege(uow, services, viewer, user, client):
        assert isinstance(refused, ReauthenticationRequired)  # no inline proof
        return refused
    methods = (*viewer.session.methods, AuthenticationMethod.PASSWORD)
    proof = Proof(methods, verified_hash=user.password_hash)
    outcome = await _set(uow, services, user, proof, new.password, client, methods)
    if not isinstance(outcome, Authenticated):  # changed meanwhile: try again
        return ReauthenticationRequired(
            methods=[], password_required=user.password_hash is not None
        )
    return outcome


async def _set(
    uow: UnitOfWork,
    services: Services,
    user: User,
    proof: Proof,
    password: str,
    client: ClientInfo,
    methods: Methods,
) -> Authenticated | InvalidCredentials:
    new_hash, now = await services.passwords.hash(password), utcnow()

    async def set_hash(row: User) -> dict[str, Any] | None:
        if row.status != AccountStatus.ACTIVE:
            return None
        return {"password_hash": new_hash, "password_changed_at": now, "version": row.version + 1}

    row = await compare_and_set(uow, user, proof, set_hash)
    if row is None or row.password_hash != new_hash:  # changed meanwhile, or not active
        return InvalidCredentials()
    return await _started_over(uow, services, row, client, now, methods)


async def _started_over(
    uow: UnitOfWork,
    services: Services,
    user: User,
    client: ClientInfo,
    now: datetime,
    methods: Methods,
) -> Authenticated:
    authenticated = await start_over(uow, services, user, client, now, methods)
    await events.record(uow, user.id, SecurityEventKind.PASSWORD_CHANGED, client, now)
    await send_notice(
        uow, user, "password_changed", client, at=now, ways_in=await ways_in(uow, user)
    )
    return authenticated
