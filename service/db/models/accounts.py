"""Accounts, their sessions, the devices they signed in from and their security events."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Column, Index, Integer, Text, event, false
from sqlmodel import Field, SQLModel

from service.db.models.base import metadata as metadata
from service.db.types import UTCDateTime


class AccountStatus(enum.StrEnum):
    ACTIVE = "ACTIVE"
    DEACTIVATED = "DEACTIVATED"
    SUSPENDED = "SUSPENDED"


class Role(enum.StrEnum):
    """What an account may do on the admin API: nothing (``USER``), support staff's work
    (``SUPPORT``), everything (``ADMIN``)."""

    USER = "USER"
    SUPPORT = "SUPPORT"
    ADMIN = "ADMIN"


# The columns the admin API's search matches a prefix of.
PREFIX_COLUMNS = ("email_normalized", "username_normalized", "first_name_key", "last_name_key")

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
        CheckConstraint("role IN ('USER', 'SUPPORT', 'ADMIN')", name="role"),
        Index("ix_users_date_joined_id", "date_joined", "id"),
        Index("ix_users_status_date_joined_id", "status", "date_joined", "id"),
        Index("ix_users_role_date_joined_id", "role", "date_joined", "id"),
        Index("ix_users_first_name_key", "first_name_key"),
        Index("ix_users_last_name_key", "last_name_key"),
        # PostgreSQL: the prefix searches of the admin API (ranges in ``~>=~`` and ``~<~``) use
        # these whatever the database's collation; SQLite's ranges use the plain indexes.
        *(
            Index(
                f"ix_users_{name}_prefix",
                name,
                postgresql_ops={name: "varchar_pattern_ops"},
            ).ddl_if(dialect="postgresql")
            for name in PREFIX_COLUMNS
        ),
    )
    __mapper_args__ = {"version_id_col": _user_version, "version_id_generator": False}

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    email: str = Field(max_length=320)
    email_normalized: str = Field(max_length=320, unique=True)
    username: str = Field(max_length=150)
    username_normalized: str = Field(max_length=600, unique=True)
    # ``None``: the account has no password (passkeys only, or an external identity).
    password_hash: str | None = Field(default=None, max_length=255)
    first_name: str = Field(max_length=150)
    last_name: str = Field(max_length=150)
    # The names casefolded, kept by the ORM (``name_key``): the admin API's search keys.
    first_name_key: str = Field(default="", max_length=600, sa_column_kwargs={"server_default": ""})
    last_name_key: str = Field(default="", max_length=600, sa_column_kwargs={"server_default": ""})
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
    role: str = Field(
        default=Role.USER.value, max_length=16, sa_column_kwargs={"server_default": Role.USER.value}
    )
    version: int = Field(default=0, sa_column=_user_version)
    # Wrong second-factor codes since the last password reset (or an operator's 2FA reset),
    # whoever sent them: past ``MAX_FACTOR_FAILURES`` the second factor is refused.
    factor_failures: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # Wrong email codes sent without the handle of their request, likewise.
    code_failures: int = Field(default=0, sa_column_kwargs={"server_default": "0"})

    def bump_version(self) -> None:
        """Mark a password or status change: sessions and logins read before it lose."""
        self.version = self.version + 1


def name_key(name: str) -> str:
    """A name's search key: casefolded, as Python does it on every database."""
    return name.casefold()


@event.listens_for(User, "before_insert")
@event.listens_for(User, "before_update")
def _keep_name_keys(_mapper: object, _connection: object, user: User) -> None:
    user.first_name_key = name_key(user.first_name)
    user.last_name_key = name_key(user.last_name)


class AuthSession(SQLModel, table=True):
    """One logged-in device: a token's SHA-256 digest and its lifetime, and how it was proved.

    ``methods`` (comma-separated ``AuthenticationMethod`` values) and ``authenticated_at`` are
    the last full proof: the sign-in, or a later re-authentication.
    """

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
    methods: str = Field(
        default="PASSWORD", max_length=64, sa_column_kwargs={"server_default": "PASSWORD"}
    )
    authenticated_at: datetime = Field(sa_type=UTCDateTime)


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


class UsernameHold(SQLModel, table=True):
    """A username a hidden registration of a taken email named: held as the account that
    registration would have created holds it, so that a second registration cannot learn from
    the username being free whether the email was taken. ``email_normalized`` is the address's:
    that account may still take the username."""

    __tablename__ = "username_holds"

    username_normalized: str = Field(max_length=600, primary_key=True)
    email_normalized: str = Field(max_length=320, index=True)
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
    EXTERNAL_IDENTITY_LINKED = "EXTERNAL_IDENTITY_LINKED"
    EXTERNAL_IDENTITY_UNLINKED = "EXTERNAL_IDENTITY_UNLINKED"
    ACCOUNT_SUSPENDED = "ACCOUNT_SUSPENDED"
    SESSIONS_REVOKED_BY_STAFF = "SESSIONS_REVOKED_BY_STAFF"
    PASSWORD_RESET_SENT_BY_STAFF = "PASSWORD_RESET_SENT_BY_STAFF"  # noqa: S105
    ROLE_CHANGED = "ROLE_CHANGED"


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
