"""Schema assembly: Query, Mutation, extensions and configuration."""

from __future__ import annotations

import logging
import re

import strawberry
from graphql import GraphQLError
from strawberry.permission import BasePermission
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from service.config import Settings
from service.graphql.auth.login import login
from service.graphql.auth.login_code import login_with_code, request_login_code
from service.graphql.auth.logout import logout
from service.graphql.auth.logout_all import logout_all
from service.graphql.auth.me import me
from service.graphql.auth.reauthenticate import reauthenticate
from service.graphql.auth.types import LoginResult, ReauthenticateResult
from service.graphql.email.confirm_email_change import confirm_email_change
from service.graphql.email.request_email_verification import request_email_verification
from service.graphql.email.request_password_reset import request_password_reset
from service.graphql.email.reset_password import reset_password
from service.graphql.email.types import CodeSentResult, ResetPasswordResult, VerifyEmailResult
from service.graphql.email.verify_email import verify_email
from service.graphql.errors import is_expected
from service.graphql.events.security_events import security_events
from service.graphql.events.types import SecurityEventConnection
from service.graphql.external.fields import ExternalMutation, ExternalQuery
from service.graphql.passkeys.begin_passkey_login import begin_passkey_login
from service.graphql.passkeys.begin_passkey_reauthentication import (
    begin_passkey_reauthentication,
)
from service.graphql.passkeys.begin_passkey_registration import begin_passkey_registration
from service.graphql.passkeys.finish_passkey_login import finish_passkey_login
from service.graphql.passkeys.finish_passkey_registration import finish_passkey_registration
from service.graphql.passkeys.list_passkeys import list_passkeys
from service.graphql.passkeys.remove_passkey import remove_passkey
from service.graphql.passkeys.types import (
    AddPasskeyResult,
    Passkey,
    PasskeyOptionsResult,
    RemovePasskeyResult,
)
from service.graphql.permissions import SignedIn
from service.graphql.policy.extensions import build_extensions
from service.graphql.policy.prepared import DocumentCache
from service.graphql.sessions.access_token import IssueAccessTokenResult, issue_access_token
from service.graphql.sessions.list_sessions import list_sessions
from service.graphql.sessions.revoke_session import revoke_session
from service.graphql.sessions.types import LogoutResult, Session
from service.graphql.two_factor.begin_totp_setup import begin_totp_setup
from service.graphql.two_factor.complete_login import complete_login
from service.graphql.two_factor.confirm_totp_setup import confirm_totp_setup
from service.graphql.two_factor.disable_two_factor import disable_two_factor
from service.graphql.two_factor.regenerate_recovery_codes import regenerate_recovery_codes
from service.graphql.two_factor.types import (
    DisableTwoFactorResult,
    RecoveryCodesResult,
    TotpSetupResult,
)
from service.graphql.users.change_password import change_password
from service.graphql.users.delete_account import delete_account
from service.graphql.users.register_user import register_user
from service.graphql.users.set_password import set_password
from service.graphql.users.types import (
    ChangePasswordResult,
    DeleteAccountResult,
    RegisterUserResult,
    SetPasswordResult,
    UpdateUserResult,
)
from service.graphql.users.update_user import update_user
from service.graphql.users.user import User

logger = logging.getLogger("service.graphql")
SUGGESTION = "Did you mean"
# The fields that need a signed-in caller: each resolver reads it from ``Context.caller``.
SIGNED_IN: list[type[BasePermission]] = [SignedIn]


@strawberry.type
class Query(ExternalQuery):
    me: User | None = strawberry.field(
        resolver=me, description="The caller; null without a valid session."
    )
    sessions: list[Session] = strawberry.field(
        resolver=list_sessions,
        permission_classes=SIGNED_IN,
        description="The caller's active sessions.",
    )
    security_events: SecurityEventConnection = strawberry.field(
        resolver=security_events,
        permission_classes=SIGNED_IN,
        description="The caller's own security events, newest first (Relay-style pages).",
    )
    passkeys: list[Passkey] = strawberry.field(
        resolver=list_passkeys,
        permission_classes=SIGNED_IN,
        description="The caller's passkeys, oldest first.",
    )


