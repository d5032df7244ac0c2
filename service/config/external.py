"""Settings of sign-in with external identity providers (OpenID Connect, GitHub).

``ACCOUNTS_OIDC_PROVIDERS`` names the providers; each one's own variables
(``ACCOUNTS_OIDC_<NAME>_ISSUER`` and the rest, ``PROVIDER_VARIABLES``) are read from the
environment and the ``.env`` file by ``oidc_providers`` when the service starts, and a
provider without what it needs stops it with a line naming the variable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, Field, field_validator

from service.config.errors import ConfigurationError
from service.config.types import CommaList, PositiveDuration

NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
# Issuers of the well-known providers, used when a provider of that name sets none.
KNOWN_ISSUERS = {
    "google": "https://accounts.google.com",
    "microsoft": "https://login.microsoftonline.com/common/v2.0",
}
KNOWN_NAMES = {"google": "Google", "microsoft": "Microsoft", "github": "GitHub"}
GITHUB = "github"  # plain OAuth 2.0 with its user and emails API, unless an issuer is set
DEFAULT_SCOPES = "openid email profile"
GITHUB_SCOPES = "read:user user:email"

PROVIDER_VARIABLES = (
    (
        "ACCOUNTS_OIDC_<NAME>_ISSUER",
        "required (`google`, `microsoft`: their issuer; `github`: none, a preset)",
        "the provider's issuer URL: its `/.well-known/openid-configuration` is read",
    ),
    ("ACCOUNTS_OIDC_<NAME>_CLIENT_ID", "required", "the client id registered at the provider"),
    (
        "ACCOUNTS_OIDC_<NAME>_CLIENT_SECRET",
        "required",
        "the client secret registered at the provider (sent with HTTP Basic)",
    ),
    (
        "ACCOUNTS_OIDC_<NAME>_SCOPES",
        f"`{DEFAULT_SCOPES}` (`github`: `{GITHUB_SCOPES}`)",
        "the scopes asked for",
    ),
    (
        "ACCOUNTS_OIDC_<NAME>_DISPLAY_NAME",
        "the name, capitalised (`Google`, `Microsoft`, `GitHub`)",
        'what the "Continue with …" button says',
    ),
)


class ExternalSettings(BaseModel):
    """Sign-in with an account at another identity provider: any OpenID Connect issuer (Google,
    Microsoft, your own) and GitHub. Register the redirect URI
    `<ACCOUNTS_PUBLIC_URL>/auth/external/<name>/callback` at the provider. Each provider named
    in `ACCOUNTS_OIDC_PROVIDERS` is configured by the variables below with its name in capitals
    for `<NAME>` (`acme`: ACCOUNTS_OIDC_ACME_ISSUER, ...), read from the environment or `.env`; see
    [Clients](clients.md#external-identity-providers)."""

    TITLE: ClassVar[str] = "External identity providers"
    EXTRA_ROWS: ClassVar[tuple[tuple[str, str, str], ...]] = PROVIDER_VARIABLES

    oidc_providers: CommaList = Field(
        default_factory=list,
        description="comma-separated names of the providers people may sign in with "
        "(lower case: `google,github,acme`); none by default",
    )
    oidc_timeout: PositiveDuration = Field(
        timedelta(seconds=5),
        description="how long a provider may take to answer one request (discovery, keys, "
        "token, user info) before the sign-in answers that it is unavailable",
    )
    oidc_metadata_ttl: PositiveDuration = Field(
        timedelta(hours=1),
        description="how long a provider's discovery document and signing keys are kept "
        "before they are read again (an unknown key id reads them at once)",
    )

    @field_validator("oidc_providers")
    @classmethod
    def _check_names(cls, value: list[str]) -> list[str]:
        names = [name.lower() for name in value]
        for name in names:
            if not NAME.match(name):
                raise ValueError(
                    f"{name!r}: a provider name is a lower-case letter, then letters, digits "
                    "or _ (at most 32)"
                )
        if len(set(names)) != len(names):
            raise ValueError("names a provider twice")
        return names


@dataclass(frozen=True, slots=True)
class OidcProvider:
    """One provider as configured. ``issuer`` is ``None`` for the GitHub preset."""

    name: str
    display_name: str
    client_id: str
    client_secret: str
    scopes: str
    issuer: str | None

    @property
    def is_github(self) -> bool:
        return self.issuer is None


def oidc_providers(
    names: list[str], environ: Mapping[str, str] | None = None, env_file: Path | None = None
) -> dict[str, OidcProvider]:
    """The providers of ``names`` from ``environ`` (the process environment, over the values
    of ``env_file``); a ``ConfigurationError`` naming the first variable missing."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        from dotenv import dotenv_values

        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    providers: dict[str, OidcProvider] = {}
    for name in names:
        prefix = f"ACCOUNTS_OIDC_{name.upper()}_"

        def get(key: str, default: str | None = None, *, prefix: str = prefix) -> str | None:
            value = values.get(prefix + key, "").strip()
            return value or default

        issuer = get("ISSUER", KNOWN_ISSUERS.get(name))
        if issuer is None and name != GITHUB:
            raise ConfigurationError(f"{prefix}ISSUER is required for provider {name!r}")
        if issuer is not None and not issuer.startswith(("https://", "http://")):
            raise ConfigurationError(
                f"{prefix}ISSUER={issuer!r}: must start with https:// (or http:// on loopback)"
            )
        client_id, client_secret = get("CLIENT_ID"), get("CLIENT_SECRET")
        if client_id is None:
            raise ConfigurationError(f"{prefix}CLIENT_ID is required for provider {name!r}")
        if client_secret is None:
            raise ConfigurationError(f"{prefix}CLIENT_SECRET is required for provider {name!r}")
        default_scopes = GITHUB_SCOPES if issuer is None else DEFAULT_SCOPES
        scopes = " ".join(
            (get("SCOPES", default_scopes) or default_scopes).replace(",", " ").split()
        )
        if issuer is not None and "openid" not in scopes.split():
            scopes = f"openid {scopes}"
        providers[name] = OidcProvider(
            name=name,
            display_name=get("DISPLAY_NAME", KNOWN_NAMES.get(name, name.capitalize())) or name,
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            issuer=issuer,
        )
    return providers
