"""What service calls answer: the expected outcomes the transport layer maps to union members.

A service returns its outcome. When the outcome is only known after a write failed (a unique
constraint refused it), the unit of work must roll back before anyone answers: the service
then raises ``Rejected`` carrying the outcome, and whoever owns the unit of work rolls it back
and answers that outcome.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from service.db.models import AuthSession, User

INVALID_CREDENTIALS_MESSAGE = "Invalid credentials."
BUSY_MESSAGE = "Too many password checks in progress. Try again in a moment."


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ValidationFailed:
    fields: list[FieldError]
    message: str = "Some fields are invalid."


@dataclass(frozen=True, slots=True)
class UserAlreadyExists:
    """Which of ``email`` and ``username`` another account holds."""

    fields: list[str]

    @property
    def message(self) -> str:
        return f"A user with this {' and '.join(self.fields)} already exists."


@dataclass(frozen=True, slots=True)
class InvalidCredentials:
    message: str = INVALID_CREDENTIALS_MESSAGE


@dataclass(frozen=True, slots=True)
class AccountSuspended:
    message: str = "This account is suspended."


@dataclass(frozen=True, slots=True)
class RateLimited:
    retry_after_seconds: int
    message: str = "Too many attempts. Try again later."


def busy() -> RateLimited:
    """The answer when the password-hashing queue is full (load shedding)."""
    return RateLimited(retry_after_seconds=1, message=BUSY_MESSAGE)


@dataclass(frozen=True, slots=True)
class SessionsEnded:
    """Sessions an operation ended: one session of an account, or (``session_id`` ``None``)
    every session of it. The transport forgets a request's caller whose session is among
    them (``graphql.context``)."""

    user_id: uuid.UUID
    session_id: uuid.UUID | None = None

    def covers(self, user_id: uuid.UUID, session_id: uuid.UUID) -> bool:
        return self.user_id == user_id and self.session_id in (None, session_id)


@dataclass(frozen=True, slots=True)
class Authenticated:
    """A new session: the plain token is only ever held here, never stored."""

    user: User
    session: AuthSession
    token: str
    device_token: str
    # Every other session of the account ended as this one started (a new password).
    ended_sessions: bool = False

    @property
    def expires_at(self) -> datetime:
        return self.session.expires_at

    @property
    def ended(self) -> SessionsEnded | None:
        return SessionsEnded(self.user.id) if self.ended_sessions else None


@dataclass(frozen=True, slots=True)
class CodeSent:
    """The same answer whether or not the address has an account: the handle of this
    request's code is random either way."""

    expires_in_seconds: int
    handle: str
    message: str = "If the address belongs to an account, a code is on its way to it."


@dataclass(frozen=True, slots=True)
class EmailVerified:
    email: str
    # Proved outside the account's sessions, it ended them all; the caller is never one of
    # them then (it is no session, or another account's), so nothing here ends its own.
    has_password: bool = True  # False: the proof claimed the account, its password dropped


@dataclass(frozen=True, slots=True)
class InvalidCode:
    """One answer for a wrong, expired, used or used-up code, or one for another address."""

    message: str = "The code is wrong or no longer valid."


@dataclass(frozen=True, slots=True)
class AccountDeleted:
    ended: SessionsEnded | None = None
    message: str = "The account has been deleted."


VERIFY_FIRST_MESSAGE = (
    "Verify your email address first: a factor is added only to a proved address."
)


@dataclass(frozen=True, slots=True)
class EmailNotVerified:
    message: str = "Verify your email address first: enter the code sent to it."
    handle: str | None = None  # of the code a sign-in sent (random when none was)


@dataclass(frozen=True, slots=True)
class VerificationRequired:
    """Registered, but no session until the email is verified (``handle``: of the code sent,
    random when none was)."""

    email: str
    expires_in_seconds: int
    handle: str


@dataclass(frozen=True, slots=True)
class Updated:
    user: User
    ended: SessionsEnded | None = None  # a deactivation ends every session


@dataclass(frozen=True, slots=True)
class Revoked:
    count: int
    ended: SessionsEnded | None = None


class Rejected(Exception):
    """Nothing of the unit of work may stay (a unique constraint lost a race, a second factor
    was used by another request meanwhile): roll it back, then answer ``outcome``. The one way
    a service undoes its own writes; services raise it only with an outcome their return type
    names."""

    def __init__(self, outcome: object) -> None:
        super().__init__(type(outcome).__name__)
        self.outcome = outcome


class AccountChanged(Exception):
    """The account row changed between the read and the write (compare-and-set lost):
    the unit of work must be rolled back, and the request may be tried again."""


class TwoFactorMethod(enum.StrEnum):
    """A second factor a sign-in challenge accepts."""

    TOTP = "TOTP"
    RECOVERY_CODE = "RECOVERY_CODE"
    PASSKEY = "PASSKEY"


@dataclass(frozen=True, slots=True)
class TwoFactorRequired:
    """The password (or the reset code) was right; ``completeLogin`` with ``challenge`` and a
    second factor opens the session."""

    challenge: str
    methods: list[TwoFactorMethod]
    expires_at: datetime


REAUTHENTICATE_MESSAGE = (
    "Confirm it is you: this change needs a recent sign-in with every factor of the account."
)


@dataclass(frozen=True, slots=True)
class ReauthenticationRequired:
    """A privileged operation outside the re-authentication window: nothing changed.
    ``reauthenticate`` with the password (when ``password_required``) and one of
    ``methods`` (when two-factor sign-in is on), or with a passkey alone, then try again."""

    methods: list[TwoFactorMethod]
    password_required: bool
    message: str = REAUTHENTICATE_MESSAGE


@dataclass(frozen=True, slots=True)
class Reauthenticated:
    privileged_until: datetime


@dataclass(frozen=True, slots=True)
class TotpSetup:
    """A new TOTP secret, shown this once; nothing is enabled before confirmTotpSetup."""

    secret: str
    otpauth_uri: str
    qr_svg: str


@dataclass(frozen=True, slots=True)
class RecoveryCodes:
    """A new set of recovery codes, shown this once."""

    codes: list[str]


@dataclass(frozen=True, slots=True)
class TwoFactorDisabled:
    message: str = "Two-factor sign-in is off."
