"""The one sign-in pipeline: every proof, once checked, ends here.

``sign_in`` takes the account and its ``Proof`` (a password, a completed second factor, a
passkey, a password reset) with the client and the device it came from, and runs the same
steps whatever the proof:

1. **status**: a suspended account is refused;
2. **verified email**: with ``ACCOUNTS_REQUIRE_VERIFIED_EMAIL``, an unverified account gets a
   fresh code and ``EmailNotVerified`` (a mailed code, a reset's or a sign-in's, proves the
   mailbox, and passes);
3. **second factor**: a proof that is not complete, on an account with a second factor, gets
   a sign-in challenge (``TwoFactorRequired``) that ``completeLogin`` comes back with;
4. **the account row**: a deactivated account reactivated, an outdated hash renewed with the
   password typed, a reset's password set and its email verified, an unverified account
   claimed by its mailbox's owner with a sign-in code (password and pending email dropped),
   in one UPDATE that is a compare-and-set on ``users.version`` (``compare_and_set``);
5. **the session and the device**: a reset or a claim ends every other session and forgets
   every device first (``start_over``); otherwise the client's device is kept when it is this
   account's;
6. **events and notices**: ``LOGIN`` (and ``ACCOUNT_REACTIVATED``) with the new-device notice,
   or ``PASSWORD_RESET`` with the password-changed notice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col

from service.accounts import events
from service.accounts.assurance import AuthenticationMethod, Methods
from service.accounts.email import codes
from service.accounts.email.notices import send_notice, ways_in
from service.accounts.email.verification import send_verification
from service.accounts.outcomes import (
    AccountSuspended,
    Authenticated,
    EmailNotVerified,
    InvalidCredentials,
    TwoFactorRequired,
)
from service.accounts.services import Services
from service.accounts.sessions.store import issue_session, revoke_all
from service.accounts.signin.devices import find_device, forget_devices, remember_device
from service.accounts.signin.proofs import Proof
from service.accounts.two_factor.factors import require_second_factor
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import (
    AccountStatus,
    ChallengePurpose,
    CodePurpose,
    SecurityEventKind,
    User,
)
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork
from service.observability import LOGINS

# How often a sign-in reads a row that changed under it again before giving up.
WRITE_ATTEMPTS = 3

SignInOutcome = (
    Authenticated | TwoFactorRequired | EmailNotVerified | AccountSuspended | InvalidCredentials
)
_LABELS: dict[type, str] = {
    Authenticated: "success",
    TwoFactorRequired: "second_factor",
    EmailNotVerified: "unverified",
    AccountSuspended: "suspended",
    InvalidCredentials: "invalid",
}
Decide = Callable[[User], Awaitable[dict[str, Any] | None]]


async def sign_in(
    uow: UnitOfWork,
    services: Services,
    user: User,
    proof: Proof,
    client: ClientInfo,
    device_token: str | None = None,
) -> SignInOutcome:
    """Finish the sign-in of ``user``, whose ``proof`` was checked (the steps: see above)."""
    outcome = await _steps(uow, services, user, proof, client, device_token)
    if not proof.resets_password:  # a reset is not a login attempt in the metrics
        LOGINS.labels(_LABELS[type(outcome)]).inc()
    return outcome


async def _steps(
    uow: UnitOfWork,
    services: Services,
    user: User,
    proof: Proof,
    client: ClientInfo,
    device_token: str | None,
) -> SignInOutcome:
    if user.status == AccountStatus.SUSPENDED:
        return AccountSuspended()
    if (
        services.settings.require_verified_email
        and not user.email_verified
        and not proof.proves_mailbox
    ):
        return await ask_for_verification(uow, services, user, client)
    if not proof.complete and (required := await _challenge(uow, services, user, proof)):
        return required
    now = utcnow()
    reactivated = claimed = False  # pragma: no mutate - decide sets them before any read

    async def decide(row: User) -> dict[str, Any] | None:
        nonlocal reactivated, claimed
        if row.status == AccountStatus.SUSPENDED:
            return None
        values: dict[str, Any] = {"last_login": now}
        reactivated = row.status == AccountStatus.DEACTIVATED
        if reactivated:
            values["status"] = AccountStatus.ACTIVE.value
        if proof.new_password_hash is not None:
            values.update(
                password_hash=proof.new_password_hash,
                password_changed_at=now,
                email_verified=True,  # the code proved the mailbox
                pending_email=None,  # a change begun before the reset goes with its session
                code_failures=0,  # the ceilings start again (``ceilings``)
                factor_failures=0,
            )
        elif claimed := proof.proves_mailbox and not row.email_verified:
            # whoever registered the address kept nothing that signs in or moves the account
            values.update(email_verified=True, password_hash=None, pending_email=None)
        elif proof.password is not None and services.passwords.needs_rehash(row.password_hash):
            values["password_hash"] = await services.passwords.hash(proof.password)
        if AuthenticationMethod.PASSKEY in proof.methods:
            values["factor_failures"] = 0  # both factors proved at once
        if reactivated or proof.resets_password or claimed:
            values["version"] = row.version + 1  # sessions and proofs read before it lose
        return values

    row = await compare_and_set(uow, user, proof, decide)
    if row is None:
        return InvalidCredentials()
    if row.status == AccountStatus.SUSPENDED:
        return AccountSuspended()
    if proof.resets_password:
        await codes.discard(uow, row.id, CodePurpose.EMAIL_CHANGE)
        authenticated = await start_over(uow, services, row, client, now, proof.methods)
        await _record_reset(uow, row, client, now, reactivated=reactivated)
        return authenticated
    if claimed:
        await codes.discard(uow, row.id, CodePurpose.EMAIL_CHANGE)
        authenticated = await start_over(uow, services, row, client, now, proof.methods)
        await events.record(uow, row.id, SecurityEventKind.EMAIL_VERIFIED, client)
        await _record_login(
            uow, services, row, client, now, new_device=True, reactivated=reactivated
        )
        return authenticated
    device = await find_device(uow, row.id, device_token)
    kept_token = await remember_device(uow, services.settings, row.id, device, device_token, now)
    token, session = await issue_session(
        uow, services.settings, row, client, now, methods=proof.methods
    )
    await _record_login(
        uow, services, row, client, now, new_device=device is None, reactivated=reactivated
    )
    return Authenticated(user=row, session=session, token=token, device_token=kept_token)


async def ask_for_verification(
    uow: UnitOfWork, services: Services, user: User, client: ClientInfo
) -> EmailNotVerified:
    """The proof was right but the email is not verified: a fresh code, within the address's
    budget for codes (past it the answer is the same, without a mail), and its handle: the
    one who proved the password sends it back with the code, and keeps the password."""
    subject = "email:" + user.email_normalized
    if await services.limiter.code_request(subject, client.ip_address) is None:
        issued = await send_verification(uow, services, user)
        return EmailNotVerified(handle=issued.handle)
    return EmailNotVerified(handle=codes.HANDLES.new())


async def _challenge(
    uow: UnitOfWork, services: Services, user: User, proof: Proof
) -> TwoFactorRequired | None:
    """A sign-in challenge when the account has a second factor. A verified password whose
    hash has outdated parameters gets a new hash now (``completeLogin`` never sees the
    password); the version is kept, so the challenge stays valid."""
    purpose = ChallengePurpose.PASSWORD_RESET if proof.resets_password else ChallengePurpose.LOGIN
    required = await require_second_factor(
        uow,
        services,
        user,
        purpose,
        utcnow(),
        new_password_hash=proof.new_password_hash,
        first_method=proof.first_method,
    )
    if required is not None and proof.password is not None:
        password = proof.password

        async def renew(row: User) -> dict[str, Any] | None:
            if not services.passwords.needs_rehash(row.password_hash):
                return None
            return {"password_hash": await services.passwords.hash(password)}

        await compare_and_set(uow, user, proof, renew)
    return required


async def compare_and_set(uow: UnitOfWork, user: User, proof: Proof, decide: Decide) -> User | None:
    """Write what ``decide`` answers for the row as it was read (``None``: nothing to write)
    with one UPDATE conditioned on the version read.

    A password change or a suspension committed since the proof was read makes it fail; one
    that comes later waits for the row lock (the UPDATE comes before the session's INSERT, in
    one transaction) and then sees, and revokes, the new session. A lost compare-and-set reads
    the row again and decides again while the proof still holds for it, up to
    ``WRITE_ATTEMPTS`` times. Answers the row (written, or as read when ``decide`` declined),
    or ``None`` when the proof no longer holds or every attempt lost.
    """
    user_id = user.id
    for _ in range(WRITE_ATTEMPTS):
        values = await decide(user)
        if values is None:
            return user
        result = await uow.session.execute(
            update(User)
            .where(col(User.id) == user_id, col(User.version) == user.version)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if affected(result) == 1:
            for name, value in values.items():
                set_committed_value(user, name, value)
            return user
        fresh = await uow.session.get(User, user_id, populate_existing=True)
        if fresh is None or not proof.holds_for(fresh):
            return None
        user = fresh
    return None


async def start_over(
    uow: UnitOfWork,
    services: Services,
    user: User,
    client: ClientInfo,
    now: datetime,
    methods: Methods,
) -> Authenticated:
    """After a new password: every session ends, every device is forgotten, and this client
    gets a new session (proved by ``methods``) and device token."""
    await revoke_all(uow, user.id)
    await forget_devices(uow, user.id)
    device_token = await remember_device(uow, services.settings, user.id, None, None, now)
    token, session = await issue_session(uow, services.settings, user, client, now, methods=methods)
    return Authenticated(
        user=user, session=session, token=token, device_token=device_token, ended_sessions=True
    )


async def _record_login(
    uow: UnitOfWork,
    services: Services,
    user: User,
    client: ClientInfo,
    now: datetime,
    *,
    new_device: bool,
    reactivated: bool,
) -> None:
    """The events, and a notice on a sign-in from a device new to the account
    (``ACCOUNTS_NOTIFY_NEW_SIGNIN``): no device token of this account came with it, and the
    account's kept events hold no sign-in from this IP address and user agent. A script that
    logs in again and again without keeping its device token is told about once."""
    notify = (
        new_device
        and services.settings.notify_new_signin
        and not await events.signed_in_from(uow, user.id, client)
    )
    if reactivated:
        await events.record(uow, user.id, SecurityEventKind.ACCOUNT_REACTIVATED, client)
    await events.record(uow, user.id, SecurityEventKind.LOGIN, client)
    if notify:
        await send_notice(uow, user, "new_signin", client, at=now)


async def _record_reset(
    uow: UnitOfWork, user: User, client: ClientInfo, now: datetime, *, reactivated: bool
) -> None:
    if reactivated:
        await events.record(uow, user.id, SecurityEventKind.ACCOUNT_REACTIVATED, client)
    await events.record(uow, user.id, SecurityEventKind.PASSWORD_RESET, client)
    await send_notice(
        uow, user, "password_changed", client, at=now, ways_in=await ways_in(uow, user)
    )
