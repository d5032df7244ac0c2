"""A provider's documents (``ProviderClient.metadata``, ``key_set``, ``_get_json``) against
answers made here: what counts as the configured issuer's discovery document, how long it and
the keys are kept, and what counts as the provider being unavailable."""

from __future__ import annotations

import json
from dataclasses import replace

import httpx2
import pytest
from joserfc.jwk import RSAKey

from service.accounts.external import provider as provider_module
from service.accounts.external.provider import ProviderClient
from service.accounts.external.values import ProviderUnavailable
from service.config.external import OidcProvider
from tests.conftest import make_settings

ISSUER = "https://id.example"
KEY = RSAKey.generate_key(2048, parameters={"kid": "k1"})
DISCOVERY = {
    "issuer": ISSUER,
    "authorization_endpoint": f"{ISSUER}/auth",
    "token_endpoint": f"{ISSUER}/token",
    "jwks_uri": f"{ISSUER}/jwks",
}


class Provider:
    """Answers by path; counts what was asked."""

    def __init__(self, **answers) -> None:
        self.answers = {
            "/.well-known/openid-configuration": (200, DISCOVERY),
            "/jwks": (200, {"keys": [KEY.as_dict(private=False)]}),
            **answers,
        }
        self.asked: list[str] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.asked.append(request.url.path)
        status, body = self.answers[request.url.path]
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return httpx2.Response(status, content=content)


@pytest.fixture
def served(monkeypatch):
    def serve(provider: Provider, **settings) -> ProviderClient:
        real = httpx2.AsyncClient

        def client(**kwargs):
            return real(transport=httpx2.MockTransport(provider), **kwargs)

        monkeypatch.setattr(provider_module.httpx2, "AsyncClient", client)
        configured = OidcProvider("acme", "Acme", "c", "s", "openid", ISSUER)
        return ProviderClient(configured, make_settings("sqlite+aiosqlite:///:memory:", **settings))

    return serve


async def test_the_discovery_document_is_read_once_and_kept(served):
    provider = Provider()
    made = served(provider)
    assert (await made.metadata())["token_endpoint"] == f"{ISSUER}/token"
    assert (await made.metadata())["issuer"] == ISSUER
    assert provider.asked == ["/.well-known/openid-configuration"]
    assert (await made.key_set()).get_by_kid("k1") is not None
    await made.key_set()
    assert provider.asked == ["/.well-known/openid-configuration", "/jwks"]


async def test_documents_past_their_lifetime_are_read_again(served, monkeypatch):
    provider = Provider()
    made = served(provider, oidc_metadata_ttl=60)
    now = [1000.0]
    monkeypatch.setattr(provider_module.time, "monotonic", lambda: now[0])
    await made.metadata()
    await made.key_set()
    now[0] += 59
    await made.metadata()
    await made.key_set()
    assert provider.asked == ["/.well-known/openid-configuration", "/jwks"]
    now[0] += 2
    await made.metadata()
    await made.key_set()
    assert provider.asked.count("/.well-known/openid-configuration") == 2
    assert provider.asked.count("/jwks") == 2


async def test_an_unknown_key_reads_the_keys_again_at_most_once_a_minute(served, monkeypatch):
    provider = Provider()
    made = served(provider)
    now = [1000.0]
    monkeypatch.setattr(provider_module.time, "monotonic", lambda: now[0])
    await made.key_set()
    await made.key_set(refresh=True)  # read just now: not again
    assert provider.asked.count("/jwks") == 1
    now[0] += provider_module.KEYS_REFRESH + 1
    await made.key_set(refresh=True)
    assert provider.asked.count("/jwks") == 2


@pytest.mark.parametrize(
    "answers",
    [
        {
            "/.well-known/openid-configuration": (
                200,
                {**DISCOVERY, "issuer": "https://evil.example"},
            )
        },
        {"/.well-known/openid-configuration": (200, {**DISCOVERY, "jwks_uri": None})},
        {"/.well-known/openid-configuration": (200, {**DISCOVERY, "token_endpoint": 5})},
        {"/.well-known/openid-configuration": (200, ["not", "a", "document"])},
        {"/.well-known/openid-configuration": (503, DISCOVERY)},
        {"/.well-known/openid-configuration": (200, b"<html>not json</html>")},
        {"/.well-known/openid-configuration": (200, {**DISCOVERY, "pad": "x" * 600 * 1024})},
    ],
)
async def test_a_discovery_document_that_is_not_the_issuers_is_unavailable(served, answers):
    made = served(Provider(**answers))
    with pytest.raises(ProviderUnavailable):
        await made.metadata()