@strawberry.type
class Mutation(ExternalMutation):
    register_user: RegisterUserResult = strawberry.mutation(resolver=register_user)
    login: LoginResult = strawberry.mutation(
        resolver=login, description="Every login issues a new session token."
    )
    logout: LogoutResult = strawberry.mutation(
        resolver=logout,
        permission_classes=SIGNED_IN,
        description="Revokes the session of this request's token.",
    )
    logout_all: LogoutResult = strawberry.mutation(
        resolver=logout_all,
        permission_classes=SIGNED_IN,
        description="Revokes every session of the caller.",
    )
    update_user: UpdateUserResult = strawberry.mutation(
        resolver=update_user, permission_classes=SIGNED_IN
    )
    change_password: ChangePasswordResult = strawberry.mutation(
        resolver=change_password,
        permission_classes=SIGNED_IN,
        description="Returns a fresh session and revokes all the caller's other sessions.",
    )
    revoke_session: LogoutResult = strawberry.mutation(
        resolver=revoke_session,
        permission_classes=SIGNED_IN,
        description="Revokes one of the caller's own sessions.",
    )
    issue_access_token: IssueAccessTokenResult = strawberry.mutation(
        resolver=issue_access_token,
        permission_classes=SIGNED_IN,
        description="A short-lived JWT naming the caller, for another service.",
    )
    request_email_verification: CodeSentResult = strawberry.mutation(
        resolver=request_email_verification,
        permission_classes=SIGNED_IN,
        description="Sends a new code to the caller's email (the previous one stops working).",
    )
    verify_email: VerifyEmailResult = strawberry.mutation(
        resolver=verify_email, description="No session needed: the code is the proof."
    )
    request_password_reset: CodeSentResult = strawberry.mutation(
        resolver=request_password_reset,
        description="Answers the same CodeSent whether or not the address has an account.",
    )
    request_login_code: CodeSentResult = strawberry.mutation(
        resolver=request_login_code,
        description="Mails a sign-in code; answers the same CodeSent whether or not the address "
        "has an account.",
    )
    login_with_code: LoginResult = strawberry.mutation(
        resolver=login_with_code,
        description="Signs in with the mailed code (method EMAIL_CODE); two-factor still applies.",
    )
    reset_password: ResetPasswordResult = strawberry.mutation(
        resolver=reset_password,
        description="Sets the password, revokes every session and returns a fresh one.",
    )
    confirm_email_change: UpdateUserResult = strawberry.mutation(
        resolver=confirm_email_change,
        permission_classes=SIGNED_IN,
        description="The code sent to pendingEmail makes it the email.",
    )
    delete_account: DeleteAccountResult = strawberry.mutation(
        resolver=delete_account,
        permission_classes=SIGNED_IN,
        description="Deletes the caller's account, sessions, codes and image for good.",
    )
    begin_totp_setup: TotpSetupResult = strawberry.mutation(
        resolver=begin_totp_setup,
        permission_classes=SIGNED_IN,
        description="A new TOTP secret, shown once; nothing is enabled before confirmTotpSetup.",
    )
    confirm_totp_setup: RecoveryCodesResult = strawberry.mutation(
        resolver=confirm_totp_setup,
        permission_classes=SIGNED_IN,
        description="A current code turns TOTP on; answers ten recovery codes, shown once.",
    )
    disable_two_factor: DisableTwoFactorResult = strawberry.mutation(
        resolver=disable_two_factor,
        permission_classes=SIGNED_IN,
        description="The password and a current TOTP or recovery code turn two-factor off.",
    )
    regenerate_recovery_codes: RecoveryCodesResult = strawberry.mutation(
        resolver=regenerate_recovery_codes,
        permission_classes=SIGNED_IN,
        description="New recovery codes (the password is checked); the old ones stop working.",
    )
    complete_login: LoginResult = strawberry.mutation(
        resolver=complete_login,
        description="No session needed: the challenge of TwoFactorRequired is the proof.",
    )
    begin_passkey_registration: PasskeyOptionsResult = strawberry.mutation(
        resolver=begin_passkey_registration,
        permission_classes=SIGNED_IN,
        description="Creation options for navigator.credentials.create(), for the caller.",
    )
    finish_passkey_registration: AddPasskeyResult = strawberry.mutation(
        resolver=finish_passkey_registration,
        permission_classes=SIGNED_IN,
        description="Adds the passkey the browser created for the challenge.",
    )
    begin_passkey_login: PasskeyOptionsResult = strawberry.mutation(
        resolver=begin_passkey_login,
        description="Request options for navigator.credentials.get(); no session needed.",
    )
    finish_passkey_login: LoginResult = strawberry.mutation(
        resolver=finish_passkey_login,
        description="Logs in with the browser's answer: no password, both factors at once.",
    )
    remove_passkey: RemovePasskeyResult = strawberry.mutation(
        resolver=remove_passkey,
        permission_classes=SIGNED_IN,
        description="Removes one of the caller's passkeys (privileged; never the account's "
        "last way in).",
    )
    reauthenticate: ReauthenticateResult = strawberry.mutation(
        resolver=reauthenticate,
        permission_classes=SIGNED_IN,
        description="A fresh, full proof: the session is privileged for the re-authentication "
        "window.",
    )
    begin_passkey_reauthentication: PasskeyOptionsResult = strawberry.mutation(
        resolver=begin_passkey_reauthentication,
        permission_classes=SIGNED_IN,
        description="Request options for one of the caller's passkeys, for reauthenticate.",
    )
    set_password: SetPasswordResult = strawberry.mutation(
        resolver=set_password,
        permission_classes=SIGNED_IN,
        description="A password for the account (privileged); every other session ends.",
    )


FOUND = re.compile(r",? [Ff]ound: .*$", re.DOTALL)


class AccountsSchema(strawberry.Schema):
    # Prepares trusted documents at start-up (``service.graphql.trusted``); none without settings.
    document_cache: DocumentCache | None = None

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
            # a variable refused by its type: graphql-core quotes the value it was sent, which
            # may hold a password; the client knows what it sent
            if FOUND.search(error.message):
                message = FOUND.sub("", error.message).rstrip(",")
                error.message = message if message.endswith((".", "?", "!")) else message + "."
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
    extensions, cache = build_extensions(settings, should_mask) if settings else ([], None)
    schema = AccountsSchema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        config=StrawberryConfig(
            # Suggestions reveal the schema, so they follow the introspection switch.
            disable_field_suggestions=settings is not None and not settings.introspection_enabled
        ),
    )
    schema.document_cache = cache
    return schema


def export_sdl() -> str:
    return build_schema().as_str() + "\n"
