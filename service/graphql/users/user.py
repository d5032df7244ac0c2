"""``User``: what a client sees of an account (only ever its owner); the table row it is
built from is ``db.models.User`` (``UserRow``), or the token lookup's ``AccountSnapshot``."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry
from strawberry.types import Info

from service.accounts.external.linking import list_identities
from service.accounts.two_factor.factors import two_factor_methods
from service.accounts.values import AccountSnapshot
from service.db.models import AccountStatus as AccountStatus  # registered below
from service.db.models import User as UserRow
from service.graphql.context import Context
from service.graphql.external.types import ExternalIdentity

# The table's enum is the GraphQL enum: ``strawberry.enum`` registers the class itself.
strawberry.enum(AccountStatus, name="AccountStatus")


def _image_url(root: User, info: Info[Context, None]) -> str | None:
    return info.context.services.media.url(root.image_key) if root.image_key else None


async def _two_factor_enabled(root: User, info: Info[Context, None]) -> bool:
    user_id = uuid.UUID(str(root.id))
    return bool(await info.context.run(lambda uow: two_factor_methods(uow, user_id)))


async def _external_identities(root: User, info: Info[Context, None]) -> list[ExternalIdentity]:
    user_id = uuid.UUID(str(root.id))
    rows = await info.context.run(lambda uow: list_identities(uow, user_id))
    return [ExternalIdentity.from_row(row) for row in rows]


def _has_password(row: UserRow | AccountSnapshot) -> bool:
    if isinstance(row, AccountSnapshot):
        return row.has_password
    return row.password_hash is not None


@strawberry.type(description="A registered account.")
class User:
    id: strawberry.ID
    email: str
    username: str
    first_name: str
    last_name: str
    bio: str
    contact: str
    status: AccountStatus
    date_joined: datetime
    last_login: datetime | None
    email_verified: bool = strawberry.field(
        description="Whether a code sent to the email came back (verifyEmail)."
    )
    pending_email: str | None = strawberry.field(
        description="A new email waiting for confirmEmailChange; a User is only ever shown "
        "to its owner."
    )
    locale: str = strawberry.field(description="The language of the account's emails.")
    image_key: strawberry.Private[str | None]
    image_url: str | None = strawberry.field(
        resolver=_image_url, description="Where to fetch the profile image; null without one."
    )
    two_factor_enabled: bool = strawberry.field(
        resolver=_two_factor_enabled,
        description="Whether a sign-in needs a second factor (completeLogin).",
    )
    has_password: bool = strawberry.field(
        description="Whether the account has a password (setPassword gives it one); without, "
        "it signs in with a passkey or an external identity."
    )
    external_identities: list[ExternalIdentity] = strawberry.field(
        resolver=_external_identities,
        description="The accounts at external providers linked to this one, oldest first.",
    )

    @classmethod
    def from_row(cls, row: UserRow | AccountSnapshot) -> User:
        return cls(
            id=strawberry.ID(str(row.id)),
            email=row.email,
            username=row.username,
            first_name=row.first_name,
            last_name=row.last_name,
            bio=row.bio,
            contact=row.contact,
            image_key=row.image_key,
            status=AccountStatus(row.status),
            date_joined=row.date_joined,
            last_login=row.last_login,
            email_verified=row.email_verified,
            pending_email=row.pending_email,
            locale=row.locale,
            has_password=_has_password(row),
        )
