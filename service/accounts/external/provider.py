"""Talking to an identity provider: OpenID Connect (any issuer, by discovery) and GitHub.

Authlib does the OAuth 2.0 protocol (the authorization URL with PKCE S256, the code exchange
with the client's credentials) and the ID token's claims rules (``CodeIDToken``: issuer,
audience, authorised party, expiry, nonce, ``at_hash``); joserfc checks its signature against
the provider's published keys, with asymmetric algorithms only. Discovery and key documents
are kept ``ACCOUNTS_OIDC_METADATA_TTL`` per process, and read again at once (at most every
``KEYS_REFRESH`` seconds) for a key id not among them. Every request to a provider is bounded by
``ACCOUNTS_OIDC_TIMEOUT``; a provider that does not answer in time, or answers with a server
error or nonsense, is ``ProviderUnavailable``, and the sign-in answers so; nothing waits on
it but the sign-in that asked.

GitHub (no issuer configured for ``github``) is plain OAuth 2.0 (``github``): its user API gives the
account's id (the subject) and login, and its emails API the primary address and whether
GitHub verified it.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import httpx2
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from service.accounts.external.github import github_user
from service.accounts.external.values import Asserted, ProviderRefused, ProviderUnavailable
from service.config import Settings
from service.config.external import OidcProvider

ASYMMETRIC = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
ASYMMETRIC_ALGORITHMS = (*ASYMMETRIC, "EdDSA", "Ed25519")
LEEWAY_SECONDS = 60  # clocks of a provider and this service may differ by this much
KEYS_REFRESH = 60.0  # an unknown key id reads the provider's keys again at most this often
GITHUB_AUTHORIZE = "https://github.com/login/oauth/authorize"
GITHUB_TOKEN = "https://github.com/login/oauth/access_token"  # noqa: S105 - a URL
MAX_DOCUMENT_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class Started:
    url: str
    nonce: str
    code_verifier: str


class _Cached:
    def __init__(self) -> None:
        self.value: dict[str, Any] | None = None
        self.until = 0.0
        self.lock = asyncio.Lock()


class ProviderClient:
    """One configured provider, with its discovery and key documents cached."""

    def __init__(self, provider: OidcProvider, settings: Settings) -> None:
        self.provider = provider
        self._timeout = settings.oidc_timeout.total_seconds()
        self._ttl = settings.oidc_metadata_ttl.total_seconds()
        self._metadata = _Cached()
        self._keys = _Cached()
        self._keys_read_at = 0.0
        # One HTTP client for the provider's documents and one OAuth client per redirect URI,
        # made once: making a client loads a TLS context, tens of milliseconds that would
        # otherwise block the event loop on every sign-in.
        self._http = httpx2.AsyncClient(timeout=self._timeout)
        self._oauth: dict[str, AsyncOAuth2Client] = {}

    async def close(self) -> None:
        await self._http.aclose()
        for client in self._oauth.values():
            await client.aclose()
        self._oauth.clear()

    # -- documents ------------------------------------------------------------------------------

    async def _get_json(self, url: str, headers: dict[str, str] | None = None) -> Any:
        try:
            response = await self._http.get(url, headers=headers)
        except httpx2.HTTPError as exc:
            raise ProviderUnavailable(f"{url}: {type(exc).__name__}") from exc
        if response.status_code != 200 or len(response.content) > MAX_DOCUMENT_BYTES:
            raise ProviderUnavailable(f"{url}: HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError as exc:
            raise ProviderUnavailable(f"{url}: not JSON") from exc

    async def metadata(self) -> dict[str, Any]:
        """The provider's discovery document; its ``issuer`` must be the one configured (a
        document of another provider cannot stand in for it)."""
        issuer = self.provider.issuer
        assert issuer is not None
        cached = self._metadata
        async with cached.lock:
            if cached.value is None or time.monotonic() >= cached.until:
                url = issuer.rstrip("/") + "/.well-known/openid-configuration"
                document = await self._get_json(url)
                if not isinstance(document, dict) or not _same_issuer(
                    document.get("issuer"), issuer
                ):
                    raise ProviderUnavailable(f"{url}: not the discovery document of {issuer}")
                for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                    if not isinstance(document.get(key), str):
                        raise ProviderUnavailable(f"{url}: no {key}")
                cached.value, cached.until = document, time.monotonic() + self._ttl
            return cached.value

    async def key_set(self, *, refresh: bool = False) -> KeySet:
        cached = self._keys
        async with cached.lock:
            stale = cached.value is None or time.monotonic() >= cached.until
            fresh_enough = time.monotonic() - self._keys_read_at < KEYS_REFRESH
            if stale or (refresh and not fresh_enough):
                document = await self._get_json((await self.metadata())["jwks_uri"])
                if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
                    raise ProviderUnavailable("the provider's keys are not a JWK set")
                cached.value, cached.until = document, time.monotonic() + self._ttl
                self._keys_read_at = time.monotonic()
            assert cached.value is not None
            try:
                return KeySet.import_key_set(cached.value)  # type: ignore[arg-type]
            except (JoseError, ValueError, TypeError) as exc:
                raise ProviderUnavailable("the provider's keys cannot be read") from exc

    # -- the flow -------------------------------------------------------------------------------

    def _client(self, redirect_uri: str) -> AsyncOAuth2Client:
        """The OAuth client for ``redirect_uri``. It keeps no state of a flow: each flow's
        state, nonce and verifier travel as arguments (the token it last fetched, which
        Authlib keeps, is never used to call the provider)."""
        if redirect_uri not in self._oauth:
            self._oauth[redirect_uri] = AsyncOAuth2Client(
                client_id=self.provider.client_id,
                client_secret=self.provider.client_secret,
                token_endpoint_auth_method="client_secret_basic",  # noqa: S106 - a method's name
                scope=self.provider.scopes,
                redirect_uri=redirect_uri,
                code_challenge_method="S256",
                timeout=self._timeout,
            )
        return self._oauth[redirect_uri]

    async def start(self, redirect_uri: str, state: str) -> Started:
        """The authorization URL to send the browser to, with a fresh nonce and PKCE verifier."""
        nonce, verifier = generate_token(32), generate_token(64)
        endpoint = (
            GITHUB_AUTHORIZE
            if self.provider.is_github
            else (await self.metadata())["authorization_endpoint"]
        )
        extra = {} if self.provider.is_github else {"nonce": nonce}
        url, _ = self._client(redirect_uri).create_authorization_url(
            endpoint, state=state, code_verifier=verifier, **extra
        )
        return Started(url=url, nonce=nonce, code_verifier=verifier)

    async def finish(
        self, redirect_uri: str, code: str, code_verifier: str, nonce: str
    ) -> Asserted:
        """Exchange the authorization code, check what came back, and say who signed in."""
        endpoint = (
            GITHUB_TOKEN if self.provider.is_github else (await self.metadata())["token_endpoint"]
        )
        try:
            token = await self._client(redirect_uri).fetch_token(
                endpoint,
                code=code,
                code_verifier=code_verifier,
                headers={"Accept": "application/json"},
            )
        except httpx2.HTTPError as exc:
            raise ProviderUnavailable(f"token endpoint: {type(exc).__name__}") from exc
        except Exception as exc:  # Authlib's OAuthError and kin: the provider said no
            raise ProviderRefused("token_refused") from exc
        if not isinstance(token, dict) or not isinstance(token.get("access_token"), str):
            raise ProviderRefused("token_refused")
        if self.provider.is_github:
            return await github_user(self._get_json, token["access_token"])
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise ProviderRefused("no_id_token")
        claims = await self.check_id_token(id_token, nonce, token["access_token"])
        if claims.get("email") is None and (await self.metadata()).get("userinfo_endpoint"):
            claims = await self._with_userinfo(claims, token["access_token"])
        return _asserted(claims)

    async def check_id_token(
        self, id_token: str, nonce: str, access_token: str | None = None
    ) -> dict[str, Any]:
        """The ID token's claims once its signature (a key the provider publishes, an
        asymmetric algorithm it announces) and its claims (issuer, audience, expiry, nonce)
        hold; ``ProviderRefused`` otherwise."""
        metadata = await self.metadata()
        announced = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
        algorithms = [a for a in announced if a in ASYMMETRIC_ALGORITHMS]
        if not algorithms:  # none this service accepts (an empty list is joserfc's defaults)
            raise ProviderRefused("bad_signature")
        try:
            decoded = jwt.decode(id_token, await self.key_set(), algorithms=algorithms)
        except JoseError as exc:
            if type(exc).__name__ != "InvalidKeyIdError":
                raise ProviderRefused("bad_signature") from exc
            try:  # keys rotated at the provider: read them again once
                decoded = jwt.decode(
                    id_token, await self.key_set(refresh=True), algorithms=algorithms
                )
            except JoseError as again:
                raise ProviderRefused("bad_signature") from again
        except ValueError as exc:
            raise ProviderRefused("bad_signature") from exc
        issuer = str(metadata["issuer"])
        tenant = decoded.claims.get("tid")
        if "{tenantid}" in issuer:  # Microsoft's multi-tenant issuer: the token's own tenant's
            if not isinstance(tenant, str):
                raise ProviderRefused("invalid_iss")
            issuer = issuer.replace("{tenantid}", tenant)
        # (an ID token's iss, sub, aud, exp and iat are required by CodeIDToken itself)
        options = {"iss": {"value": issuer}, "aud": {"value": self.provider.client_id}}
        params: dict[str, Any] = {"nonce": nonce, "client_id": self.provider.client_id}
        if access_token is not None:
            params["access_token"] = access_token
        claims = CodeIDToken(decoded.claims, decoded.header, options, params)
        try:
            claims.validate(now=int(time.time()), leeway=LEEWAY_SECONDS)
        except JoseError as exc:
            raise ProviderRefused(f"invalid_{getattr(exc, 'claim', None) or 'claims'}") from exc
        if not isinstance(claims.get("sub"), str) or not claims["sub"]:
            raise ProviderRefused("invalid_sub")
        return dict(claims)

    async def _with_userinfo(self, claims: dict[str, Any], access_token: str) -> dict[str, Any]:
        endpoint = (await self.metadata())["userinfo_endpoint"]
        info = await self._get_json(endpoint, {"Authorization": f"Bearer {access_token}"})
        if not isinstance(info, dict) or info.get("sub") != claims["sub"]:
            return claims  # another subject's answer is not this one's
        return {
            **info,
            **claims,
            "email": info.get("email"),
            "email_verified": info.get("email_verified"),
        }


# Microsoft's common endpoints publish a discovery document whose issuer names each token's
# own tenant: ``https://login.microsoftonline.com/{tenantid}/v2.0``.
MICROSOFT_TENANTS = ("common", "organizations", "consumers")


def _same_issuer(published: object, configured: str) -> bool:
    if not isinstance(published, str):
        return False
    if published == configured:
        return True
    return "{tenantid}" in published and any(
        published.replace("{tenantid}", tenant) == configured for tenant in MICROSOFT_TENANTS
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _asserted(claims: dict[str, Any]) -> Asserted:
    return Asserted(
        subject=str(claims["sub"]),
        email=_text(claims.get("email")),
        email_verified=claims.get("email_verified") is True,
        given_name=_text(claims.get("given_name")),
        family_name=_text(claims.get("family_name")),
        preferred_username=_text(claims.get("preferred_username")),
    )
