"""Identities at external providers linked to accounts, and the sign-in flows on their way
through a provider."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from service.db.models.base import metadata as metadata
from service.db.types import UTCDateTime


class ExternalIdentity(SQLModel, table=True):
    """An account at a provider (``provider``, its ``subject``) that signs in to an account
    here: one (provider, subject) belongs to one account."""

    __tablename__ = "external_identities"
    __table_args__ = (
        UniqueConstraint("provider", "subject", name="uq_external_identities_provider_subject"),
        Index("ix_external_identities_user_id", "user_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE")
    provider: str = Field(max_length=32)
    subject: str = Field(max_length=255)
    email: str | None = Field(default=None, max_length=320)
    linked_at: datetime = Field(sa_type=UTCDateTime)


class ExternalFlowPurpose(enum.StrEnum):
    LOGIN = "login"
    LINK = "link"


class ExternalFlow(SQLModel, table=True):
    """A sign-in (or a link) on its way through a provider (``accounts.external.flows``).

    Begun, it holds digests of its ``flowId`` (kept by the client) and of the ``state`` sent to
    the provider, the nonce and the PKCE verifier, for ``ACCOUNTS``' flow lifetime. Once the
    provider came back and its ID token was checked, it holds what the provider asserted and
    the digest of a one-time handoff, valid 60 seconds, that only the client holding the
    ``flowId`` can use; using it deletes the flow.
    """

    __tablename__ = "external_flows"
    __table_args__ = (
        CheckConstraint("purpose IN ('login', 'link')", name="purpose"),
        Index("ix_external_flows_expires_at", "expires_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    flow_digest: str = Field(max_length=64, unique=True)
    state_digest: str = Field(max_length=64, unique=True)
    provider: str = Field(max_length=32)
    purpose: str = Field(max_length=8)
    user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE")
    nonce: str = Field(max_length=128)
    code_verifier: str = Field(max_length=128)
    return_to: str = Field(max_length=2048)
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    # once the provider came back
    handoff_digest: str | None = Field(default=None, max_length=64, unique=True)
    handoff_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    subject: str | None = Field(default=None, max_length=255)
    email: str | None = Field(default=None, max_length=320)
    email_verified: bool = Field(default=False)
    given_name: str | None = Field(default=None, max_length=150)
    family_name: str | None = Field(default=None, max_length=150)
    preferred_username: str | None = Field(default=None, max_length=150)
