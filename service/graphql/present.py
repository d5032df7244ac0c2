"""The one place that maps service outcomes to GraphQL types.

Each overload names the GraphQL type of one outcome, so a resolver that presents a service
call's union of outcomes gets the union of their GraphQL types (mypy's union math), and the
checker holds every resolver's return type to its schema union.
"""

from __future__ import annotations

from typing import assert_never, overload

from service.accounts import outcomes
from service.graphql.types import (
    AccountSuspended,
    AuthSuccess,
    FieldError,
    InvalidCredentials,
    LogoutSuccess,
    RateLimited,
    UpdateUserSuccess,
    User,
    UserAlreadyExists,
    ValidationError,
)

Outcome = (
    outcomes.Authenticated
    | outcomes.Updated
    | outcomes.Revoked
    | outcomes.ValidationFailed
    | outcomes.UserAlreadyExists
    | outcomes.InvalidCredentials
    | outcomes.AccountSuspended
    | outcomes.RateLimited
)
Presented = (
    AuthSuccess
    | UpdateUserSuccess
    | LogoutSuccess
    | ValidationError
    | UserAlreadyExists
    | InvalidCredentials
    | AccountSuspended
    | RateLimited
)


@overload
def present(outcome: outcomes.Authenticated) -> AuthSuccess: ...
@overload
def present(outcome: outcomes.Updated) -> UpdateUserSuccess: ...
@overload
def present(outcome: outcomes.Revoked) -> LogoutSuccess: ...
@overload
def present(outcome: outcomes.ValidationFailed) -> ValidationError: ...
@overload
def present(outcome: outcomes.UserAlreadyExists) -> UserAlreadyExists: ...
@overload
def present(outcome: outcomes.InvalidCredentials) -> InvalidCredentials: ...
@overload
def present(outcome: outcomes.AccountSuspended) -> AccountSuspended: ...
@overload
def present(outcome: outcomes.RateLimited) -> RateLimited: ...
def present(outcome: Outcome) -> Presented:
    match outcome:
        case outcomes.Authenticated():
            return AuthSuccess(
                user=User.from_row(outcome.user),
                token=outcome.token,
                expires_at=outcome.expires_at,
                device_token=outcome.device_token,
            )
        case outcomes.Updated():
            return UpdateUserSuccess(user=User.from_row(outcome.user))
        case outcomes.Revoked():
            return LogoutSuccess(revoked_sessions=outcome.count)
        case outcomes.ValidationFailed():
            return ValidationError(message=outcome.message, fields=_field_errors(outcome.fields))
        case outcomes.UserAlreadyExists():
            return UserAlreadyExists(
                message=outcome.message,
                fields=[
                    FieldError(field=name, code="taken", message=f"This {name} is already taken.")
                    for name in outcome.fields
                ],
            )
        case outcomes.InvalidCredentials():
            return InvalidCredentials(message=outcome.message)
        case outcomes.AccountSuspended():
            return AccountSuspended(message=outcome.message)
        case outcomes.RateLimited():
            return RateLimited(
                message=outcome.message, retry_after_seconds=outcome.retry_after_seconds
            )
        case _:
            assert_never(outcome)


def _field_errors(errors: list[outcomes.FieldError]) -> list[FieldError]:
    return [FieldError(field=e.field, code=e.code, message=e.message) for e in errors]
