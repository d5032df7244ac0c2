"""What registering, updating, re-passwording and deleting an account answer."""

from __future__ import annotations

from typing import Annotated

import strawberry

from service.graphql.auth.types import AuthSuccess
from service.graphql.results import (
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    ValidationError,
)
from service.graphql.users.user import User


@strawberry.type
class UpdateUserSuccess:
    user: User


@strawberry.type(
    description='The email or username is taken: code `taken`, field "email" or "username".'
)
class UserAlreadyExists:
    message: str
    fields: list[FieldError]


@strawberry.type
class AccountDeleted:
    message: str


@strawberry.type(description="Registered; no session until the email is verified.")
class VerificationRequired:
    email: str
    expires_in_seconds: int
    handle: str = strawberry.field(
        description="Send it back with the code (verifyEmail, resetPassword) from this client: "
        "then only this request's code is checked, and nobody else can spend its tries."
    )


RegisterUserResult = Annotated[
    AuthSuccess | ValidationError | UserAlreadyExists | RateLimited | VerificationRequired,
    strawberry.union("RegisterUserResult"),
]


UpdateUserResult = Annotated[
    UpdateUserSuccess
    | ValidationError
    | UserAlreadyExists
    | InvalidCredentials
    | InvalidCode
    | RateLimited
    | ReauthenticationRequired,
    strawberry.union("UpdateUserResult"),
]


ChangePasswordResult = Annotated[
    AuthSuccess
    | ValidationError
    | InvalidCredentials
    | RateLimited
    | InvalidCode
    | ReauthenticationRequired,
    strawberry.union("ChangePasswordResult"),
]


SetPasswordResult = Annotated[
    AuthSuccess | ValidationError | ReauthenticationRequired,
    strawberry.union("SetPasswordResult"),
]


DeleteAccountResult = Annotated[
    AccountDeleted | InvalidCredentials | RateLimited | InvalidCode | ReauthenticationRequired,
    strawberry.union("DeleteAccountResult"),
]
