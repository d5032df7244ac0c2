"""Accounts staff create: ``createUser`` on the admin API and ``accounts users create``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from service.accounts import events
from service.accounts.admin import audit
from service.accounts.admin.actions import NOT_ALLOWED, Refused, check_reason, privileged
from service.accounts.admin.outcomes import UserActionDone
from service.accounts.admin.staff import STAFF_CLIENT, Access, Staff
from service.accounts.outcomes import (
    RateLimited,
    Rejected,
    UserAlreadyExists,
    ValidationFailed,
    busy,
)
from service.accounts.passwords.hasher import HashQueueFull
from service.accounts.passwords.rules import NewPassword, Owner, check_new_password
from service.accounts.profile import validation as v
from service.accounts.profile.users import find_conflicts
from service.accounts.profile.writes import conflicting_fields
from service.accounts.services import Services
from service.clock import utcnow
from service.db.models import SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class NewAccount:
    email: str
    username: str
    first_name: str
    last_name: str
    password: str | None = None
    email_verified: bool = False
    locale: str | None = None
    bio: str | None = None
    contact: str | None = None


async def create_user(
    uow: UnitOfWork, services: Services, staff: Staff, data: NewAccount, reason: str | None
) -> UserActionDone | Refused | UserAlreadyExists | RateLimited:
    """A new account, with a password or none (it signs in by a reset code, an email code, a
    passkey or a linked identity later), its email verified or not; no session is opened."""
    if not staff.may(Access.ACT):
        return NOT_ALLOWED
    values, errors = v.check_account_fields(
        {
            "email": data.email,
            "username": data.username,
            "first_name": data.first_name,
            "last_name": data.last_name,
            "bio": data.bio or "",
            "contact": data.contact or "",
            "locale": data.locale or "en",
        }
    )
    if data.password is not None:
        errors += await check_new_password(
            services.settings,
            # typed once, by staff: the confirmation is the password itself and always matches
            NewPassword(data.password, data.password, "password"),
            Owner(data.username, data.email, data.first_name, data.last_name),
        )
    errors += check_reason(reason)
    if errors:
        return ValidationFailed(errors)
    email, username = values["email"], values["username"]
    first_name, last_name = values["first_name"], values["last_name"]
    assert email and username and first_name and last_name  # pragma: no mutate
    bio, contact = values["bio"] or "", values["contact"] or ""
    if refused := await privileged(uow, services, staff):
        return refused
    taken = await find_conflicts(uow, email=email, username=username)
    if taken:
        return UserAlreadyExists(taken)
    password_hash = None
    if data.password is not None:
        try:
            services.passwords.admit()
        except HashQueueFull:
            return busy()
        await uow.commit_reads()
        password_hash = await services.passwords.hash(data.password)
    now = utcnow()
    user = User(
        email=email,
        email_normalized=v.email_key(email),
        username=username,
        username_normalized=v.username_key(username),
        password_hash=password_hash,
        first_name=first_name,
        last_name=last_name,
        bio=bio,
        contact=contact,
        date_joined=now,
        password_changed_at=now if password_hash else None,
        email_verified=data.email_verified,
        locale=values["locale"] or "en",
    )
    uow.session.add(user)
    try:
        await uow.session.flush()
    except IntegrityError as exc:
        raise Rejected(UserAlreadyExists(conflicting_fields(exc))) from exc
    await events.record(uow, user.id, SecurityEventKind.REGISTERED, STAFF_CLIENT, now)
    detail = "with a password" if password_hash else "without a password"
    await audit.record(
        uow, staff, "create_user", user, reason=(reason or "").strip() or None, detail=detail
    )
    return UserActionDone(user=user)
