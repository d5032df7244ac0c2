"""GraphQL types, inputs and unions of sign-in with external identity providers."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from service.db.models import ExternalIdentity as ExternalIdentityRow
from service.graphql.results import RateLimited, ReauthenticationRequired, ValidationError


@strawberry.type(description="An account at an external provider that signs in to this one.")
class ExternalIdentity:
    id: strawberry.ID
    provider: str = strawberry.field(description="The provider's name (ExternalProvider.id).")
    subject: str = strawberry.field(description="The account's id at the provider.")
    email: str | None = strawberry.field(description="Its email, as the provider gave it.")
    linked_at: datetime

    @classmethod
    def from_row(cls, row: ExternalIdentityRow) -> ExternalIdentity:
        return cls(
            id=strawberry.ID(str(row.id)),
            provider=row.provider,
            subject=row.subject,
            email=row.email,
            linked_at=row.linked_at,
        )


@strawberry.type(description="A provider people may sign in with.")
class ExternalProvider:
    id: str = strawberry.field(description="Its name: the `provider` of beginExternalLogin.")
    display_name: str


@strawberry.type(
    description="Send the browser to authorizationUrl and keep flowId: the provider comes "
    "back to returnTo with #handoff=… (or #error=…), which goes with flowId to "
    "completeExternalLogin (or completeExternalLink)."
)
class ExternalLoginStarted:
    flow_id: strawberry.ID
    authorization_url: str


@strawberry.type
class ExternalIdentityLinked:
    identity: ExternalIdentity


@strawberry.type
class ExternalIdentityUnlinked:
    message: str


@strawberry.input
class BeginExternalLoginInput:
    provider: str = strawberry.field(description="An ExternalProvider.id.")
    return_to: str = strawberry.field(
        description="The page the provider sends the browser back to: at the origin of "
        "ACCOUNTS_PUBLIC_URL or of a listed CORS origin."
    )


@strawberry.input
class CompleteExternalLoginInput:
    flow_id: strawberry.ID
    handoff: str = strawberry.field(description="The value of #handoff= on returnTo.")
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` an earlier sign-in on this device answered, if any.",
    )


BeginExternalLoginResult = Annotated[
    ExternalLoginStarted | ValidationError | RateLimited | ReauthenticationRequired,
    strawberry.union("BeginExternalLoginResult"),
]
LinkExternalResult = Annotated[
    ExternalIdentityLinked | ValidationError | ReauthenticationRequired,
    strawberry.union("LinkExternalResult"),
]
UnlinkExternalResult = Annotated[
    ExternalIdentityUnlinked | ValidationError | ReauthenticationRequired,
    strawberry.union("UnlinkExternalResult"),
]
