"""The second factor (TOTP secrets, recovery codes, sign-in challenges), passkeys and their
pending challenges."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Index, LargeBinary
from sqlmodel import Field, SQLModel

from service.db.models.base import metadata as metadata
from service.db.types import UTCDateTime


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
    # how the first factor was proved (``AuthenticationMethod``): the session records it
    first_method: str = Field(
        default="PASSWORD", max_length=16, sa_column_kwargs={"server_default": "PASSWORD"}
    )
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
    REAUTHENTICATION = "reauthentication"  # the signed-in user's passkeys, to re-authenticate


class PasskeyChallenge(SQLModel, table=True):
    """A WebAuthn challenge handed out and not yet answered: single use (deleted by the
    answer that consumes it) and short-lived (``ACCOUNTS_PASSKEY_CHALLENGE_TTL``)."""

    __tablename__ = "passkey_challenges"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('registration', 'login', 'account_login', 'reauthentication')", name="kind"
        ),
        Index("ix_passkey_challenges_expires_at", "expires_at"),
        Index("ix_passkey_challenges_user_id", "user_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    kind: str = Field(max_length=16)
    user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE")
    challenge: str = Field(max_length=128)  # base64url
    expires_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