URL = f"{ISSUER}/.well-known/openid-configuration"


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            {**DISCOVERY, "issuer": "https://evil.example"},
            f"{URL}: not the discovery document of {ISSUER}",
        ),
        ({**DISCOVERY, "jwks_uri": None}, f"{URL}: no jwks_uri"),
    ],
)
async def test_what_an_unusable_discovery_document_says(served, answer, said):
    made = served(Provider(**{"/.well-known/openid-configuration": (200, answer)}))
    with pytest.raises(ProviderUnavailable) as caught:
        await made.metadata()
    assert str(caught.value) == said


async def test_an_issuer_with_a_trailing_slash_has_its_document_at_the_same_address(served):
    slashed = {**DISCOVERY, "issuer": ISSUER + "/"}
    provider = Provider(**{"/.well-known/openid-configuration": (200, slashed)})
    made = served(provider)
    made.provider = replace(made.provider, issuer=ISSUER + "/")
    assert (await made.metadata())["issuer"] == ISSUER + "/"
    assert provider.asked == ["/.well-known/openid-configuration"]


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        ((200, {"nokeys": []}), "the provider's keys are not a JWK set"),
        ((200, {"keys": "k"}), "the provider's keys are not a JWK set"),
        ((200, {"keys": [{"kty": "nonsense"}]}), "the provider's keys cannot be read"),
        ((500, {}), f"{ISSUER}/jwks: HTTP 500"),
        ((200, b"{not json"), f"{ISSUER}/jwks: not JSON"),
    ],
)
async def test_keys_that_cannot_be_read_are_unavailable(served, keys, said):
    made = served(Provider(**{"/jwks": keys}))
    with pytest.raises(ProviderUnavailable) as caught:
        await made.key_set()
    assert str(caught.value) == said


async def test_keys_are_kept_for_their_lifetime_without_being_asked_to_refresh(served, monkeypatch):
    """Asked plainly, the keys are read again only once their lifetime is over, however long
    since the last read (a refresh is what an unknown key asks for)."""
    provider = Provider()
    made = served(provider, oidc_metadata_ttl=3600)
    now = [1000.0]
    monkeypatch.setattr(provider_module.time, "monotonic", lambda: now[0])
    await made.key_set()
    now[0] += provider_module.KEYS_REFRESH * 5
    await made.key_set()
    assert provider.asked.count("/jwks") == 1
    now[0] = 1000.0 + 3600  # the very end of the lifetime
    await made.key_set()
    assert provider.asked.count("/jwks") == 2
    now[0] += provider_module.KEYS_REFRESH  # exactly a minute since: a refresh may read again
    await made.key_set(refresh=True)
    assert provider.asked.count("/jwks") == 3


async def test_the_discovery_document_is_read_again_at_the_very_end_of_its_lifetime(
    served, monkeypatch
):
    provider = Provider()
    made = served(provider, oidc_metadata_ttl=60)
    now = [1000.0]
    monkeypatch.setattr(provider_module.time, "monotonic", lambda: now[0])
    await made.metadata()
    now[0] += 60
    await made.metadata()
    assert provider.asked == ["/.well-known/openid-configuration"] * 2


async def test_an_issuers_path_is_kept_as_it_is(served):
    realm = ISSUER + "/realmX"
    document = {**DISCOVERY, "issuer": realm}
    provider = Provider(**{"/realmX/.well-known/openid-configuration": (200, document)})
    made = served(provider)
    made.provider = replace(made.provider, issuer=realm)
    assert (await made.metadata())["issuer"] == realm


async def test_a_document_of_the_largest_size_taken_is_read(served):
    empty = json.dumps({**DISCOVERY, "pad": ""}).encode()
    pad = "x" * (provider_module.MAX_DOCUMENT_BYTES - len(empty))
    largest = json.dumps({**DISCOVERY, "pad": pad}).encode()
    assert len(largest) == provider_module.MAX_DOCUMENT_BYTES
    made = served(Provider(**{"/.well-known/openid-configuration": (200, largest)}))
    assert (await made.metadata())["pad"] == pad


class Guarded(Provider):
    """Answers ``/me`` only with the access token ``at-1``."""

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/me" and request.headers.get("Authorization") != "Bearer at-1":
            return httpx2.Response(401)
        return super().__call__(request)


async def test_user_info_is_asked_with_the_access_token(served):
    info = {"sub": "s-1", "email": "info@example.com", "email_verified": True}
    discovery = {**DISCOVERY, "userinfo_endpoint": f"{ISSUER}/me"}
    made = served(
        Guarded(**{"/.well-known/openid-configuration": (200, discovery), "/me": (200, info)})
    )
    found = await made._with_userinfo({"sub": "s-1"}, "at-1")
    assert found["email"] == "info@example.com"


async def test_a_provider_that_cannot_be_reached_is_named_with_the_failure(served):
    def refused(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused", request=request)

    made = served(refused)
    with pytest.raises(ProviderUnavailable) as caught:
        await made.metadata()
    assert str(caught.value) == f"{URL}: ConnectError"
