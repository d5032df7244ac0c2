"""What staff do to accounts: each action checks who may take it (``staff.refusal``), takes it in
one unit of work with its audit entry (``audit.record``) and a security event on the account,
and mails the owner where the contract says so (a suspension, a reset of the second factor, a
password reset code, a deletion's goodbye).

A staff account's session must be privileged (``signin.step_up``: proved within
``ACCOUNTS_REAUTH_WINDOW`` with every factor it has) for every action; keys and the operator's
CLI are not sessions and need no proof. The endpoint checks the caller's role before an action
runs (``staff.Access``), and each action checks it again, so the CLI and the API share the
rules.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm.exc import StaleDataError

from service.accounts import events, webhooks
from service.accounts.admin import audit
from service.accounts.admin.outcomes import ActionRefused, UserActionDone, UserNotFound
from service.accounts.admin.staff import (
    STAFF_CLIENT,
    Access,
    Staff,
    last_admin,
    refusal,
    second_factor_before,
)
from service.accounts.email import codes
from service.accounts.email.notices import send_code, send_notice
from service.accounts.email.verification import address_subject
from service.accounts.outcomes import (
    AccountChanged,
    FieldError,
    RateLimited,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.profile import validation as v
from service.accounts.profile.stored_images import release_image
from service.accounts.profile.users import set_status
from service.accounts.services import Services
from service.accounts.sessions.store import revoke_all
from service.accounts.signin.step_up import require_privilege
from service.accounts.two_factor import setup
from service.clock import utcnow
from service.db.models import AccountStatus, CodePurpose, Role, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import discard_messages

REASON_MAX = audit.REASON_MAX
Refused = UserNotFound | ActionRefused | ValidationFailed | ReauthenticationRequired
NOT_ALLOWED = ActionRefused("forbidden", "This action needs a stronger role.")


def check_reason(reason: str | None, *, required: bool = False) -> list[FieldError]:
    text = (reason or "").strip()
    if required and not text:
        return [FieldError("reason", "required", "Say why: the reason is kept in the audit log.")]
    if len(text) > REASON_MAX:
        return [FieldError("reason", "too_long", f"At most {REASON_MAX} characters.")]
    if v.INVALID_TEXT.search(text):
        return [FieldError("reason", "invalid", "The reason has characters that are not text.")]
    return []


async def privileged(
    uow: UnitOfWork, services: Services, staff: Staff
) -> ReauthenticationRequired | None:
    """A staff account's session must be privileged to act (keys and the CLI need no proof)."""
    viewer = staff.viewer
    if viewer is None:
        return None
    own = await uow.session.get(User, viewer.user.id)
    if own is None:
        return ReauthenticationRequired(methods=[], password_required=False)
    refused = await require_privilege(uow, services, viewer, own, staff.client)
    return refused if isinstance(refused, ReauthenticationRequired) else None


async def _target(
    uow: UnitOfWork,
    services: Services,
    staff: Staff,
    user_id: uuid.UUID,
    needed: Access,
    reason: str | None = None,
    *,
    reason_required: bool = False,
) -> User | Refused:
    """The account to act on, once the caller's role, reason and session pass."""
    if not staff.may(needed):
        return NOT_ALLOWED
    errors = check_reason(reason, required=reason_required)
    if errors:
        return ValidationFailed(errors)
    if refused := await privileged(uow, services, staff):
        return refused
    user = await uow.session.get(User, user_id)
    if user is None:
        return UserNotFound()
    if refused_target := await refusal(uow, staff, user):
        return refused_target
    return user


def _reason(reason: str | None) -> str | None:
    return (reason or "").strip() or None


async def _flush(uow: UnitOfWork) -> None:
    try:
        await uow.session.flush()
    except StaleDataError as exc:  # a password or status change committed meanwhile
        raise AccountChanged from exc


async def suspend_user(
    uow: UnitOfWork, services: Services, staff: Staff, user_id: uuid.UUID, reason: str | None
) -> UserActionDone | Refused:
    """The account is suspended and every session of it ends; the owner gets a notice."""
    user = await _target(uow, services, staff, user_id, Access.ACT, reason, reason_required=True)
    if not isinstance(user, User):
        return user
    if refused := await last_admin(uow, user):
        return refused
    changed = user.status != AccountStatus.SUSPENDED
    ended = await set_status(uow, user, AccountStatus.SUSPENDED)
    await _flush(uow)
    if changed:
        await events.record(uow, user.id, SecurityEventKind.ACCOUNT_SUSPENDED, STAFF_CLIENT)
        await send_notice(uow, user, "account_suspended", STAFF_CLIENT, by_staff=True)
    await audit.record(
        uow, staff, "suspend_user", user, reason=_reason(reason), detail=f"{ended} sessions ended"
    )
    return UserActionDone(user=user, sessions_ended=ended, changed=changed)


async def reactivate_user(
    uow: UnitOfWork, services: Services, staff: Staff, user_id: uuid.UUID, reason: str | None
) -> UserActionDone | Refused:
    user = await _target(uow, services, staff, user_id, Access.ACT, reason)
    if not isinstance(user, User):
        return user
    changed = user.status != AccountStatus.ACTIVE
    await set_status(uow, user, AccountStatus.ACTIVE)
    await _flush(uow)
    if changed:
        await events.record(uow, user.id, SecurityEventKind.ACCOUNT_REACTIVATED, STAFF_CLIENT)
    await audit.record(uow, staff, "reactivate_user", user, reason=_reason(reason))
    return UserActionDone(user=user, changed=changed)


