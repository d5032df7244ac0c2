"""Outcomes of service calls, as plain values the transport layer maps to GraphQL types."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from service.db.models import AuthSession, User

INVALID_CREDENTIALS_MESSAGE = "Invalid credentials."


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


BUSY_MESSAGE = "Too many password checks in progress. Try again in a moment."


def busy() -> RateLimited:
    """The answer when the password-hashing queue is full (load shedding)."""
    return RateLimited(retry_after_seconds=1, message=BUSY_MESSAGE)


@dataclass(frozen=True, slots=True)
class Authenticated:
    """A new session: the plain token is only ever held here, never stored."""

    user: User
    session: AuthSession
    token: str
    device_token: str

    @property
    def expires_at(self) -> datetime:
        return self.session.expires_at


@dataclass(frozen=True, slots=True)
class Updated:
    user: User


@dataclass(frozen=True, slots=True)
class Revoked:
    count: int


@dataclass(frozen=True, slots=True)
class ClientInfo:
    """Where a request came from, recorded on the sessions it opens."""

    ip_address: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True, slots=True)
class Account:
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


@dataclass(slots=True)
class SessionInfo:
    """A snapshot of the session row behind the request's token."""

    id: uuid.UUID
    user_id: uuid.UUID
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    absolute_expires_at: datetime


@dataclass(slots=True)
class Viewer:
    """The authenticated caller of a request."""

    user: Account
    session: SessionInfo
    refreshed: bool = field(default=False)


class AccountChanged(Exception):
    """The account row changed between the read and the write (compare-and-set lost):
    the unit of work must be rolled back, and the request may be tried again."""


class UserAlreadyExistsError(Exception):
    """A unique constraint refused the write: the unit of work must be rolled back."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(f"duplicate {', '.join(fields)}")
        self.result = UserAlreadyExists(fields)
