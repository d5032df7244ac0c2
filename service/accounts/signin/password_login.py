"""Logging in with a password (``login``): the proof is checked here, the rest is the
pipeline's (``signin.pipeline``).

Unknown identifiers verify against a dummy hash at the same cost as a known account, and
both failures answer the one ``InvalidCredentials``. Budgets are keyed by the account the
identifier names (``limits.attempts``): a device that signed in to this account before (its
``deviceToken``) has a budget of its own, every other device shares the account's ceiling.
Once a budget is spent the answer is ``RateLimited`` and no password is verified.
"""

from __future__ import annotations

from service.accounts import events
from service.accounts.limits.attempts import LoginAttempt, account_key
from service.accounts.outcomes import InvalidCredentials, RateLimited, busy
from service.accounts.passwords.hasher import HashQueueFull
from service.accounts.profile import validation as v
from service.accounts.profile.users import find_user
from service.accounts.services import Services
from service.accounts.signin.devices import find_device
from service.accounts.signin.pipeline import SignInOutcome, sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo
from service.db.models import SecurityEventKind
from service.db.unit_of_work import UnitOfWork
from service.observability import LOGINS

# Identifiers longer than any email or username are refused without a lookup (but still
# verified against the dummy hash, so they cost what any other failure costs).
MAX_IDENTIFIER_LENGTH = 320


def identifier_key(identifier: str) -> str:
    """The budget key of an identifier that names no account: its normal form, so every
    spelling of it shares one budget."""
    if len(identifier) > MAX_IDENTIFIER_LENGTH:
        return "long:" + identifier[:MAX_IDENTIFIER_LENGTH]
    column, key = v.identifier_key(identifier)
    return f"{column}:{key}"


async def login(
    uow: UnitOfWork,
    services: Services,
    identifier: str,
    password: str,
    client: ClientInfo,
    device_token: str | None = None,
) -> SignInOutcome | RateLimited:
    """Check a password, then sign in through the pipeline."""
    passwords, limiter = services.passwords, services.limiter
    try:
        passwords.admit()
    except HashQueueFull:
        LOGINS.labels("limited").inc()
        return busy()
    too_long = len(identifier) > MAX_IDENTIFIER_LENGTH or len(password) > v.PASSWORD_MAX
    user = None if too_long or "\x00" in identifier else await find_user(uow, identifier)
    device = await find_device(uow, user.id, device_token) if user is not None else None
    await uow.commit_reads()
    attempt = LoginAttempt(
        account=account_key(user.id) if user is not None else identifier_key(identifier),
        ip=client.ip_address,
        device=str(device.id) if device is not None else None,
    )
    if limited := await limiter.before_login(attempt):
        LOGINS.labels("limited").inc()
        return limited
    if user is None or too_long:
        await passwords.verify_dummy(password[: v.PASSWORD_MAX])
        await limiter.login_failed(attempt)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    verified_hash = user.password_hash
    if not await passwords.verify(verified_hash, password):
        await limiter.login_failed(attempt)
        # Only reached once the limiter allowed the attempt and argon2 verified it, so the
        # write is bounded by the account's budgets.
        await events.record(uow, user.id, SecurityEventKind.LOGIN_FAILED, client)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    if services.settings.registered_emails_hidden and not user.email_verified:
        # Where registration hides which emails are taken, an account whose address is not
        # proved yet does not sign in by password, and answers as a wrong password does: a
        # registration of a taken email made no account, so its author could otherwise tell
        # from the sign-in whether the email was taken. Its owner verifies with the code the
        # registration mailed, or resets the password (which proves the address too).
        await limiter.login_failed(attempt)
        LOGINS.labels("invalid").inc()
        return InvalidCredentials()
    await limiter.login_succeeded(attempt)
    assert verified_hash is not None  # the password matched a hash
    proof = Proof.of_password(password, verified_hash)
    return await sign_in(uow, services, user, proof, client, device_token)
