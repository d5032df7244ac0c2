"""The one place that maps service outcomes to GraphQL types.

Each overload names the GraphQL type of one outcome, so a resolver that presents a service
call's union of outcomes gets the union of their GraphQL types (mypy's union math), and the
checker holds every resolver's return type to its schema union.
"""

from __future__ import annotations

from typing import assert_never, overload

import strawberry

from service.accounts import outcomes
from service.accounts.events import EventsPage, cursor_of
from service.accounts.external.flows import FlowStarted
from service.accounts.external.linking import IdentityLinked, IdentityUnlinked
from service.accounts.passkeys import outcomes as passkey_outcomes
from service.graphql.auth.types import (
    AccountSuspended,
    AuthSuccess,
    EmailNotVerified,
    Reauthenticated,
)
from service.graphql.email.types import CodeSent, EmailVerified
from service.graphql.events.types import (
    PageInfo,
    SecurityEvent,
    SecurityEventConnection,
    SecurityEventEdge,
)
from service.graphql.external.types import (
    ExternalIdentity,
    ExternalIdentityLinked,
    ExternalIdentityUnlinked,
    ExternalLoginStarted,
)
from service.graphql.passkeys.types import Passkey, PasskeyAdded, PasskeyOptions, PasskeyRemoved
from service.graphql.results import (
    FieldError,
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    ValidationError,
)
from service.graphql.sessions.types import LogoutSuccess
from service.graphql.two_factor.challenge import TwoFactorRequired
from service.graphql.two_factor.types import RecoveryCodes, TotpSetup, TwoFactorDisabled
from service.graphql.users.types import (
    AccountDeleted,
    UpdateUserSuccess,
    UserAlreadyExists,
    VerificationRequired,
)
from service.graphql.users.user import User

