"""Proving an address: a code sent to the account's email, entered back.

Registration sends the first code; ``request_email_verification`` sends a new one (the old one
stops working); ``verify_email`` takes the address and the code, needs no session, and marks
the email verified. A code proves the address it was sent to: once the account's email is
another, that code is an ``InvalidCode`` like any wrong one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import col

from service.accounts import events
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
from service.accounts.values import ClientInfo, Viewer
from service.db.models import CodePurpose, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

MAX_EMAIL_INPUT = 320


def address_subject(email: str) -> str:
    """The rate-limit subject of an address as typed: its normal form when it parses."""
    text = email[:MAX_EMAIL_INPUT]
    normalized, errors = v.check_email(text)
    key = v.email_key(normalized) if normalized and not errors else text.strip().casefold()
    return "email:" + key


async def find_by_email(uow: UnitOfWork, email: str) -> User | None:
    """The account whose (normalised) email is ``email``; ``None`` for anything else."""
    normalized, errors = v.check_email(email[:MAX_EMAIL_INPUT])
    if errors or normalized is None:
        return None
    statement = select(User).where(col(User.email_normalized) == v.email_key(normalized))
    return (await uow.session.execute(statement)).scalars().first()


async def send_verification(uow: UnitOfWork, services: Services, user: User) -> codes.IssuedCode:
    """A new code to the account's email (the previous one stops working)."""
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
        "email:" + user.email_normalized, client.ip_address
    ):
        return limited
    issued = await send_verification(uow, services, user)
    return CodeSent(expires_in_seconds=issued.ttl_seconds)


async def verify_email(
    uow: UnitOfWork, services: Services, email: str, code: str, client: ClientInfo
) -> EmailVerified | InvalidCode | RateLimited:
    started = clock()
    if limited := await services.limiter.code_check(address_subject(email), client.ip_address):
        return limited
    user = await find_by_email(uow, email)
    match = await codes.redeem(
        uow, services, user.id if user else None, CodePurpose.VERIFY_EMAIL, code
    )
    if user is None or match is None or v.email_key(match.email) != user.email_normalized:
        # A wrong try for an account is written down; for no account nothing is: paced alike.
        services.pacer.pace(uow, "verify_email", started, known=user is not None)
        return InvalidCode()
    if not user.email_verified:
        user.email_verified = True
        await save_user(uow, user)
        await events.record(uow, user.id, SecurityEventKind.EMAIL_VERIFIED, client)
    return EmailVerified(email=user.email)