async def revoke_user_sessions(
    uow: UnitOfWork, services: Services, staff: Staff, user_id: uuid.UUID, reason: str | None
) -> UserActionDone | Refused:
    user = await _target(uow, services, staff, user_id, Access.ACT, reason)
    if not isinstance(user, User):
        return user
    ended = await revoke_all(uow, user.id)
    await events.record(uow, user.id, SecurityEventKind.SESSIONS_REVOKED_BY_STAFF, STAFF_CLIENT)
    await audit.record(
        uow,
        staff,
        "revoke_user_sessions",
        user,
        reason=_reason(reason),
        detail=f"{ended} sessions ended",
    )
    return UserActionDone(user=user, sessions_ended=ended, changed=ended > 0)


async def reset_user_two_factor(
    uow: UnitOfWork, services: Services, staff: Staff, user_id: uuid.UUID, reason: str | None
) -> UserActionDone | Refused:
    """The TOTP secret, recovery codes and open sign-in challenges go (the password, passkeys
    and linked identities stay); the owner gets a notice."""
    user = await _target(uow, services, staff, user_id, Access.ACT, reason, reason_required=True)
    if not isinstance(user, User):
        return user
    removed = await setup.reset_two_factor(uow, user, STAFF_CLIENT)
    await audit.record(
        uow,
        staff,
        "reset_user_two_factor",
        user,
        reason=_reason(reason),
        detail="removed" if removed else "no second factor",
    )
    return UserActionDone(user=user, changed=removed)


async def send_password_reset(
    uow: UnitOfWork, services: Services, staff: Staff, user_id: uuid.UUID, reason: str | None
) -> UserActionDone | Refused | RateLimited:
    """A password reset code to the account's address, as ``requestPasswordReset`` sends it
    (counted against the address's daily cap on mailed codes); a suspended account gets
    none."""
    user = await _target(uow, services, staff, user_id, Access.ACT, reason)
    if not isinstance(user, User):
        return user
    if user.status == AccountStatus.SUSPENDED:
        return ActionRefused("suspended", "The account is suspended: reactivate it first.")
    # the address's daily cap on mailed codes holds for staff too: no mailbox is flooded
    if limited := await services.limiter.staff_code_mail(address_subject(user.email)):
        return limited
    issued = await codes.issue(uow, services, user.id, CodePurpose.PASSWORD_RESET, user.email)
    await send_code(uow, user, "password_reset", user.email, issued)
    await events.record(uow, user.id, SecurityEventKind.PASSWORD_RESET_SENT_BY_STAFF, STAFF_CLIENT)
    await audit.record(uow, staff, "send_password_reset", user, reason=_reason(reason))
    return UserActionDone(user=user)


async def delete_user(
    uow: UnitOfWork, services: Services, staff: Staff, user_id: uuid.UUID, reason: str | None
) -> UserActionDone | Refused:
    """The account and everything of it go, as when its owner deletes it (``deletion``); the
    audit entry stays, naming it by id and username."""
    user = await _target(
        uow, services, staff, user_id, Access.ADMINISTER, reason, reason_required=True
    )
    if not isinstance(user, User):
        return user
    if refused := await last_admin(uow, user):
        return refused
    image_key = user.image_key
    await discard_messages(uow, user.id)
    await setup.remove_factors(uow, user)
    ended = await revoke_all(uow, user.id)
    await audit.record(
        uow, staff, "delete_user", user, reason=_reason(reason), detail=f"{ended} sessions ended"
    )
    await uow.session.delete(user)
    await _flush(uow)
    if image_key is not None:
        release_image(uow, services, image_key)
    await send_notice(uow, user, "account_deleted", STAFF_CLIENT, keep_user=False, by_staff=True)
    await webhooks.emit(uow, "user.deleted", user.id)
    return UserActionDone(user=None, sessions_ended=ended)


async def set_user_role(
    uow: UnitOfWork,
    services: Services,
    staff: Staff,
    user_id: uuid.UUID,
    role: Role,
    reason: str | None,
    *,
    require_second_factor: bool = True,
) -> UserActionDone | Refused:
    """Only an ADMIN sets roles; the last active ADMIN keeps theirs. A staff role goes only
    to an account that signs in with a second factor already: one enrolled later could be
    enrolled by whoever holds the password alone (the operator's CLI may grant it first,
    saying so, to bootstrap)."""
    user = await _target(uow, services, staff, user_id, Access.ADMINISTER, reason)
    if not isinstance(user, User):
        return user
    if (
        require_second_factor
        and role != Role.USER
        and not await second_factor_before(uow, user.id, utcnow())
    ):
        return ActionRefused(
            "no_second_factor",
            "Staff sign in with two factors: this account has neither an authenticator app "
            "nor a passkey yet.",
        )
    before = user.role
    if role != Role.ADMIN and (refused := await last_admin(uow, user)):
        return refused
    changed = before != role.value
    user.role = role.value
    uow.session.add(user)
    await _flush(uow)
    if changed:
        await events.record(uow, user.id, SecurityEventKind.ROLE_CHANGED, STAFF_CLIENT)
    await audit.record(
        uow, staff, "set_user_role", user, reason=_reason(reason), detail=f"{before} -> {role}"
    )
    return UserActionDone(user=user, changed=changed)
