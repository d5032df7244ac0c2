"""The password check of an authenticated caller (``changePassword``, an email change)."""

from __future__ import annotations

from service.accounts.limits.attempts import account_key
from service.accounts.outcomes import InvalidCredentials, RateLimited, busy
from service.accounts.passwords.hasher import HashQueueFull
from service.accounts.profile import validation as v
from service.accounts.services import Services
from service.accounts.values import Viewer
from service.db.models import User
from service.db.unit_of_work import UnitOfWork


async def check_current_password(
    uow: UnitOfWork, services: Services, viewer: Viewer, user: User, password: str
) -> InvalidCredentials | RateLimited | None:
    """``None`` when ``password`` is the user's; counted per session and per account.

    The session's own budget is reserved first (so a stolen session spends only its own),
    a spent account ceiling refuses it as it refuses unknown devices, and a failure counts
    against that ceiling like any failed login.
    """
    try:
        services.passwords.admit()
    except HashQueueFull:
        return busy()
    limiter = services.limiter
    session_id = str(viewer.session.id)
    if limited := await limiter.before_password_check(session_id, account_key(user.id)):
        return limited
    await uow.commit_reads()
    if len(password) > v.PASSWORD_MAX or not await services.passwords.verify(
        user.password_hash, password
    ):
        await limiter.password_check_failed(account_key(user.id))
        return InvalidCredentials()
    await limiter.password_check_succeeded(session_id)
    return None
