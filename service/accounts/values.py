"""Plain values passed into and out of services that are not outcomes: where a request came
from, and read-only snapshots of the caller the token lookup found.

Three "users" meet in this code base: ``db.models.User`` (the table row, loaded through the
ORM), ``AccountSnapshot`` here (a read-only copy of the row's columns, as the hot-path token
lookup returns them) and ``graphql.types.User`` (what clients see).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from service.accounts.assurance import AuthenticationMethod, Methods


@dataclass(frozen=True, slots=True)
class ClientInfo:
    """Where a request came from, recorded on the sessions it opens."""

    ip_address: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    """A read-only snapshot of a user row, as the token lookup returns it."""

    id: uuid.UUID
    email: str
    username: str
    first_name: str
    last_name: str
    bio: str
    contact: str
    image_key: str | None
    status: str
    date_joined: datetime
    last_login: datetime | None
    email_verified: bool = False
    pending_email: str | None = None
    locale: str = "en"
    has_password: bool = True
    role: str = "USER"


@dataclass(slots=True)
class SessionSnapshot:
    """The session row behind the request's token (the refresh moves its expiry)."""

    id: uuid.UUID
    user_id: uuid.UUID
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    absolute_expires_at: datetime
    methods: Methods = (AuthenticationMethod.PASSWORD,)
    authenticated_at: datetime | None = None  # the last full proof; None: when created


@dataclass(slots=True)
class Viewer:
    """The authenticated caller of a request."""

    user: AccountSnapshot
    session: SessionSnapshot
    refreshed: bool = field(default=False)
