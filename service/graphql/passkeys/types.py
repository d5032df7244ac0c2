"""GraphQL types, inputs and unions of the passkey operations (WebAuthn)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from service.db.models import Passkey as PasskeyRow
from service.graphql.auth.types import EmailNotVerified
from service.graphql.results import (
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
    ValidationError,
)


@strawberry.type(description="A passkey (WebAuthn credential) that can log in to the account.")
class Passkey:
    id: strawberry.ID
    name: str
    created_at: datetime
    last_used_at: datetime | None

    @classmethod
    def from_row(cls, row: PasskeyRow) -> Passkey:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
        )


@strawberry.type(
    description="WebAuthn options for navigator.credentials.create() or .get(), and the "
    "challenge they carry: send challengeId back with the browser's answer."
)
class PasskeyOptions:
    challenge_id: strawberry.ID
    options_json: str = strawberry.field(
        description="The options as JSON text (base64url for binary values), e.g. for "
        "PublicKeyCredential.parseCreationOptionsFromJSON()."
    )


@strawberry.type
class PasskeyAdded:
    passkey: Passkey


@strawberry.type
class PasskeyRemoved:
    message: str


@strawberry.input
class FinishPasskeyRegistrationInput:
    challenge_id: strawberry.ID
    credential_json: str = strawberry.field(
        description="JSON of the PublicKeyCredential navigator.credentials.create() gave "
        "(credential.toJSON())."
    )
    name: str | None = strawberry.field(
        default=None, description="What to call it (at most 64 characters); `Passkey` if omitted."
    )


@strawberry.input
class BeginPasskeyLoginInput:
    identifier: str | None = strawberry.field(
        default=None,
        description="Email or username; omitted: the browser offers discoverable credentials.",
    )


@strawberry.input
class FinishPasskeyLoginInput:
    challenge_id: strawberry.ID
    credential_json: str = strawberry.field(
        description="JSON of the PublicKeyCredential navigator.credentials.get() gave "
        "(credential.toJSON())."
    )
    device_token: str | None = strawberry.field(
        default=None,
        description="The `deviceToken` an earlier login on this device answered, if any.",
    )


PasskeyOptionsResult = Annotated[
    PasskeyOptions | RateLimited | ReauthenticationRequired | EmailNotVerified,
    strawberry.union("PasskeyOptionsResult"),
]
AddPasskeyResult = Annotated[
    PasskeyAdded | ValidationError | InvalidCode | ReauthenticationRequired | EmailNotVerified,
    strawberry.union("AddPasskeyResult"),
]
RemovePasskeyResult = Annotated[
    PasskeyRemoved | InvalidCredentials | ReauthenticationRequired | ValidationError,
    strawberry.union("RemovePasskeyResult"),
]
