"""Schema assembly: Query, Mutation, extensions and configuration."""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from service.config import Settings
from service.graphql import auth, email, events, passkeys, sessions, two_factor, users
from service.graphql.errors import is_expected
from service.graphql.event_types import SecurityEventConnection
from service.graphql.passkey_types import (
    AddPasskeyResult,
    Passkey,
    PasskeyOptionsResult,
    RemovePasskeyResult,
)
from service.graphql.policy.extensions import build_extensions
from service.graphql.two_factor_types import (
    DisableTwoFactorResult,
    RecoveryCodesResult,
    TotpSetupResult,
)
from service.graphql.types import (
    ChangePasswordResult,
    CodeSentResult,
    DeleteAccountResult,
    LoginResult,
    LogoutResult,
    RegisterUserResult,
    ResetPasswordResult,
    Session,
    UpdateUserResult,
    User,
    VerifyEmailResult,
)

logger = logging.getLogger("service.graphql")
SUGGESTION = "Did you mean"


@strawberry.type
class Query:
    me: User | None = strawberry.field(
        resolver=auth.me, description="The caller; null without a valid session."
    )
    sessions: list[Session] = strawberry.field(
        resolver=sessions.list_sessions, description="The caller's active sessions."
    )
    security_events: SecurityEventConnection = strawberry.field(
        resolver=events.security_events,
        description="The caller's own security events, newest first (Relay-style pages).",
    )
    passkeys: list[Passkey] = strawberry.field(
        resolver=passkeys.list_passkeys, description="The caller's passkeys, oldest first."
    )


@strawberry.type
class Mutation:
    register_user: RegisterUserResult = strawberry.mutation(resolver=users.register_user)
    login: LoginResult = strawberry.mutation(
        resolver=auth.login, description="Every login issues a new session token."
    )
    logout: LogoutResult = strawberry.mutation(
        resolver=auth.logout, description="Revokes the session of this request's token."
    )
    logout_all: LogoutResult = strawberry.mutation(
        resolver=auth.logout_all, description="Revokes every session of the caller."
    )
    update_user: UpdateUserResult = strawberry.mutation(resolver=users.update_user)
    change_password: ChangePasswordResult = strawberry.mutation(
        resolver=users.change_password,
        description="Returns a fresh session and revokes all the caller's other sessions.",
    )
    revoke_session: LogoutResult = strawberry.mutation(
        resolver=sessions.revoke_session, description="Revokes one of the caller's own sessions."
    )
    request_email_verification: CodeSentResult = strawberry.mutation(
        resolver=email.request_email_verification,
        description="Sends a new code to the caller's email (the previous one stops working).",
    )
    verify_email: VerifyEmailResult = strawberry.mutation(
        resolver=email.verify_email, description="No session needed: the code is the proof."
    )
    request_password_reset: CodeSentResult = strawberry.mutation(
        resolver=email.request_password_reset,
        description="Answers the same CodeSent whether or not the address has an account.",
    )
    reset_password: ResetPasswordResult = strawberry.mutation(
        resolver=email.reset_password,
        description="Sets the password, revokes every session and returns a fresh one.",
    )
    confirm_email_change: UpdateUserResult = strawberry.mutation(
        resolver=email.confirm_email_change,
        description="The code sent to pendingEmail makes it the email.",
    )
    delete_account: DeleteAccountResult = strawberry.mutation(
        resolver=users.delete_account,
        description="Deletes the caller's account, sessions, codes and image for good.",
    )
    begin_totp_setup: TotpSetupResult = strawberry.mutation(
        resolver=two_factor.begin_totp_setup,
        description="A new TOTP secret, shown once; nothing is enabled before confirmTotpSetup.",
    )
    confirm_totp_setup: RecoveryCodesResult = strawberry.mutation(
        resolver=two_factor.confirm_totp_setup,
        description="A current code turns TOTP on; answers ten recovery codes, shown once.",
    )
    disable_two_factor: DisableTwoFactorResult = strawberry.mutation(
        resolver=two_factor.disable_two_factor,
        description="The password and a current TOTP or recovery code turn two-factor off.",
    )
    regenerate_recovery_codes: RecoveryCodesResult = strawberry.mutation(
        resolver=two_factor.regenerate_recovery_codes,
        description="New recovery codes (the password is checked); the old ones stop working.",
    )
    complete_login: LoginResult = strawberry.mutation(
        resolver=two_factor.complete_login,
        description="No session needed: the challenge of TwoFactorRequired is the proof.",
    )
    begin_passkey_registration: PasskeyOptionsResult = strawberry.mutation(
        resolver=passkeys.begin_passkey_registration,
        description="Creation options for navigator.credentials.create(), for the caller.",
    )
    finish_passkey_registration: AddPasskeyResult = strawberry.mutation(
        resolver=passkeys.finish_passkey_registration,
        description="Adds the passkey the browser created for the challenge.",
    )
    begin_passkey_login: PasskeyOptionsResult = strawberry.mutation(
        resolver=passkeys.begin_passkey_login,
        description="Request options for navigator.credentials.get(); no session needed.",
    )
    finish_passkey_login: LoginResult = strawberry.mutation(
        resolver=passkeys.finish_passkey_login,
        description="Logs in with the browser's answer: no password, both factors at once.",
    )
    remove_passkey: RemovePasskeyResult = strawberry.mutation(
        resolver=passkeys.remove_passkey,
        description="Removes one of the caller's passkeys; needs a session opened within "
        "the re-authentication window (log in again otherwise).",
    )


class AccountsSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log unexpected errors with their trace and the request id; expected ones are data.

        With suggestions off, every "Did you mean" hint goes, not only Strawberry's field
        ones: variable values are checked during execution, where argument, enum value and
        input field hints are written (validation is told to leave them out already).
        """
        context = execution_context.context if execution_context else None
        request_id = getattr(context, "request_id", None)
        for error in errors:
            if self.config.disable_field_suggestions and SUGGESTION in error.message:
                error.message = error.message.split(SUGGESTION)[0].strip()
            if is_expected(error):
                continue
            logger.error(
                "unexpected error in %s (request %s)",
                ".".join(str(p) for p in error.path or []) or "operation",
                request_id,
                exc_info=error.original_error,
            )


def should_mask(error: GraphQLError) -> bool:
    return not is_expected(error)


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema; with ``settings`` it carries the request limits and production switches."""
    extensions = build_extensions(settings, should_mask) if settings else []
    return AccountsSchema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        config=StrawberryConfig(
            # Suggestions reveal the schema, so they follow the introspection switch.
            disable_field_suggestions=settings is not None and not settings.introspection_enabled
        ),
    )


def export_sdl() -> str:
    return build_schema().as_str() + "\n"
