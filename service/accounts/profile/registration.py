"""Registering an account: validated (every failing field at once), counted per client
address, inserted (a unique constraint lost to a concurrent registration answers
``UserAlreadyExists``), sent a code to verify its email, and signed in unless a verified email
is required first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy.exc import IntegrityError

from service import cpu
from service.accounts import events
from service.accounts.email import codes
from service.accounts.email.codes import HANDLES
from service.accounts.email.notices import send_notice
from service.accounts.email.pacing import clock
from service.accounts.email.verification import send_verification
from service.accounts.outcomes import (
    Authenticated,
    FieldError,
    RateLimited,
    Rejected,
    UserAlreadyExists,
    ValidationFailed,
    VerificationRequired,
    busy,
)
from service.accounts.passwords.hasher import HashQueueFull
from service.accounts.passwords.rules import NewPassword, Owner, check_new_password
from service.accounts.profile import validation as v
from service.accounts.profile.images import ImageRejected, ProcessedImage, process_image
from service.accounts.profile.stored_images import store_image
from service.accounts.profile.users import find_conflicts, find_user, hold_username
from service.accounts.profile.writes import conflicting_fields
from service.accounts.services import Services
from service.accounts.sessions.store import issue_session
from service.accounts.signin.devices import remember_device
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import AccountStatus, CodePurpose, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


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
    locale: str | None = None


async def check_image(
    upload: BinaryIO | None, services: Services
) -> tuple[ProcessedImage | None, list[FieldError]]:
    if upload is None:
        return None, []
    if not (hasattr(upload, "read") and hasattr(upload, "seek")):
        # e.g. a string in the JSON variables instead of a file in a multipart request
        message = "Send the image as a file in a GraphQL multipart request."
        return None, [FieldError("image", "not_a_file", message)]
    try:
        return await cpu.images.run(process_image, upload, services.settings), []
    except ImageRejected as rejected:
        return None, [rejected.error]
    except cpu.PoolBusy:
        message = "Too many images are being processed right now. Try again in a moment."
        return None, [FieldError("image", "busy", message)]


async def register_user(
    uow: UnitOfWork, services: Services, data: Registration, client: ClientInfo
) -> Authenticated | VerificationRequired | ValidationFailed | UserAlreadyExists | RateLimited:
    """Create an account, send it a code to verify its email, and log it in (a new session
    for ``client``), unless a verified email is required first.

    With ``ACCOUNTS_HIDE_REGISTERED_EMAILS`` a taken email is answered as a new one is
    (``VerificationRequired``, after the same password hash, paced alike), and its owner is
    mailed that someone tried (a few times a day at most); a taken username is still
    reported (usernames are public)."""
    started = clock()
    hidden = services.settings.registered_emails_hidden
    created = await _create(uow, services, data, client, hide_taken_email=hidden)
    if isinstance(created, TakenEmail):
        if await services.limiter.registration_notice("email:" + created.owner.email_normalized):
            await send_notice(uow, created.owner, "registration_attempted", client)
        services.pacer.pace(uow, "register_user", started, known=False)
        handle = await codes.touch_nothing(uow, services, CodePurpose.VERIFY_EMAIL)
        ttl = int(services.settings.code_ttl.total_seconds())
        return VerificationRequired(email=created.email, expires_in_seconds=ttl, handle=handle)
    if not isinstance(created, User):
        return created
    await events.record(uow, created.id, SecurityEventKind.REGISTERED, client, created.date_joined)
    issued = await send_verification(uow, services, created)
    if hidden or services.settings.require_verified_email:
        if hidden:
            services.pacer.pace(uow, "register_user", started, known=True)
        return VerificationRequired(
            email=created.email, expires_in_seconds=issued.ttl_seconds, handle=issued.handle
        )
    created.last_login = now = created.date_joined  # registering logs the new user in
    device_token = await remember_device(uow, services.settings, created.id, None, None, now)
    token, session = await issue_session(uow, services.settings, created, client, now)
    return Authenticated(user=created, session=session, token=token, device_token=device_token)


def hidden_answer(services: Services, email: str) -> VerificationRequired:
    """What a registration of a taken email lost to a concurrent one answers: as a new one."""
    ttl = int(services.settings.code_ttl.total_seconds())
    return VerificationRequired(email=email, expires_in_seconds=ttl, handle=HANDLES.new())


@dataclass(frozen=True, slots=True)
class TakenEmail:
    """A registration whose email another account holds, answered as a new one would be."""

    owner: User
    email: str


async def create_user(
    uow: UnitOfWork, services: Services, data: Registration, client: ClientInfo
) -> User | ValidationFailed | UserAlreadyExists | RateLimited:
    """Validate and insert an account, without opening a session (``accounts users create``)."""
    created = await _create(uow, services, data, client, hide_taken_email=False)
    assert not isinstance(created, TakenEmail)  # only when hiding taken emails
    return created


async def _create(
    uow: UnitOfWork,
    services: Services,
    data: Registration,
    client: ClientInfo,
    *,
    hide_taken_email: bool,
) -> User | TakenEmail | ValidationFailed | UserAlreadyExists | RateLimited:
    """Validate and insert an account. ``hide_taken_email``: an email another account holds
    (with a free username) answers ``TakenEmail`` after the work a new account costs (the
    hash), and a unique constraint lost to a concurrent registration of it likewise."""
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
    email, username = values["email"], values["username"]
    first_name, last_name = values["first_name"], values["last_name"]
    bio, contact = values["bio"], values["contact"]
    if data.status is not None and data.status != AccountStatus.ACTIVE:
        errors.append(
            FieldError("status", "not_allowed", "New accounts can only be created ACTIVE.")
        )
    errors += await check_new_password(
        services.settings,
        NewPassword(data.password, data.password_confirmation, "password", "passwordConfirmation"),
        Owner(data.username, data.email, data.first_name, data.last_name),
    )
    counted = data.image is not None
    if counted and (limited := await services.limiter.register_attempt(client.ip_address)):
        return limited  # an anonymous image costs CPU to decode: counted before it is spent
    image, found = await check_image(data.image, services)
    errors += found
    if errors:
        return ValidationFailed(errors)
    assert email and username and first_name and last_name and bio is not None
    assert contact is not None

    try:
        services.passwords.admit()
    except HashQueueFull:
        return busy()
    if not counted and (limited := await services.limiter.register_attempt(client.ip_address)):
        return limited
    taken = await find_conflicts(uow, email=email, username=username)
    if hide_taken_email and taken == ["email"]:
        owner = await find_user(uow, email)
        await uow.commit_reads()
        await services.passwords.hash(data.password)  # what a new account costs
        if owner is not None:
            try:  # the username is taken now, as a new account would have taken it
                await hold_username(uow, username, email)
            except IntegrityError as exc:  # held meanwhile by the same registration
                raise Rejected(hidden_answer(services, email)) from exc
            return TakenEmail(owner=owner, email=email)
    elif taken:  # hiding emails, a taken username alone is reported
        return UserAlreadyExists(["username"] if hide_taken_email else taken)
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
        status=AccountStatus.ACTIVE,
        date_joined=now,
        password_changed_at=now,
        image_key=image.key if image else None,
        locale=values["locale"] or "en",
    )
    uow.session.add(user)
    try:
        await uow.session.flush()
    except IntegrityError as exc:
        fields = conflicting_fields(exc)
        if hide_taken_email and fields == ["email"]:
            raise Rejected(hidden_answer(services, email)) from exc
        raise Rejected(UserAlreadyExists(fields)) from exc
    if image is not None:
        await store_image(uow, services, image)
    return user
