"""Proving an address: a code sent to the account's email, entered back.

Registration sends the first code; ``request_email_verification`` sends another (each request
answers the handle of its own code, see ``email.codes``); ``verify_email`` takes the address
and the code (and the handle, when the client kept it), needs no session, and marks the email
verified. A code proves the address it was sent to: once the account's email is another, that
code is an ``InvalidCode`` like any wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from service.accounts import ceilings, events
from service.accounts.email import codes
from service.accounts.email.notices import send_code
from service.accounts.email.pacing import clock
from service.accounts.outcomes import (
    CodeSent,
    EmailVerified,
    FieldError,
    InvalidCode,
    RateLimited,
    ValidationFailed,
)
from service.accounts.profile import validation as v
from service.accounts.profile.writes import save_user
from service.accounts.services import Services
from service.accounts.sessions.store import revoke_all
from service.accounts.signin.devices import find_device, forget_devices
from service.accounts.values import ClientInfo, Viewer
from service.db.models import AccountStatus, CodePurpose, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

MAX_EMAIL_INPUT = 320


@dataclass(frozen=True, slots=True)
class MailboxProof:
    """An address, the code mailed to it, and the handle of the request that asked for it
    (``None`` when the code is typed into another client)."""

    email: str
    code: str
    handle: str | None = None


def address_subject(email: str) -> str:
    """The rate-limit subject of an address as typed: its normal form when it parses."""
    text = email[:MAX_EMAIL_INPUT]
    normalized, _ = v.check_email(text)
    key = v.email_key(normalized) if normalized is not None else text.strip().casefold()
    return "email:" + key


async def find_by_email(uow: UnitOfWork, email: str) -> User | None:
    """The account whose (normalised) email is ``email``; ``None`` for anything else."""
    normalized, _ = v.check_email(email[:MAX_EMAIL_INPUT])
    if normalized is None:  # exactly when there are errors
        return None
    statement = select(User).where(col(User.email_normalized) == v.email_key(normalized))
    return (await uow.session.execute(statement)).scalars().first()


async def send_verification(uow: UnitOfWork, services: Services, user: User) -> codes.IssuedCode:
    """A new code to the account's email."""
    issued = await codes.issue(uow, services, user.id, CodePurpose.VERIFY_EMAIL, user.email)
    await send_code(uow, user, "verify_email", user.email, issued)
    return issued


async def request_email_verification(
    uow: UnitOfWork, services: Services, viewer: Viewer, client: ClientInfo
) -> CodeSent | ValidationFailed | RateLimited:
    user = await uow.session.get(User, viewer.user.id)
    if user is None or user.email_verified:
        message = "This email address is verified already."
        return ValidationFailed([FieldError("email", "already_verified", message)])
    if limited := await services.limiter.code_request(
        "email:" + user.email_normalized, client.ip_address, owner=True
    ):
        return limited
    issued = await send_verification(uow, services, user)
    return CodeSent(expires_in_seconds=issued.ttl_seconds, handle=issued.handle)


async def check_mailed_code(
    uow: UnitOfWork,
    services: Services,
    user: User | None,
    purpose: CodePurpose,
    code: str,
    handle: str | None,
) -> codes.CodeMatch | None:
    """A code mailed to the account's current address, checked (not yet consumed): with the
    handle of its request, or, without one, while the account's ceiling allows (a wrong one
    counts against it, whoever sent it)."""
    if user is not None and handle is None and ceilings.codes_locked(user):
        user = None  # refused like a wrong code, with a digest all the same
    match = await codes.check(uow, services, user.id if user else None, purpose, code, handle)
    if user is None:
        return None
    if match is None:
        if handle is None:  # a handle names one code, whose own tries count its misses
            await ceilings.count_code_failure(uow, user.id)
        return None
    if v.email_key(match.email) != user.email_normalized:
        return None
    return match