Outcome = (
    outcomes.Authenticated
    | outcomes.Updated
    | outcomes.Revoked
    | outcomes.ValidationFailed
    | outcomes.UserAlreadyExists
    | outcomes.InvalidCredentials
    | outcomes.AccountSuspended
    | outcomes.RateLimited
    | outcomes.CodeSent
    | outcomes.EmailVerified
    | outcomes.InvalidCode
    | outcomes.AccountDeleted
    | outcomes.EmailNotVerified
    | outcomes.VerificationRequired
    | outcomes.TwoFactorRequired
    | outcomes.TotpSetup
    | outcomes.RecoveryCodes
    | outcomes.TwoFactorDisabled
    | outcomes.ReauthenticationRequired
    | outcomes.Reauthenticated
    | EventsPage
    | passkey_outcomes.PasskeyOptionsIssued
    | passkey_outcomes.PasskeyAdded
    | passkey_outcomes.PasskeyRemoved
    | FlowStarted
    | IdentityLinked
    | IdentityUnlinked
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
    | CodeSent
    | EmailVerified
    | InvalidCode
    | AccountDeleted
    | EmailNotVerified
    | VerificationRequired
    | TwoFactorRequired
    | TotpSetup
    | RecoveryCodes
    | TwoFactorDisabled
    | ReauthenticationRequired
    | Reauthenticated
    | SecurityEventConnection
    | PasskeyOptions
    | PasskeyAdded
    | PasskeyRemoved
    | ExternalLoginStarted
    | ExternalIdentityLinked
    | ExternalIdentityUnlinked
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
@overload
def present(outcome: outcomes.CodeSent) -> CodeSent: ...
@overload
def present(outcome: outcomes.EmailVerified) -> EmailVerified: ...
@overload
def present(outcome: outcomes.InvalidCode) -> InvalidCode: ...
@overload
def present(outcome: outcomes.AccountDeleted) -> AccountDeleted: ...
@overload
def present(outcome: outcomes.EmailNotVerified) -> EmailNotVerified: ...
@overload
def present(outcome: outcomes.VerificationRequired) -> VerificationRequired: ...
@overload
def present(outcome: outcomes.TwoFactorRequired) -> TwoFactorRequired: ...
@overload
def present(outcome: outcomes.TotpSetup) -> TotpSetup: ...
@overload
def present(outcome: outcomes.RecoveryCodes) -> RecoveryCodes: ...
@overload
def present(outcome: outcomes.TwoFactorDisabled) -> TwoFactorDisabled: ...
@overload
def present(outcome: outcomes.ReauthenticationRequired) -> ReauthenticationRequired: ...
@overload
def present(outcome: outcomes.Reauthenticated) -> Reauthenticated: ...
@overload
def present(outcome: EventsPage) -> SecurityEventConnection: ...
@overload
def present(outcome: passkey_outcomes.PasskeyOptionsIssued) -> PasskeyOptions: ...
@overload
def present(outcome: passkey_outcomes.PasskeyAdded) -> PasskeyAdded: ...
@overload
def present(outcome: passkey_outcomes.PasskeyRemoved) -> PasskeyRemoved: ...
@overload
def present(outcome: FlowStarted) -> ExternalLoginStarted: ...
@overload
def present(outcome: IdentityLinked) -> ExternalIdentityLinked: ...
@overload
def present(outcome: IdentityUnlinked) -> ExternalIdentityUnlinked: ...
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
        case outcomes.CodeSent():
            return CodeSent(
                message=outcome.message,
                expires_in_seconds=outcome.expires_in_seconds,
                handle=outcome.handle,
            )
        case outcomes.EmailVerified():
            return EmailVerified(email=outcome.email, has_password=outcome.has_password)
        case outcomes.InvalidCode():
            return InvalidCode(message=outcome.message)
        case outcomes.AccountDeleted():
            return AccountDeleted(message=outcome.message)
        case outcomes.EmailNotVerified():
            return EmailNotVerified(message=outcome.message, handle=outcome.handle)
        case outcomes.VerificationRequired():
            return VerificationRequired(
                email=outcome.email,
                expires_in_seconds=outcome.expires_in_seconds,
                handle=outcome.handle,
            )
        case outcomes.TwoFactorRequired():
            return TwoFactorRequired(
                challenge=outcome.challenge,
                methods=list(outcome.methods),
                expires_at=outcome.expires_at,
            )
        case outcomes.TotpSetup():
            return TotpSetup(
                secret=outcome.secret, otpauth_uri=outcome.otpauth_uri, qr_svg=outcome.qr_svg
            )
        case outcomes.RecoveryCodes():
            return RecoveryCodes(codes=list(outcome.codes))
        case outcomes.TwoFactorDisabled():
            return TwoFactorDisabled(message=outcome.message)
        case outcomes.ReauthenticationRequired():
            return ReauthenticationRequired(
                message=outcome.message,
                methods=list(outcome.methods),
                password_required=outcome.password_required,
            )
        case outcomes.Reauthenticated():
            return Reauthenticated(privileged_until=outcome.privileged_until)
        case EventsPage():
            return _connection(outcome)
        case passkey_outcomes.PasskeyOptionsIssued():
            return PasskeyOptions(
                challenge_id=strawberry.ID(str(outcome.challenge_id)),
                options_json=outcome.options_json,
            )
        case passkey_outcomes.PasskeyAdded():
            return PasskeyAdded(passkey=Passkey.from_row(outcome.passkey))
        case passkey_outcomes.PasskeyRemoved():
            return PasskeyRemoved(message=outcome.message)
        case FlowStarted():
            return ExternalLoginStarted(
                flow_id=strawberry.ID(outcome.flow_id),
                authorization_url=outcome.authorization_url,
            )
        case IdentityLinked():
            return ExternalIdentityLinked(identity=ExternalIdentity.from_row(outcome.identity))
        case IdentityUnlinked():
            return ExternalIdentityUnlinked(message=outcome.message)
        case _:
            assert_never(outcome)


def _connection(page: EventsPage) -> SecurityEventConnection:
    edges = [
        SecurityEventEdge(cursor=cursor_of(row), node=SecurityEvent.from_row(row))
        for row in page.events
    ]
    return SecurityEventConnection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )


def _field_errors(errors: list[outcomes.FieldError]) -> list[FieldError]:
    return [FieldError(field=e.field, code=e.code, message=e.message) for e in errors]
