"""Registration, lookups and account status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from service import cpu
from service.accounts import validation as v
from service.accounts.clock import utcnow
from service.accounts.deps import Deps
from service.accounts.devices import remember_device
from service.accounts.images import ImageRejected, ProcessedImage, process_image
from service.accounts.passwords import HashQueueFull
from service.accounts.results import (
    Authenticated,
    ClientInfo,
    FieldError,
    RateLimited,
    UserAlreadyExists,
    UserAlreadyExistsError,
    ValidationFailed,
    busy,
)
from service.accounts.sessions import issue_session, revoke_all
from service.accounts.stored_images import store_image
from service.accounts.transactions import end_read
from service.db.models import AccountStatus, User


@dataclass(frozen=True, slots=True)
class Registration:
    email: str
    username: str
    password: str
    password_confirmation: str
    first_name: str
    last_name: str
    bio: str | None = None
    contact: str | None = None
    status: AccountStatus | None = None
    image: BinaryIO | None = None


async def check_image(
    upload: BinaryIO | None, deps: Deps
) -> tuple[ProcessedImage | None, list[FieldError]]:
    if upload is None:
        return None, []
    if not (hasattr(upload, "read") and hasattr(upload, "seek")):
        # e.g. a string in the JSON variables instead of a file in a multipart request
        message = "Send the image as a file in a GraphQL multipart request."
        return None, [FieldError("image", "not_a_file", message)]
    try:
        return await cpu.images.run(process_image, upload, deps.settings), []
    except ImageRejected as rejected:
        return None, [rejected.error]
    except cpu.PoolBusy:
        message = "Too many images are being processed right now. Try again in a moment."
        return None, [FieldError("image", "busy", message)]


def conflicting_fields(exc: IntegrityError) -> list[str]:
    """Which unique column refused the write, from the constraint named in the DB error."""
    text = str(exc.orig)
    fields = [name for name in ("email", "username") if f"{name}_normalized" in text]
    return fields or ["email", "username"]


async def find_conflicts(
    db: AsyncSession, *, email: str | None, username: str | None, exclude: User | None = None
) -> list[str]:
    conditions = []
    if email is not None:
        conditions.append(col(User.email_normalized) == v.email_key(email))
    if username is not None:
        conditions.append(col(User.username_normalized) == v.username_key(username))
    if not conditions:
        return []
    statement = select(col(User.email_normalized), col(User.username_normalized)).where(
        or_(*conditions)
    )
    if exclude is not None:
        statement = statement.where(col(User.id) != exclude.id)
    taken: list[str] = []
    for row_email, row_username in await db.execute(statement):
        if email is not None and row_email == v.email_key(email) and "email" not in taken:
            taken.append("email")
        if (
            username is not None
            and row_username == v.username_key(username)
            and "username" not in taken
        ):
            taken.append("username")
    return [name for name in ("email", "username") if name in taken]


async def register_user(
    db: AsyncSession, deps: Deps, data: Registration, client: ClientInfo
) -> Authenticated | ValidationFailed | UserAlreadyExists | RateLimited:
    """Create an account and log it in (a new session for ``client``)."""
    created = await create_user(db, deps, data, client)
    if not isinstance(created, User):
        return created
    created.last_login = now = created.date_joined  # registering logs the new user in
    device_token = await remember_device(db, deps.settings, created.id, None, None, now)
    token, session = await issue_session(db, deps.settings, created, client, now)
    return Authenticated(user=created, session=session, token=token, device_token=device_token)


async def create_user(
    db: AsyncSession, deps: Deps, data: Registration, client: ClientInfo
) -> User | ValidationFailed | UserAlreadyExists | RateLimited:
    """Validate and insert an account, without opening a session (``accounts users create``)."""
    errors: list[FieldError] = []
    email, found = v.check_email(data.email)
    errors += found
    username, found = v.check_username(data.username)
    errors += found
    first_name, found = v.check_name(data.first_name, "firstName", "First name")
    errors += found
    last_name, found = v.check_name(data.last_name, "lastName", "Last name")
    errors += found
    bio, found = v.check_optional_text(data.bio or "", "bio", "Bio", v.BIO_MAX)
    errors += found
    contact, found = v.check_optional_text(data.contact or "", "contact", "Contact", v.CONTACT_MAX)
    errors += found
    if data.status is not None and data.status != AccountStatus.ACTIVE:
        errors.append(
            FieldError("status", "not_allowed", "New accounts can only be created ACTIVE.")
        )
    password_errors = v.check_password_shape(data.password, "password", deps.settings)
    if not password_errors:
        password_errors = await cpu.checks.run(
            v.check_password_strength,
            data.password,
            "password",
            deps.settings,
            similar_to=[data.username, data.email],
            user_inputs=[data.username, data.email, data.first_name, data.last_name],
        )
    errors += password_errors
    errors += v.check_confirmation(
        data.password, data.password_confirmation, "passwordConfirmation"
    )
    counted = data.image is not None
    if counted and (limited := await deps.limiter.register_attempt(client.ip_address)):
        return limited  # an anonymous image costs CPU to decode: counted before it is spent
    image, found = await check_image(data.image, deps)
    errors += found
    if errors:
        return ValidationFailed(errors)
    assert email and username and first_name and last_name and bio is not None
    assert contact is not None

    try:
        deps.passwords.admit()
    except HashQueueFull:
        return busy()
    if not counted and (limited := await deps.limiter.register_attempt(client.ip_address)):
        return limited
    if taken := await find_conflicts(db, email=email, username=username):
        return UserAlreadyExists(taken)
    await end_read(db)

    password_hash = await deps.passwords.hash(data.password)
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
        status=AccountStatus.ACTIVE,
        date_joined=now,
        password_changed_at=now,
        image_key=image.key if image else None,
    )
    db.add(user)
    try:
        await db.flush()
    except IntegrityError as exc:
        raise UserAlreadyExistsError(conflicting_fields(exc)) from exc
    if image is not None:
        await store_image(db, deps, image)
    return user


async def find_user(db: AsyncSession, identifier: str) -> User | None:
    """Look a user up by email or username, case-insensitively."""
    column, key = v.identifier_key(identifier)
    target = col(User.email_normalized) if column == "email" else col(User.username_normalized)
    return (await db.execute(select(User).where(target == key))).scalars().first()


async def list_users(db: AsyncSession, *, limit: int = 100, offset: int = 0) -> list[User]:
    rows = await db.execute(
        select(User)
        .order_by(col(User.date_joined), col(User.username_normalized))
        .limit(limit)
        .offset(offset)
    )
    return list(rows.scalars())


async def set_status(db: AsyncSession, user: User, status: AccountStatus) -> int:
    """Administrative status change; suspending also revokes every session. Returns revoked.

    The write is a compare-and-set on the row's version (see ``User``): a login that read the
    old status cannot write its own over this one.
    """
    if user.status != status:
        user.status = status
        user.bump_version()
    db.add(user)
    count = 0
    if status != AccountStatus.ACTIVE:
        count = await revoke_all(db, user.id)
    await db.flush()
    return count
