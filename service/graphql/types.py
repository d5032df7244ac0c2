"""GraphQL output types and the unions of expected outcomes.

``User`` and ``Session`` here are what clients see; the table rows they are built from are
``db.models.User`` and ``db.models.AuthSession`` (imported as ``UserRow`` and ``SessionRow``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from service.accounts.outcomes import TwoFactorMethod as TwoFactorMethod  # registered below
from service.accounts.two_factor.factors import two_factor_methods
from service.accounts.values import AccountSnapshot
from service.db.models import AccountStatus as AccountStatus  # registered below
from service.db.models import AuthSession as SessionRow
from service.db.models import User as UserRow
from service.graphql.context import Context

# The table's enum is the GraphQL enum: ``strawberry.enum`` registers the class itself.
strawberry.enum(AccountStatus, name="AccountStatus")
strawberry.enum(TwoFactorMethod, name="TwoFactorMethod")


def _image_url(root: User, info: Info[Context, None]) -> str | None:
    return info.context.services.media.url(root.image_key) if root.image_key else None


async def _two_factor_enabled(root: User, info: Info[Context, None]) -> bool:
    user_id = uuid.UUID(str(root.id))
    return bool(await info.context.run(lambda uow: two_factor_methods(uow, user_id)))


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
        )


@strawberry.type(description="One logged-in device.")
class Session:
    id: strawberry.ID
    current: bool
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    user_agent: str | None
    ip_address: str | None

    @classmethod
    def from_row(cls, row: SessionRow, current_id: object) -> Session:
        return cls(
            id=strawberry.ID(str(row.id)),
            current=row.id == current_id,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            expires_at=row.expires_at,
            user_agent=row.user_agent,
            ip_address=row.ip_address,
        )


@strawberry.type(description="A new session. The token is shown only here, once.")
class AuthSuccess:
    user: User
    token: str
    # Nullable, as the contract states, while TwoFactorRequired.expiresAt is not: a document
    # that selects both members of LoginResult aliases one of them.
    expires_at: datetime | None
    device_token: str = strawberry.field(
        description=(
            "Keep it on this device and send it with later logins (`LoginInput.deviceToken`): "
            "a known device is never locked out by other devices' failed attempts."
        )
    )


@strawberry.type
class UpdateUserSuccess:
    user: User


@strawberry.type
class LogoutSuccess:
    revoked_sessions: int


@strawberry.type(description="One failing rule of one input field.")
class FieldError:
    field: str = strawberry.field(description="Input field name, e.g. `password`.")
    code: str = strawberry.field(description="Stable machine-readable code, e.g. `too_short`.")
    message: str


@strawberry.type(description="Every failing field of the input, all at once.")
class ValidationError:
    message: str
    fields: list[FieldError]


@strawberry.type(
    description='The email or username is taken: code `taken`, field "email" or "username".'
)
class UserAlreadyExists:
    message: str
    fields: list[FieldError]


@strawberry.type(description="Same message for an unknown user and a wrong password.")
class InvalidCredentials:
    message: str


@strawberry.type
class AccountSuspended:
    message: str


@strawberry.type
class RateLimited:
    message: str
    retry_after_seconds: int


@strawberry.type(description="The same answer whether or not the address has an account.")
class CodeSent:
    message: str
    expires_in_seconds: int


@strawberry.type
class EmailVerified:
    email: str


@strawberry.type(
    description="One answer for a wrong, expired, used or used-up code, or one for another address."
)
class InvalidCode:
    message: str


@strawberry.type
class AccountDeleted:
    message: str


@strawberry.type(description="The password was right; verify the email first (a code was sent).")
class EmailNotVerified:
    message: str


@strawberry.type(description="Registered; no session until the email is verified.")
class VerificationRequired:
    email: str
    expires_in_seconds: int


@strawberry.type(
    description="The password (or the reset code) was right; no session yet. Send the challenge "
    "with a second factor to completeLogin."
)
class TwoFactorRequired:
    challenge: str = strawberry.field(description="Single use; expires at expiresAt.")
    methods: list[TwoFactorMethod]
    expires_at: datetime


RegisterUserResult = Annotated[
    AuthSuccess | ValidationError | UserAlreadyExists | RateLimited | VerificationRequired,
    strawberry.union("RegisterUserResult"),
]
LoginResult = Annotated[
    AuthSuccess
    | InvalidCredentials
    | AccountSuspended
    | RateLimited
    | EmailNotVerified
    | TwoFactorRequired,
    strawberry.union("LoginResult"),
]
UpdateUserResult = Annotated[
    UpdateUserSuccess
    | ValidationError
    | UserAlreadyExists
    | InvalidCredentials
    | InvalidCode
    | RateLimited,
    strawberry.union("UpdateUserResult"),
]
ChangePasswordResult = Annotated[
    AuthSuccess | ValidationError | InvalidCredentials | RateLimited,
    strawberry.union("ChangePasswordResult"),
]
LogoutResult = Annotated[LogoutSuccess, strawberry.union("LogoutResult")]
CodeSentResult = Annotated[
    CodeSent | ValidationError | RateLimited, strawberry.union("CodeSentResult")
]
VerifyEmailResult = Annotated[
    EmailVerified | InvalidCode | RateLimited, strawberry.union("VerifyEmailResult")
]
ResetPasswordResult = Annotated[
    AuthSuccess | InvalidCode | ValidationError | RateLimited | TwoFactorRequired,
    strawberry.union("ResetPasswordResult"),
]
DeleteAccountResult = Annotated[
    AccountDeleted | InvalidCredentials | RateLimited, strawberry.union("DeleteAccountResult")
]