async def mail_code_to_address(
    uow: UnitOfWork,
    services: Services,
    email: str,
    client: ClientInfo,
    device_token: str | None,
    *,
    purpose: CodePurpose,
    template: str,
    operation: str,
) -> CodeSent | ValidationFailed | RateLimited:
    """A code of ``purpose`` to ``email`` if it has an account, for anyone who asks (a reset,
    a sign-in by code): the same answer for every syntactically valid address (with the handle
    of this request's code, random when none was sent), counted against the client's budgets
    for the address and the address's cap on mail either way, the same work either way (a
    digest and a statement on the codes' index), and paced as ``operation`` (``pacing``), so
    neither the answer nor its timing says whether an account exists. A suspended account is
    treated as no account. Asked from a device the account signed in from (its
    ``device_token``), the address's daily cap, which strangers can spend, does not apply:
    they cannot deny the owner a code."""
    started = clock()
    normalized, errors = v.check_email(email[:MAX_EMAIL_INPUT])
    if normalized is None:  # exactly when there are errors
        return ValidationFailed(errors)
    subject = "email:" + v.email_key(normalized)
    user = await find_by_email(uow, normalized)
    owner = user is not None and await find_device(uow, user.id, device_token) is not None
    if limited := await services.limiter.code_request(subject, client.ip_address, owner=owner):
        return limited
    known = user is not None and user.status != AccountStatus.SUSPENDED
    services.pacer.pace(uow, operation, started, known=known)
    if user is None or not known:
        handle = await codes.touch_nothing(uow, services, purpose)
    else:
        issued = await codes.issue(uow, services, user.id, purpose, user.email)
        await send_code(uow, user, template, user.email, issued)
        handle = issued.handle
    return CodeSent(
        expires_in_seconds=int(services.settings.code_ttl.total_seconds()), handle=handle
    )


async def verify_email(
    uow: UnitOfWork,
    services: Services,
    proof: MailboxProof,
    client: ClientInfo,
    caller: Viewer | None = None,
) -> EmailVerified | InvalidCode | RateLimited:
    """Mark the address verified. The first proof of the mailbox of an unverified account
    made outside that account's own sessions ends them all (and forgets its devices): the
    account may have been set up by someone else. From one of its sessions, they stay.

    Made outside them *without the handle* of the code's request, it is a claim: every
    verification code is asked for by whoever holds the password (a registration, a sign-in,
    a session), so a code typed or followed from the mail alone proves the mailbox and
    nothing more. The mailbox's owner then takes the account over as a reset would: the
    password and a pending email change are dropped (``claim``), and the owner sets a password
    with a reset. Whoever registered someone else's address keeps nothing."""
    started = clock()
    if limited := await services.limiter.code_check(
        address_subject(proof.email), client.ip_address, with_handle=proof.handle is not None
    ):
        return limited
    user = await find_by_email(uow, proof.email)
    match = await check_mailed_code(
        uow, services, user, CodePurpose.VERIFY_EMAIL, proof.code, proof.handle
    )
    if user is None or match is None or not await codes.consume(uow, match):
        # A wrong try for an account is written down; for no account nothing is: paced alike.
        services.pacer.pace(uow, "verify_email", started, known=user is not None)
        return InvalidCode()
    if not user.email_verified:
        user.email_verified = True
        outside = caller is None or caller.user.id != user.id
        claimed = outside and proof.handle is None
        if claimed:
            await claim(uow, user)
        await save_user(uow, user)
        await events.record(uow, user.id, SecurityEventKind.EMAIL_VERIFIED, client)
        if outside:
            await revoke_all(uow, user.id)
            await forget_devices(uow, user.id)
            return EmailVerified(email=user.email, has_password=not claimed)
    return EmailVerified(email=user.email, has_password=user.password_hash is not None)


async def claim(uow: UnitOfWork, user: User) -> None:
    """The mailbox's owner takes over an account whose address it just proved for the first
    time, without the handle of the request: nothing set up by whoever registered it stays
    that could sign in or move the account (its sessions and devices end with the proof; no
    factor can exist before it)."""
    user.password_hash = None
    user.pending_email = None
    user.bump_version()  # a sign-in that checked the dropped password before this loses
    await codes.discard(uow, user.id, CodePurpose.EMAIL_CHANGE)
