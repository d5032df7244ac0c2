"""Profile updates: names, texts, image, email, username and the user's own status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from service.accounts import events, webhooks
from service.accounts.email import email_change
from service.accounts.outcomes import (
    AccountChanged,
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    Rejected,
    SessionsEnded,
    Updated,
    UserAlreadyExists,
    ValidationFailed,
)
from service.accounts.profile import validation as v
from service.accounts.profile.registration import check_image
from service.accounts.profile.stored_images import release_image, store_image
from service.accounts.profile.users import find_conflicts
from service.accounts.profile.writes import conflicting_fields
from service.accounts.services import Services
from service.accounts.sessions.store import revoke_all
from service.accounts.signin.step_up import InlineProof, require_privilege
from service.accounts.values import ClientInfo, Viewer
from service.db.models import AccountStatus, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class ProfileChanges:
    """``None`` means unchanged."""

    email: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    bio: str | None = None
    contact: str | None = None
    status: AccountStatus | None = None
    current_password: str | None = None
    code: str | None = None  # with two-factor on, an email change's inline proof needs it
    image: BinaryIO | None = None
    remove_image: bool = False
    locale: str | None = None


def _check_fields(changes: ProfileChanges) -> tuple[dict[str, str | None], list[FieldError]]:
    values, errors = v.check_account_fields(
        {
            "email": changes.email,
            "username": changes.username,
            "first_name": changes.first_name,
            "last_name": changes.last_name,
            "bio": changes.bio,
            "contact": changes.contact,
            "locale": changes.locale,
        }
    )
    if changes.status == AccountStatus.SUSPENDED:
        errors.append(
            FieldError("status", "not_allowed", "Status can only be set to ACTIVE or DEACTIVATED.")
        )
    if changes.image is not None and changes.remove_image:
        errors.append(
            FieldError("removeImage", "conflict", "Send either image or removeImage, not both.")
        )
    return values, errors


async def _check_uniqueness(
    uow: UnitOfWork,
    services: Services,
    user: User,
    client: ClientInfo,
    email: str | None,
    username: str | None,
) -> UserAlreadyExists | RateLimited | None:
    """Whether a new email or username is taken by someone else: each value checked counts
    against the caller's and the address's budgets, so the answers cannot enumerate."""
    if email is not None and v.email_key(email) == user.email_normalized:
        email = None  # the user's own address: nobody else can hold it
    if username is not None and v.username_key(username) == user.username_normalized:
        username = None
    for _ in [value for value in (email, username) if value is not None]:
        if limited := await services.limiter.uniqueness_check(str(user.id), client.ip_address):
            return limited
    # excluding the account itself: a username held for its own address is its to take
    if taken := await find_conflicts(uow, email=email, username=username, exclude=user):
        return UserAlreadyExists(taken)
    return None


async def update_user(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    changes: ProfileChanges,
    client: ClientInfo,
) -> (
    Updated
    | ValidationFailed
    | UserAlreadyExists
    | InvalidCredentials
    | InvalidCode
    | RateLimited
    | ReauthenticationRequired
):
    db = uow.session
    user = await db.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials()
    values, errors = _check_fields(changes)
    email, username = values["email"], values["username"]
    # Compared as stored (email-validator's normal form), not case-folded: with a long s
    # (U+017F) in place of `s`, `sam@` folds to itself but is another mailbox, so it is
    # privileged like any other new address.
    email_changes = email is not None and email != user.email
    if changes.image is not None and (limited := await services.limiter.image_upload(str(user.id))):
        return limited  # decoding costs CPU: counted before it is spent
    image, found = await check_image(changes.image, services)
    errors += found
    if errors:
        return ValidationFailed(errors)

    if email_changes:
        inline = InlineProof(changes.current_password, changes.code)
        if refused := await require_privilege(uow, services, viewer, user, client, inline):
            return refused
    if outcome := await _check_uniqueness(uow, services, user, client, email, username):
        return outcome
    if email_changes:
        assert email is not None
        if limited := await email_change.may_send_to(services, email, client):
            return limited
        # the email itself changes once the code comes back; pending now, written with the
        # rest by the compare-and-set below (``email_change.begin`` sets it again)
        user.pending_email = email
    elif email is not None:
        await email_change.cancel(uow, user)

    changed: list[str] = []  # for other services (webhooks): names, never values
    if username is not None:
        changed += ["username"] if username != user.username else []
        user.username, user.username_normalized = username, v.username_key(username)
    for name in ("first_name", "last_name", "bio", "contact", "locale"):
        if values[name] is not None:
            changed += [name] if values[name] != getattr(user, name) else []
            setattr(user, name, values[name])
    replaced = user.image_key
    if image is not None:
        user.image_key = image.key
    elif changes.remove_image:
        user.image_key = None
    changed += ["image"] if user.image_key != replaced else []
    deactivated = False
    if changes.status is not None and changes.status != user.status:
        user.status = changes.status
        user.bump_version()
        if changes.status == AccountStatus.DEACTIVATED:
            await revoke_all(uow, user.id)
            deactivated = True
    db.add(user)
    try:
        await db.flush()
    except IntegrityError as exc:
        raise Rejected(UserAlreadyExists(conflicting_fields(exc))) from exc
    except StaleDataError as exc:  # a password or status change committed meanwhile
        raise AccountChanged from exc
    if email_changes:
        assert email is not None
        await email_change.begin(uow, services, user, email)
    if deactivated:
        await events.record(uow, user.id, SecurityEventKind.ACCOUNT_DEACTIVATED, client)
    if changed:
        await webhooks.emit(uow, "user.updated", user.id, fields=tuple(changed))
    if image is not None:
        await store_image(uow, services, image)
    if replaced is not None and replaced != user.image_key:
        release_image(uow, services, replaced)
    return Updated(user, SessionsEnded(user.id) if deactivated else None)
