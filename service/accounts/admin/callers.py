"""Who is calling the admin API: the staff behind a session or behind an admin key.

A session is staff's when its account's role is ``SUPPORT`` or ``ADMIN`` now, and its last full
proof was at AAL2 with a second factor the account had then: a TOTP secret confirmed, or a
passkey added, from the session itself (``step_up.add_to_proof``) does not count until the
session proves itself again with it."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import col

from service.accounts.admin import keys
from service.accounts.admin.outcomes import ActionRefused
from service.accounts.admin.staff import Staff, is_staff, second_factor_before
from service.accounts.assurance import AssuranceLevel, level
from service.accounts.values import ClientInfo, Viewer
from service.db.models import User
from service.db.unit_of_work import UnitOfWork


async def session_staff(
    uow: UnitOfWork, viewer: Viewer, client: ClientInfo
) -> Staff | ActionRefused:
    """The staff behind a session: its account's role as it is now, and a sign-in at AAL2."""
    statement = select(col(User.role)).where(col(User.id) == viewer.user.id)
    role = (await uow.session.execute(statement)).scalar_one_or_none()
    if role is None or not is_staff(role):
        return ActionRefused("not_staff", "This account is not staff.")
    session = viewer.session
    proved_at = session.authenticated_at or session.created_at
    if level(session.methods) != AssuranceLevel.AAL2 or not await second_factor_before(
        uow, viewer.user.id, proved_at
    ):
        return ACCESS_NEEDS_AAL2
    return Staff(
        actor=f"user:{viewer.user.username}",
        role=role,
        client=client,
        user_id=viewer.user.id,
        viewer=viewer,
        budget=f"user:{viewer.user.id}",
    )


ACCESS_NEEDS_AAL2 = ActionRefused(
    "aal2_required",
    "Staff use the admin API from a session signed in with two factors or a passkey.",
)


async def key_staff(uow: UnitOfWork, secret: str, client: ClientInfo) -> Staff | None:
    """The staff behind an admin key, or ``None`` for an unknown or revoked one."""
    key = await keys.resolve(uow, secret)
    if key is None:
        return None
    return Staff(actor=f"key:{key.name}", role=key.role, client=client, budget=f"key:{key.id}")
