"""Deleting one's own account: everything of it goes, a goodbye notice stays.

From a privileged session, or with the password (and a code of the second factor when it is
on; rate limited like every such check), the account's row, its sessions, known devices,
codes, second factors (TOTP secret, recovery codes, sign-in challenges), passkeys and their
challenges, security events and mail (queued or delivered) are deleted in one unit of work,
its image file once that commits (unless another account shares the picture), and a goodbye
is queued for no account, so it outlives the row. The username and the email are free again
at once. Codes, security events, known devices, passkeys and their challenges go with the row
(their foreign keys cascade, on both databases); sessions are ended first, to be counted as
revoked.
"""

from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from service.accounts import webhooks
from service.accounts.email.notices import send_notice
from service.accounts.outcomes import (
    AccountChanged,
    AccountDeleted,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    SessionsEnded,
)
from service.accounts.profile.stored_images import release_image
from service.accounts.services import Services
from service.accounts.sessions.store import revoke_all
from service.accounts.signin.step_up import InlineProof, require_privilege
from service.accounts.two_factor import setup
from service.accounts.values import ClientInfo, Viewer
from service.db.models import User
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import discard_messages


async def delete_account(
    uow: UnitOfWork, services: Services, viewer: Viewer, inline: InlineProof, client: ClientInfo
) -> AccountDeleted | InvalidCredentials | InvalidCode | RateLimited | ReauthenticationRequired:
    user = await uow.session.get(User, viewer.user.id)
    if user is None:
        return InvalidCredentials()
    if refused := await require_privilege(uow, services, viewer, user, client, inline):
        return refused
    image_key = user.image_key
    await discard_messages(uow, user.id)
    await setup.remove_factors(uow, user)
    await revoke_all(uow, user.id)  # counted as revoked; the cascade would end them uncounted
    await uow.session.delete(user)
    try:
        await uow.session.flush()
    except StaleDataError as exc:  # a password or status change committed meanwhile
        raise AccountChanged from exc
    if image_key is not None:
        release_image(uow, services, image_key)
    await send_notice(uow, user, "account_deleted", client, keep_user=False)
    await webhooks.emit(uow, "user.deleted", user.id)
    return AccountDeleted(SessionsEnded(user.id))
