"""The password check of an authenticated caller (``changePassword``, an email change)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from service.accounts import validation as v
from service.accounts.deps import Deps
from service.accounts.passwords import HashQueueFull
from service.accounts.ratelimit import account_key
from service.accounts.results import InvalidCredentials, RateLimited, Viewer, busy
from service.accounts.transactions import end_read
from service.db.models import User


async def check_current_password(
    db: AsyncSession, deps: Deps, viewer: Viewer, user: User, password: str
) -> InvalidCredentials | RateLimited | None:
    """``None`` when ``password`` is the user's; counted per session and per account.

    The session's own budget is reserved first (so a stolen session spends only its own),
    and a failure counts against the account's ceiling like any failed login.
    """
    try:
        deps.passwords.admit()
    except HashQueueFull:
        return busy()
    limiter = deps.limiter
    session_id = str(viewer.session.id)
    if limited := await limiter.before_password_check(session_id):
        return limited
    await end_read(db)
    if len(password) > v.PASSWORD_MAX or not await deps.passwords.verify(
        user.password_hash, password
    ):
        await limiter.password_check_failed(account_key(user.id))
        return InvalidCredentials()
    await limiter.password_check_succeeded(session_id)
    return None
