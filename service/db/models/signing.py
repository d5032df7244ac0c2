"""The keys that sign access tokens for other services (``issueAccessToken``).

``signing_keys`` holds each key pair: its key id (``kid``), algorithm, the private key
encrypted under a key derived from ``ACCOUNTS_SECRET_KEY`` (never in the database in the
clear), the public key as a JWK, and when it was made and when a newer one replaced it. The
newest key not retired signs; a retired key stays published in the JWKS until every token it
signed has expired.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from service.db.models.base import metadata as metadata
from service.db.types import UTCDateTime


class SigningKey(SQLModel, table=True):
    __tablename__ = "signing_keys"
    __table_args__ = (Index("ix_signing_keys_created_at", "created_at"),)

    kid: str = Field(primary_key=True, max_length=64)
    algorithm: str = Field(max_length=16)
    private_key_encrypted: str = Field(sa_type=Text)
    public_jwk: str = Field(sa_type=Text)
    created_at: datetime = Field(sa_type=UTCDateTime)
    retired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
