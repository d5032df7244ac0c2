"""Step-up: what a privileged operation asks of the caller's session.

Changes to how the account signs in (a password, TOTP, recovery codes, passkeys, external
identities), an email change and deleting the account are privileged: the caller's session
must have been proved, within ``ACCOUNTS_REAUTH_WINDOW``, with every factor the account has
(``assurance.covers``). ``require_privilege`` answers ``None`` for a privileged session;
otherwise an *inline* proof the operation's input carries (the current password, and a
second-factor code when two-factor sign-in is on) re-authenticates the session on the spot;
without one the answer is ``ReauthenticationRequired`` and nothing changes. Whatever the input
carries is checked even from a privileged session: a wrong password or code refuses. From a
session that is not privileged, an inline proof missing a part (a code without the password)
is refused before anything is checked, so a stolen session cannot spend the owner's budgets.

The session's row is read again, locked, in the operation's own transaction: a session
revoked meanwhile (``logoutAll``, a password change elsewhere) carries no privilege, and a
revocation that comes later waits for the operation to commit and then ends the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from service.accounts.assurance import (
    AuthenticationMethod,
    Factors,
    Methods,
    covers,
    decode,
    encode,
    privileged_until,
)
from service.accounts.outcomes import (
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    TwoFactorMethod,
)
from service.accounts.passkeys.store import has_passkey
from service.accounts.services import Services
from service.accounts.signin.current_password import check_current_password
from service.accounts.two_factor import codes as second_factor
from service.accounts.two_factor import totp
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.db.models import AuthSession, User
from service.db.unit_of_work import UnitOfWork

Refusal = ReauthenticationRequired | InvalidCredentials | InvalidCode | RateLimited
NO_SECOND_FACTOR_MESSAGE = "Two-factor sign-in is not on for this account: send no code."


@dataclass(frozen=True, slots=True)
class InlineProof:
    """What an operation's input may carry: the current password, and a code of the second
    factor (TOTP or recovery code)."""

    password: str | None = None
    code: str | None = None

    @property
    def given(self) -> bool:
        return bool(self.password or self.code)


async def account_factors(uow: UnitOfWork, user: User) -> Factors:
    return Factors(
        has_password=user.password_hash is not None,
        totp=await totp.is_enabled(uow, user.id),
        passkeys=await has_passkey(uow, user.id),
    )


def required(factors: Factors) -> ReauthenticationRequired:
    """What a re-authentication of this account takes."""
    methods = [TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE] if factors.totp else []
    if factors.passkeys:
        methods.append(TwoFactorMethod.PASSKEY)
    return ReauthenticationRequired(methods=methods, password_required=factors.has_password)


async def session_row(uow: UnitOfWork, viewer: Viewer) -> AuthSession | None:
    """The caller's session as it is now, locked to the end of the transaction (``FOR
    UPDATE`` on PostgreSQL; on SQLite the transaction takes the database's write lock first,
    ``UnitOfWork.serialize``): a revocation cannot commit between this read and the
    operation's own commit."""
    await uow.serialize()
    statement = (
        select(AuthSession)
        .where(col(AuthSession.id) == viewer.session.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await uow.session.execute(statement)).scalars().first()


def privileged(row: AuthSession, factors: Factors, services: Services, now: datetime) -> bool:
    until = privileged_until(
        decode(row.methods), row.authenticated_at, factors, services.settings.reauth_window
    )
    return until is not None and now < until


async def require_privilege(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    user: User,
    client: ClientInfo,
    inline: InlineProof | None = None,
) -> Refusal | None:
    """``None`` when the caller's session is privileged, or ``inline`` makes it so.

    What the input carries is checked whenever it is given (a wrong password or code refuses
    even a privileged session); then the session must be privileged, or the inline proof
    must cover every factor of the account. The inline proof is checked first (a password
    check lets go of the transaction while it hashes); the session's row is then read,
    locked, and must still exist."""
    factors = await account_factors(uow, user)
    now = utcnow()
    proved: Methods = ()
    if inline is not None and inline.given:
        if not could_cover(inline, factors) and not seems_privileged(viewer, factors, services):
            return required(factors)  # a part is missing: nothing is checked, nothing counted
        checked = await check_inline(uow, services, viewer, user, factors, inline, client)
        if not isinstance(checked, tuple):
            return checked
        proved = checked
    row = await session_row(uow, viewer)
    if row is None:  # revoked meanwhile
        return required(factors)
    if covers(proved, factors):
        mark_authenticated(row, viewer, proved, now)
    elif not privileged(row, factors, services, now):
        return required(factors)
    return None


def could_cover(inline: InlineProof, factors: Factors) -> bool:
    """Whether ``inline`` carries every part a full proof of the account takes (the password,
    and a code with two-factor on), before any is checked."""
    return (
        factors.has_password and bool(inline.password) and (not factors.totp or bool(inline.code))
    )


def seems_privileged(viewer: Viewer, factors: Factors, services: Services) -> bool:
    """The session as the request found it, privileged: only then are parts of a proof that
    cannot cover the account checked on their own (a stolen session that is not privileged
    must not spend the owner's budgets for codes or passwords). The locked row decides after."""
    session = viewer.session
    proved_at = session.authenticated_at or session.created_at
    until = privileged_until(session.methods, proved_at, factors, services.settings.reauth_window)
    return until is not None and utcnow() < until


async def check_inline(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    user: User,
    factors: Factors,
    inline: InlineProof,
    client: ClientInfo,
) -> Methods | InvalidCredentials | InvalidCode | RateLimited:
    """Each part the input carries, checked: the methods they proved, or why not."""
    methods: Methods = ()
    if inline.password:
        refused = await check_current_password(uow, services, viewer, user, inline.password)
        if refused is not None:
            return refused
        methods += (AuthenticationMethod.PASSWORD,)
    if inline.code:
        if not factors.totp:
            return InvalidCode(message=NO_SECOND_FACTOR_MESSAGE)
        method = await second_factor.prove(uow, services, user, inline.code, client)
        if not isinstance(method, AuthenticationMethod):
            return method
        methods += (method,)
    return methods


async def prove_inline(
    uow: UnitOfWork,
    services: Services,
    viewer: Viewer,
    user: User,
    factors: Factors,
    inline: InlineProof,
    client: ClientInfo,
) -> Methods | Refusal:
    """The methods a password (and, with two-factor on, a code) proved, when they cover every
    factor of the account; a missing part is asked for before anything is checked."""
    if not factors.has_password or not inline.password or (factors.totp and not inline.code):
        return required(factors)
    return await check_inline(uow, services, viewer, user, factors, inline, client)


def mark_authenticated(row: AuthSession, viewer: Viewer, methods: Methods, now: datetime) -> None:
    """The session's last full proof is now, by ``methods``; the request's caller sees it."""
    row.methods, row.authenticated_at = encode(methods), now
    viewer.session.methods, viewer.session.authenticated_at = methods, now


async def add_to_proof(uow: UnitOfWork, viewer: Viewer, method: AuthenticationMethod) -> None:
    """A factor just proved (a TOTP code confirming a new secret) joins the session's last
    proof, which keeps its time: the session stays privileged as long as it was."""
    row = await session_row(uow, viewer)
    if row is not None:
        methods = (*decode(row.methods), method)
        row.methods = encode(methods)
        viewer.session.methods = methods
