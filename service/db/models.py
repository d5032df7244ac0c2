"""SQLModel tables: users, their sessions, the devices they logged in from, the mail outbox,
email codes, security events, the second factor (TOTP secrets, recovery codes, sign-in
challenges), passkeys and their pending challenges."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, Index, Integer, LargeBinary, Text, false
from sqlmodel import Field, SQLModel

from service.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata


class AccountStatus(enum.StrEnum):
    ACTIVE = "ACTIVE"
    DEACTIVATED = "DEACTIVATED"
    SUSPENDED = "SUSPENDED"


_user_version = Column("version", Integer, nullable=False, server_default="0")


class User(SQLModel, table=True):
    """An account.

    ``version`` makes every ORM update of a row a compare-and-set: the UPDATE carries
    ``WHERE version = <the version read>`` and a row changed meanwhile raises
    ``StaleDataError`` instead of being overwritten. Services raise the version themselves
    (``bump_version``) when the password or the status changes, so a login that verified the
    old password, or read the old status, cannot write over the change nor open a session
    after it. Other writes (``last_login``, profile fields) keep the version.
    """

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("status IN ('ACTIVE', 'DEACTIVATED', 'SUSPENDED')", name="status"),
    )
    __mapper_args__ = {"version_id_col": _user_version, "version_id_generator": False}

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    email: str = Field(max_length=320)
    email_normalized: str = Field(max_length=320, unique=True)
    username: str = Field(max_length=150)
    username_normalized: str = Field(max_length=600, unique=True)
    password_hash: str = Field(max_length=255)
    first_name: str = Field(max_length=150)
    last_name: str = Field(max_length=150)
    bio: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})
    contact: str = Field(default="", max_length=255, sa_column_kwargs={"server_default": ""})
    image_key: str | None = Field(default=None, max_length=255)
    status: str = Field(
        default=AccountStatus.ACTIVE.value,
        max_length=16,
        sa_column_kwargs={"server_default": AccountStatus.ACTIVE.value},
    )
    date_joined: datetime = Field(sa_type=UTCDateTime)
    last_login: datetime | None = Field(default=None, sa_type=UTCDateTime)
    password_changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    email_verified: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    pending_email: str | None = Field(default=None, max_length=320)
    locale: str = Field(default="en", max_length=16, sa_column_kwargs={"server_default": "en"})
    version: int = Field(default=0, sa_column=_user_version)

    def bump_version(self) -> None:
        """Mark a password or status change: sessions and logins read before it lose."""
        self.version = self.version + 1


class AuthSession(SQLModel, table=True):
    """One logged-in device: a token's SHA-256 digest and its lifetime."""

    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_user_id_created_at", "user_id", "created_at"),
        Index("ix_sessions_expires_at", "expires_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    token_digest: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_used_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    absolute_expires_at: datetime = Field(sa_type=UTCDateTime)
    user_agent: str | None = Field(default=None, max_length=512)
    ip_address: str | None = Field(default=None, max_length=64)


class KnownDevice(SQLModel, table=True):
    """A device that logged in to an account: the SHA-256 digest of its device token.

    Presenting the token with a later login gives that device its own attempt budget, so
    failures from unknown devices never lock it out (OWASP device cookies).
    """

    __tablename__ = "known_devices"
    __table_args__ = (Index("ix_known_devices_user_id_last_used_at", "user_id", "last_used_at"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    token_digest: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_used_at: datetime = Field(sa_type=UTCDateTime)


class OutboxStatus(enum.StrEnum):
    QUEUED = "QUEUED"
    SENT = "SENT"
    FAILED = "FAILED"


class OutboxMessage(SQLModel, table=True):
    """An email waiting for the courier: written in the transaction of the change it reports.

    The row names a template and the values it is rendered with (``data``, JSON), not the
    rendered text, so a code in ``data`` can be erased once the message is sent or failed.
    ``user_id`` is not a foreign key: a goodbye notice outlives the account it was sent for.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("status IN ('QUEUED', 'SENT', 'FAILED')", name="status"),
        Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_outbox_user_id", "user_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID | None = Field(default=None)
    template: str = Field(max_length=64)
    recipient: str = Field(max_length=320)
    locale: str = Field(max_length=16)
    data: str = Field(sa_type=Text)
    status: str = Field(
        default=OutboxStatus.QUEUED.value,
        max_length=16,
        sa_column_kwargs={"server_default": OutboxStatus.QUEUED.value},
    )
    attempts: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(sa_type=UTCDateTime)
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=500)


class CodePurpose(enum.StrEnum):
    VERIFY_EMAIL = "verify_email"
    PASSWORD_RESET = "password_reset"  # noqa: S105
    EMAIL_CHANGE = "email_change"


class EmailCode(SQLModel, table=True):
    """The one live code of an account for one purpose: a new code replaces the old.

    Only a keyed digest of the code is stored (see ``accounts.codes``); ``email`` is the
    address it was sent to, which the code proves. Wrong tries count in ``failed_attempts``.
    """

    __tablename__ = "email_codes"
    __table_args__ = (
        CheckConstraint(
            "purpose IN ('verify_email', 'password_reset', 'email_change')", name="purpose"
        ),
        Index("ix_email_codes_expires_at", "expires_at"),
    )

    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True)
    purpose: str = Field(max_length=16, primary_key=True)
    digest: str = Field(max_length=64)
    email: str = Field(max_length=320)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    failed_attempts: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(sa_type=UTCDateTime)


class SecurityEventKind(enum.StrEnum):
    REGISTERED = "REGISTERED"
    LOGIN = "LOGIN"
    LOGIN_FAILED = "LOGIN_FAILED"
    LOGOUT = "LOGOUT"
    SESSION_REVOKED = "SESSION_REVOKED"
    PASSWORD_CHANGED = "PASSWORD_CHANGED"  # noqa: S105
    PASSWORD_RESET = "PASSWORD_RESET"  # noqa: S105
    EMAIL_VERIFIED = "EMAIL_VERIFIED"
    EMAIL_CHANGED = "EMAIL_CHANGED"
    ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED"
    ACCOUNT_REACTIVATED = "ACCOUNT_REACTIVATED"
    TWO_FACTOR_ENABLED = "TWO_FACTOR_ENABLED"
    TWO_FACTOR_DISABLED = "TWO_FACTOR_DISABLED"
    RECOVERY_CODE_USED = "RECOVERY_CODE_USED"
    PASSKEY_ADDED = "PASSKEY_ADDED"
    PASSKEY_REMOVED = "PASSKEY_REMOVED"


class SecurityEvent(SQLModel, table=True):
    """Something that happened to an account's security, appended in the unit of work of the
    change; deleted with the account, purged after the retention period."""

    __tablename__ = "security_events"
    __table_args__ = (
        Index("ix_security_events_user_id_at_id", "user_id", "at", "id"),
        Index("ix_security_events_at", "at"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    kind: str = Field(max_length=32)
    at: datetime = Field(sa_type=UTCDateTime)
    ip_address: str | None = Field(default=None, max_length=64)
    user_agent: str | None = Field(default=None, max_length=512)


class TotpCredential(SQLModel, table=True):
    """An account's TOTP secret, encrypted at rest (``accounts.totp``).

    ``confirmed_at`` is null while setup waits for a first code (nothing is enabled until
    then). ``last_used_step`` is the newest time step a code was accepted for; accepting a code
    is a compare-and-set on it, so each step is used at most once.
    """

    __tablename__ = "totp_credentials"

    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE", primary_key=True)
    secret_encrypted: str = Field(max_length=255)
    created_at: datetime = Field(sa_type=UTCDateTime)
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_used_step: int | None = Field(default=None, sa_type=BigInteger)


class RecoveryCode(SQLModel, table=True):
    """One unused recovery code of an account: only its keyed digest (``accounts.recovery_codes``).
    Using a code deletes its row."""

    __tablename__ = "recovery_codes"
    __table_args__ = (Index("ix_recovery_codes_user_id_digest", "user_id", "digest", unique=True),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    digest: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)


class ChallengePurpose(enum.StrEnum):
    LOGIN = "login"
    PASSWORD_RESET = "password_reset"  # noqa: S105


class LoginChallenge(SQLModel, table=True):
    """A sign-in waiting for its second factor (``accounts.challenges``).

    Only the SHA-256 digest of the challenge token is stored. ``user_version`` binds it to the
    account's password and status as they were (``User.version``); ``new_password_hash`` holds
    the password a reset sets once the second factor is given.
    """

    __tablename__ = "login_challenges"
    __table_args__ = (
        CheckConstraint("purpose IN ('login', 'password_reset')", name="purpose"),
        Index("ix_login_challenges_user_id", "user_id"),
        Index("ix_login_challenges_expires_at", "expires_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    token_digest: str = Field(max_length=64, unique=True)
    purpose: str = Field(max_length=16)
    user_version: int
    new_password_hash: str | None = Field(default=None, max_length=255)
    failed_attempts: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class Passkey(SQLModel, table=True):
    """A WebAuthn credential of an account: its id and public key, and the signature counter
    its authenticator last reported (a counter that does not grow betrays a clone)."""

    __tablename__ = "passkeys"
    __table_args__ = (Index("ix_passkeys_user_id_created_at", "user_id", "created_at"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    credential_id: str = Field(max_length=1400, unique=True)  # base64url, at most 1023 bytes
    public_key: bytes = Field(sa_type=LargeBinary)  # COSE_Key
    sign_count: int = Field(default=0, sa_type=BigInteger)
    name: str = Field(max_length=64)
    transports: str | None = Field(default=None, max_length=255)  # comma-separated hints
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    clone_detected_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PasskeyChallengeKind(enum.StrEnum):
    REGISTRATION = "registration"  # bound to the signed-in user who asked for it
    LOGIN = "login"  # discoverable credentials: any account's passkey may answer
    ACCOUNT_LOGIN = "account_login"  # only the named account's passkeys (none: no account)


class PasskeyChallenge(SQLModel, table=True):
    """A WebAuthn challenge handed out and not yet answered: single use (deleted by the
    answer that consumes it) and short-lived (``ACCOUNTS_PASSKEY_CHALLENGE_TTL``)."""

    __tablename__ = "passkey_challenges"
    __table_args__ = (
        CheckConstraint("kind IN ('registration', 'login', 'account_login')", name="kind"),
        Index("ix_passkey_challenges_expires_at", "expires_at"),
        Index("ix_passkey_challenges_user_id", "user_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    kind: str = Field(max_length=16)
    user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE")
    challenge: str = Field(max_length=128)  # base64url
    expires_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
