"""The external-provider fields of Query and Mutation (``graphql.schema`` inherits them)."""

from __future__ import annotations

import strawberry
from strawberry.permission import BasePermission

from service.graphql.auth.types import LoginResult
from service.graphql.external.link import (
    begin_external_link,
    complete_external_link,
    unlink_external_identity,
)
from service.graphql.external.login import begin_external_login, complete_external_login
from service.graphql.external.providers import external_providers
from service.graphql.external.types import (
    BeginExternalLoginResult,
    ExternalProvider,
    LinkExternalResult,
    UnlinkExternalResult,
)
from service.graphql.permissions import SignedIn

SIGNED_IN: list[type[BasePermission]] = [SignedIn]


@strawberry.type
class ExternalQuery:
    external_providers: list[ExternalProvider] = strawberry.field(
        resolver=external_providers,
        description="The external identity providers people may sign in with; no session needed.",
    )


@strawberry.type
class ExternalMutation:
    begin_external_login: BeginExternalLoginResult = strawberry.mutation(
        resolver=begin_external_login,
        description="Starts a sign-in with an external provider: send the browser to "
        "authorizationUrl, keep flowId.",
    )
    complete_external_login: LoginResult = strawberry.mutation(
        resolver=complete_external_login,
        description="Signs in with the provider's handoff and the flowId (method EXTERNAL); "
        "a new verified email creates an account, an email an account has is never linked "
        "automatically; two-factor still applies.",
    )
    begin_external_link: BeginExternalLoginResult = strawberry.mutation(
        resolver=begin_external_link,
        permission_classes=SIGNED_IN,
        description="Starts linking an external identity to the caller's account (privileged).",
    )
    complete_external_link: LinkExternalResult = strawberry.mutation(
        resolver=complete_external_link,
        permission_classes=SIGNED_IN,
        description="Links the identity the provider's handoff names to the caller's account.",
    )
    unlink_external_identity: UnlinkExternalResult = strawberry.mutation(
        resolver=unlink_external_identity,
        permission_classes=SIGNED_IN,
        description="Removes a linked identity (privileged); never the account's last way in.",
    )
