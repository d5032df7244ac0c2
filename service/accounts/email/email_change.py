"""Changing the email: pending until a code sent to the new address comes back.

``updateUser`` with a new email (and the current password) does not change it: the new
address becomes the account's ``pending_email`` and gets a code. ``confirm_email_change``
with that code makes it the email (checked again for uniqueness, since another account may
have taken it meanwhile), marks it verified, ends every code sent to the old address, and
sends a notice to the old address.
"""

from __future__ import annotations

from service.accounts import events
from service.accounts.email import codes
from service.accounts.email.notices import send_code, send_notice
from service.accounts.limits.attempts import account_key
from service.accounts.outcomes import InvalidCode, RateLimited, Updated, UserAlreadyExists
from service.accounts.profile import validation as v
from service.accounts.profile.users import find_conflicts
from service.accounts.profile.writes import save_user
from service.accounts.services import Services
from service.accounts.values import ClientInfo, Viewer
from service.db.models import CodePurpose, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork


async def may_send_to(services: Services, new_email: str, client: ClientInfo) -> RateLimited | None:
    """Counted like any code sent to an address: a changing email cannot mail a stranger
    more often than asking for codes could."""
    subject = "email:" + v.email_key(new_email)
    return await services.limiter.code_request(subject, client.ip_address)


async def begin(uow: UnitOfWork, services: Services, user: User, new_email: str) -> None:
    """``new_email`` becomes pending and gets a code (an earlier pending change is dropped)."""
    user.pending_email = new_email
    issued = await codes.issue(uow, services, user.id, CodePurpose.EMAIL_CHANGE, new_email)
    await send_code(uow, user, "confirm_email_change", new_email, issued)


async def cancel(uow: UnitOfWork, user: User) -> None:
    """The email was set back to the current one: no change is pending any more."""
    if user.pending_email is not None:
        user.pending_email = None
        await codes.discard(uow, user.id, CodePurpose.EMAIL_CHANGE)


async def move_to(uow: UnitOfWork, user: User, new_email: str) -> None:
    """The account's email becomes ``new_email``, verified (a code sent to it came back). Every
    code still outstanding dies with the old address: a reset or verification code of the old
    mailbox proves nothing about the account any more."""
    user.email, user.email_normalized = new_email, v.email_key(new_email)
    user.email_verified = True
    await save_user(uow, user)
    await codes.discard(uow, user.id)


async def confirm_email_change(
    uow: UnitOfWork, services: Services, viewer: Viewer, code: str, client: ClientInfo
) -> Updated | InvalidCode | UserAlreadyExists | RateLimited:
    user_id = viewer.user.id
    if limited := await services.limiter.code_check(account_key(user_id), client.ip_address):
        return limited
    user = await uow.session.get(User, user_id)
    match = await codes.redeem(
        uow, services, user.id if user else None, CodePurpose.EMAIL_CHANGE, code
    )
    if user is None or match is None or match.email != user.pending_email:
        return InvalidCode()
    new_email = match.email
    user.pending_email = None
    if await find_conflicts(uow, email=new_email, username=None, exclude=user):
        await save_user(uow, user)  # the code is used up and the change dropped
        return UserAlreadyExists(["email"])
    old_email = user.email
    await move_to(uow, user, new_email)
    await events.record(uow, user.id, SecurityEventKind.EMAIL_CHANGED, client)
    await send_notice(uow, user, "email_changed", client, to=old_email, new_email=new_email)
    return Updated(user)
