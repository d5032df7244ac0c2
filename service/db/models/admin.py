"""The admin API's keys and its audit log.

``admin_keys`` holds the keys automation calls the admin API with: a name, a role, and the
SHA-256 digest of the key (shown once, never stored). ``audit_log`` holds every action taken
through the admin API or the operator's CLI; nothing in the service updates or deletes its rows,
and they name their target by id and label without a foreign key, so they outlive the account.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, SQLModel

from service.db.models.base import metadata as metadata
from service.db.types import UTCDateTime


class KeyRole(enum.StrEnum):
    """What an admin key may do: read only, support staff's work, or everything."""

    READONLY = "READONLY"
    SUPPORT = "SUPPORT"
    ADMIN = "ADMIN"


class AdminKey(SQLModel, table=True):
    __tablename__ = "admin_keys"
    __table_args__ = (CheckConstraint("role IN ('READONLY', 'SUPPORT', 'ADMIN')", name="role"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    role: str = Field(max_length=16)
    key_digest: str = Field(max_length=64, unique=True)
    # the key's first characters, to tell keys apart in a listing (not enough to use one)
    prefix: str = Field(max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime)
    created_by: str = Field(max_length=200)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AuditEntry(SQLModel, table=True):
    """One action on an account by staff, a key or an operator's command."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at_id", "at", "id"),
        Index("ix_audit_log_actor_at_id", "actor", "at", "id"),
        Index("ix_audit_log_target_id_at_id", "target_id", "at", "id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    # ``user:<username>``, ``key:<name>`` or ``cli:<login>``
    actor: str = Field(max_length=200)
    actor_role: str = Field(max_length=16)
    action: str = Field(max_length=64)
    target_id: uuid.UUID | None = Field(default=None)
    # the target's username when the action was taken (it may change, or go with the account)
    target_label: str | None = Field(default=None, max_length=150)
    reason: str | None = Field(default=None, sa_type=Text)
    detail: str | None = Field(default=None, max_length=200)
    ip_address: str | None = Field(default=None, max_length=64)
