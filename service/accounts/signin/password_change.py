"""Changing the password of a signed-in caller: every session ends, this client starts over."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from service.accounts import events
from service.accounts.email.notices import send_notice
from service.accounts.outcomes import (
    Authenticated,
    FieldError,
    InvalidCredentials,
    RateLimited,
    ValidationFailed,
)
from service.accounts.passwords.rules import NewPassword, Owner, check_new_password
from service.accounts.services import Services
from service.accounts.signin.current_password import check_current_password
from service.accounts.signin.pipeline import compare_and_set, start_over
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import AccountStatus, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class PasswordChange:
    current_password: str
    new_password: str
    new_password_confirmation: str


async def change_password(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    change: PasswordChange,
    client: ClientInfo,
) -> Authenticated | ValidationFailed | InvalidCredentials | RateLimited:
    """Set a new password, end every session and open a fresh one for this client.

    The new password is written over the row as it was when the current password was
    checked (``pipeline.compare_and_set``): a password changed meanwhile by another request
    refuses this one."""
    user = await uow.session.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials()
    errors = await check_new_password(
        services.settings,
        NewPassword(change.new_password, change.new_password_confirmation),
        Owner(user.username, user.email, user.first_name, user.last_name),
    )
    if not change.current_password:
        errors.insert(0, FieldError("currentPassword", "required", "Current password is required."))
    if errors:
        return ValidationFailed(errors)
    proof = Proof.of_password(change.current_password, user.password_hash)
    if refused := await check_current_password(
        uow, services, viewer, user, change.current_password
    ):
        return refused
    new_hash, now = await services.passwords.hash(change.new_password), utcnow()

    async def set_password(row: User) -> dict[str, Any] | None:
        if row.status != AccountStatus.ACTIVE:
            return None
        return {"password_hash": new_hash, "password_changed_at": now, "version": row.version + 1}

    row = await compare_and_set(uow, user, proof, set_password)
    if row is None or row.password_hash != new_hash:  # changed meanwhile, or not active
        return InvalidCredentials()
    authenticated = await start_over(uow, services, row, client, now)
    await events.record(uow, row.id, SecurityEventKind.PASSWORD_CHANGED, client, now)
    await send_notice(uow, row, "password_changed", client, at=now)
    return authenticated
