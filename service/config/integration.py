"""Other services: access tokens (JWTs) they verify with the published keys."""

from __future__ import annotations

import base64
import binascii
from datetime import timedelta
from typing import Annotated, ClassVar, Literal, Self

import httpx
from pydantic import BaseModel, BeforeValidator, Field, SecretStr, field_validator, model_validator

from service.config.types import CommaList, PositiveDuration, empty_is_unset

WEBHOOK_SECRET_PREFIX = "whsec_"  # noqa: S105 - the prefix, not a secret
URL_MAX = 320  # the outbox's recipient column


class IntegrationSettings(BaseModel):
    """Other services trust who is calling: `GET /auth/check` for gateways, short-lived
    access tokens (`issueAccessToken`) they verify against `/.well-known/jwks.json`, and signed
    webhooks (Standard Webhooks) telling them when accounts change. See
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
    webhook_urls: CommaList = Field(
        default_factory=list,
        description="comma-separated http(s) URLs each account event is POSTed to (Standard "
        "Webhooks), through the outbox and the courier with mail's retries; none: no webhooks",
    )
    webhook_secret: Annotated[SecretStr | None, BeforeValidator(empty_is_unset)] = Field(
        None,
        description="the `whsec_…` secret webhooks are signed with (base64 after the prefix, at "
        "least 24 bytes); required with `ACCOUNTS_WEBHOOK_URLS`",
    )
    webhook_timeout: PositiveDuration = Field(
        timedelta(seconds=10),
        description="how long a webhook endpoint may take to answer before the delivery is retried",
    )

    @field_validator("webhook_urls")
    @classmethod
    def _urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("https://", "http://")) or len(url) > URL_MAX:
                raise ValueError(f"must be http(s) URLs of at most {URL_MAX} characters: {url!r}")
            try:
                parsed = httpx.URL(url)
                usable = bool(parsed.host) and (parsed.port or 1) <= 65535
                # the client refuses what it cannot send to: try it here, not at delivery
                httpx.Request("POST", parsed)
            except (httpx.InvalidURL, ValueError, TypeError):
                usable = False
            if not usable:
                raise ValueError(f"is not a URL a request can be sent to: {url!r}")
        return urls

    @field_validator("webhook_secret")
    @classmethod
    def _secret(cls, secret: SecretStr | None) -> SecretStr | None:
        if secret is None:
            return None
        value = secret.get_secret_value()
        if not value.startswith(WEBHOOK_SECRET_PREFIX):
            raise ValueError(f"must start with {WEBHOOK_SECRET_PREFIX}")
        try:
            key = base64.b64decode(value[len(WEBHOOK_SECRET_PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("must be base64 after whsec_") from None
        if len(key) < 24:
            raise ValueError("must hold at least 24 bytes (32 characters of base64)")
        return secret

    @model_validator(mode="after")
    def _secret_with_urls(self) -> Self:
        if self.webhook_urls and self.webhook_secret is None:
            raise ValueError("ACCOUNTS_WEBHOOK_URLS needs ACCOUNTS_WEBHOOK_SECRET (whsec_…)")
        return self
