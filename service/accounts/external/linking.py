"""Linking and unlinking external identities from the account's own, privileged session.

Beginning a link is privileged (``signin.step_up``) and waits for a proved address, like
every new way in; completing it needs the same account's session and the flow it began
(its ``flowId`` and handoff). A (provider, subject) belongs to one account: another
account's is refused (and the unique constraint keeps it so under races). Unlinking is
privileged and never removes the last way in (no password, no passkey, no other identity).
Each is a security event and a notice to the owner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from service.accounts import events
from service.accounts.email.notices import send_notice
from service.accounts.external import flows
from service.accounts.external.login import find_identity
from service.accounts.outcomes import (
    AccountChanged,
    FieldError,
    RateLimited,
    ReauthenticationRequired,
    Rejected,
    ValidationFailed,
)
from service.accounts.passkeys.store import has_passkey
from service.accounts.services import Services
from service.accounts.signin.step_up import require_privilege
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import ExternalFlowPurpose, ExternalIdentity, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

NOT_VERIFIED = "Verify your email address before you link another way to sign in."
EXPIRED = "The link with the provider expired or was already used: start it again."
TAKEN = "This {provider} account is already linked to an account."
NO_SUCH = "There is no such linked account."
LAST_WAY_IN = "This is the account's last way in: set a password or add a passkey first."


@dataclass(frozen=True, slots=True)
class IdentityLinked:
    identity: ExternalIdentity


@dataclass(frozen=True, slots=True)
class IdentityUnlinked:
    message: str = "The linked account was removed."


async def list_identities(uow: UnitOfWork, user_id: uuid.UUID) -> list[ExternalIdentity]:
    statement = (
        select(ExternalIdentity)
        .where(col(ExternalIdentity.user_id) == user_id)
        .order_by(col(ExternalIdentity.linked_at), col(ExternalIdentity.id))
    )
    return list((await uow.session.execute(statement)).scalars())


async def begin_link(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    provider: str,
    return_to: str,
    client: ClientInfo,
) -> flows.FlowStarted | ValidationFailed | RateLimited | ReauthenticationRequired:
    user = await uow.session.get(User, viewer.user.id)
    if user is None:  # deleted since the request's caller was found: a race, like any other
        raise AccountChanged
    if not user.email_verified:
        return ValidationFailed([FieldError("email", "not_verified", NOT_VERIFIED)])
    if refused := await require_privilege(uow, services, viewer, user, client):
        assert isinstance(refused, ReauthenticationRequired)  # no inline proof
        return refused
    return await flows.begin(
        uow,
        services,
        provider,
        return_to,
        client,
        purpose=ExternalFlowPurpose.LINK,
        user_id=user.id,
    )


async def complete_link(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    flow_id: str,
    handoff: str,
    client: ClientInfo,
) -> IdentityLinked | ValidationFailed:
    flow = await flows.take(uow, flow_id, handoff, ExternalFlowPurpose.LINK, viewer.user.id)
    if flow is None or flow.subject is None:
        return ValidationFailed([FieldError("handoff", "expired", EXPIRED)])
    await uow.checkpoint()  # the handoff is spent, whatever comes next
    client_of = services.provider(flow.provider)
    display = client_of.provider.display_name if client_of else flow.provider
    taken = ValidationFailed([FieldError("provider", "taken", TAKEN.format(provider=display))])
    existing = await find_identity(uow, flow.provider, flow.subject)
    if existing is not None:
        return taken
    user = await uow.session.get(User, viewer.user.id)
    if user is None:  # deleted since the request's caller was found
        raise AccountChanged
    now = utcnow()
    identity = ExternalIdentity(
        user_id=user.id,
        provider=flow.provider,
        subject=flow.subject,
        email=flow.email,
        linked_at=now,
    )
    uow.session.add(identity)
    try:
        await uow.session.flush()
    except IntegrityError as exc:
        raise Rejected(taken) from exc
    await events.record(uow, user.id, SecurityEventKind.EXTERNAL_IDENTITY_LINKED, client, now)
    await send_notice(uow, user, "external_identity_linked", client, at=now, provider=display)
    return IdentityLinked(identity)


async def unlink(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    identity_id: str,
    client: ClientInfo,
) -> IdentityUnlinked | ValidationFailed | ReauthenticationRequired:
    no_such = ValidationFailed([FieldError("id", "not_found", NO_SUCH)])
    try:
        key = uuid.UUID(identity_id[:64])
    except ValueError:
        return no_such
    user = await uow.session.get(User, viewer.user.id, with_for_update=True)
    if user is None:
        return no_such
    if refused := await require_privilege(uow, services, viewer, user, client):
        assert isinstance(refused, ReauthenticationRequired)  # no inline proof
        return refused
    identity = await uow.session.get(ExternalIdentity, key)
    if identity is None or identity.user_id != user.id:
        return no_such
    others = await uow.session.execute(
        select(func.count())
        .select_from(ExternalIdentity)
        .where(col(ExternalIdentity.user_id) == user.id, col(ExternalIdentity.id) != key)
    )
    if (
        user.password_hash is None
        and not others.scalar_one()
        and not await has_passkey(uow, user.id)
    ):
        return ValidationFailed([FieldError("id", "last_way_in", LAST_WAY_IN)])
    await uow.session.execute(delete(ExternalIdentity).where(col(ExternalIdentity.id) == key))
    client_of = services.provider(identity.provider)
    display = client_of.provider.display_name if client_of else identity.provider
    now = utcnow()
    await events.record(uow, user.id, SecurityEventKind.EXTERNAL_IDENTITY_UNLINKED, client, now)
    await send_notice(uow, user, "external_identity_unlinked", client, at=now, provider=display)
    return IdentityUnlinked()
