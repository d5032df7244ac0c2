"""The mail outbox and the codes mailed to prove an address."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, SQLModel

from service.db.models.base import metadata as metadata
from service.db.types import UTCDateTime


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
    SIGN_IN = "sign_in"


class EmailCode(SQLModel, table=True):
    """A code sent to an address: the request that asked for it holds its handle.

    Only keyed digests are stored (see ``accounts.email.codes``): of the code, and of the
    handle the request was answered with (``handle_digest``), so a check that carries the
    handle meets its own code only. ``email`` is the address the code was sent to, which it
    proves. Wrong tries with the handle count in ``failed_attempts``.
    """

    __tablename__ = "email_codes"
    __table_args__ = (
        CheckConstraint(
            "purpose IN ('verify_email', 'password_reset', 'email_change', 'sign_in')",
            name="purpose",
        ),
        Index("ix_email_codes_expires_at", "expires_at"),
        Index("ix_email_codes_user_id_purpose_created_at", "user_id", "purpose", "created_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    purpose: str = Field(max_length=16)
    handle_digest: str = Field(max_length=64, unique=True)
    digest: str = Field(max_length=64)
    email: str = Field(max_length=320)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    failed_attempts: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(sa_type=UTCDateTime)
