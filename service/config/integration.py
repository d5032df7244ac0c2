"""Other services: access tokens (JWTs) they verify with the published keys."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from service.config.types import CommaList, PositiveDuration


class IntegrationSettings(BaseModel):
    """Other services trust who is calling: `GET /auth/check` for gateways, and short-lived
    access tokens (`issueAccessToken`) they verify against `/.well-known/jwks.json`. See
    [Using accounts from other services](../README.md#using-accounts-from-other-services)."""

    TITLE: ClassVar[str] = "Other services"

    access_token_audiences: CommaList = Field(
        default_factory=list,
        description="comma-separated audiences `issueAccessToken` may name (the services that "
        "accept its tokens); none: it issues no token",
    )
    access_token_ttl: PositiveDuration = Field(
        timedelta(minutes=5),
        description="lifetime of an access token (ending the session cannot recall one: "
        "this is the bound)",
    )
    access_token_algorithm: Literal["EdDSA", "ES256"] = Field(
        "EdDSA",
        description="signature of access tokens: `EdDSA` (Ed25519) or `ES256` (P-256); a change "
        "takes effect at the next `accounts keys rotate`",
    )
