"""The ID token checks (``ProviderClient.check_id_token``), with tokens signed here: a
provider's discovery document and keys seeded into the client's cache, then tokens that a
real provider would never send, each refused for its own reason."""

from __future__ import annotations

import time

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, OctKey, RSAKey

from service.accounts.external.provider import ProviderClient
from service.accounts.external.values import ProviderRefused
from service.config.external import OidcProvider
from tests.conftest import make_settings

ISSUER = "https://id.example"
CLIENT = "accounts-client"
NONCE = "the-flow-nonce"


def client(keys) -> ProviderClient:
    provider = OidcProvider("acme", "Acme", CLIENT, "secret", "openid email", ISSUER)
    made = ProviderClient(provider, make_settings("sqlite+aiosqlite:///:memory:"))
    made._metadata.value = {
        "issuer": ISSUER,
        "authorization_endpoint": f"{ISSUER}/auth",
        "token_endpoint": f"{ISSUER}/token",
        "jwks_uri": f"{ISSUER}/jwks",
        "id_token_signing_alg_values_supported": ["RS256", "ES256", "HS256", "none"],
    }
    made._metadata.until = made._keys.until = time.monotonic() + 3600
    made._keys.value = {"keys": [key.as_dict(private=False) for key in keys]}
    made._keys_read_at = time.monotonic()
    return made


SIGNING = RSAKey.generate_key(2048, parameters={"kid": "k1", "alg": "RS256", "use": "sig"})
OTHER = RSAKey.generate_key(2048, parameters={"kid": "k1", "alg": "RS256", "use": "sig"})
OTHER_KID = RSAKey.generate_key(2048, parameters={"kid": "k0", "alg": "RS256", "use": "sig"})
UNKNOWN = RSAKey.generate_key(2048, parameters={"kid": "k9", "alg": "RS256", "use": "sig"})


def claims(**changes):
    now = int(time.time())
    values = {
        "iss": ISSUER,
        "sub": "user-1",
        "aud": CLIENT,
        "exp": now + 300,
        "iat": now,
        "nonce": NONCE,
        "email": "ada@example.com",
        "email_verified": True,
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


def signed(key=SIGNING, alg="RS256", **changes) -> str:
    return jwt.encode({"alg": alg, "kid": "k1"}, claims(**changes), key, algorithms=[alg])


async def refused(token: str, nonce: str = NONCE) -> str:
    with pytest.raises(ProviderRefused) as caught:
        await client([SIGNING]).check_id_token(token, nonce)
    return caught.value.reason


async def test_a_good_token_holds():
    checked = await client([SIGNING]).check_id_token(signed(), NONCE)
    assert checked["sub"] == "user-1" and checked["email"] == "ada@example.com"
    listed = await client([SIGNING]).check_id_token(signed(aud=[CLIENT]), NONCE)
    assert listed["sub"] == "user-1"


async def test_a_token_signed_by_another_key_is_refused():
    assert await refused(signed(key=OTHER)) == "bad_signature"
    ec = ECKey.generate_key("P-256", parameters={"kid": "k1"})
    assert await refused(signed(key=ec, alg="ES256")) == "bad_signature"


async def test_symmetric_and_unsigned_tokens_are_refused():
    """HS256 with a key anyone holding the client secret could use, or no signature at all,
    even where the provider's document lists them."""
    secret = OctKey.import_key("s" * 32)
    assert await refused(signed(key=secret, alg="HS256")) == "bad_signature"
    header = "eyJhbGciOiJub25lIn0"  # {"alg":"none"}
    payload = signed().split(".")[1]
    assert await refused(f"{header}.{payload}.") == "bad_signature"


async def test_an_expired_token_is_refused():
    now = int(time.time())
    assert await refused(signed(exp=now - 120, iat=now - 600)) == "invalid_exp"


async def test_a_wrong_nonce_issuer_audience_or_subject_is_refused():
    assert await refused(signed(), nonce="another-flow") == "invalid_nonce"
    assert (await refused(signed(nonce=None))).startswith("invalid_")
    assert await refused(signed(iss="https://evil.example")) == "invalid_iss"
    assert await refused(signed(aud="another-client")) == "invalid_aud"
    assert (await refused(signed(aud=["another-client", CLIENT]))).startswith("invalid_")
    assert (await refused(signed(sub=""))).startswith("invalid_")


async def test_a_tampered_token_is_refused():
    head, _, signature = signed().split(".")
    other = signed(sub="user-2").split(".")[1]
    assert await refused(f"{head}.{other}.{signature}") == "bad_signature"
    assert await refused("not-a-token") == "bad_signature"


async def test_microsofts_multi_tenant_issuer_is_the_tokens_tenant():
    """Microsoft's common endpoint names ``{tenantid}`` in its issuer: a token holds when its
    issuer is that of its own tenant (``tid``), and not when it names another."""
    template = "https://login.microsoftonline.com/{tenantid}/v2.0"
    made = client([SIGNING])
    made._metadata.value = {**made._metadata.value, "issuer": template}
    tenant = "9188040d-6c67-4c5b-b112-36a304b66dad"
    own = template.replace("{tenantid}", tenant)
    checked = await made.check_id_token(signed(iss=own, tid=tenant), NONCE)
    assert checked["tid"] == tenant
    with pytest.raises(ProviderRefused):
        await made.check_id_token(signed(iss=own, tid="another-tenant"), NONCE)
    with pytest.raises(ProviderRefused):
        await made.check_id_token(signed(iss=template, tid=tenant), NONCE)


def test_which_discovery_documents_are_the_configured_issuers():
    from service.accounts.external.provider import _same_issuer

    assert _same_issuer(ISSUER, ISSUER)
    assert not _same_issuer("https://evil.example", ISSUER) and not _same_issuer(None, ISSUER)
    common = "https://login.microsoftonline.com/common/v2.0"
    template = "https://login.microsoftonline.com/{tenantid}/v2.0"
    assert _same_issuer(template, common)
    assert not _same_issuer(template, "https://login.microsoftonline.com/other/v2.0")
    assert not _same_issuer("https://evil.example/{tenantid}/v2.0", common)


async def test_an_email_missing_from_the_id_token_is_read_from_user_info():
    """Some providers put the email only in the user info: it is asked for with the access
    token, and taken only when the answer is about the same subject."""
    made = client([SIGNING])
    made._metadata.value = {**made._metadata.value, "userinfo_endpoint": f"{ISSUER}/me"}
    asked = []

    async def get_json(url, headers=None):
        asked.append((url, headers))
        return answer

    made._get_json = get_json  # type: ignore[method-assign]
    claims = {"sub": "user-1", "iss": ISSUER, "name": "Ada"}
    answer = {"sub": "user-1", "email": "ada@example.com", "email_verified": True, "x": 1}
    merged = await made._with_userinfo(claims, "at-123")
    assert asked == [(f"{ISSUER}/me", {"Authorization": "Bearer at-123"})]
    assert merged["email"] == "ada@example.com" and merged["email_verified"] is True
    assert merged["iss"] == ISSUER and merged["name"] == "Ada" and merged["x"] == 1
    answer = {"sub": "someone-else", "email": "eve@example.com", "email_verified": True}
    assert await made._with_userinfo(claims, "at-123") == claims
    answer = ["not", "an", "object"]
    assert await made._with_userinfo(claims, "at-123") == claims
    # the user info's own claims never replace the ID token's
    answer = {"sub": "user-1", "iss": "https://evil.example", "email": "ada@example.com"}
    merged = await made._with_userinfo(claims, "at-123")
    assert merged["iss"] == ISSUER and merged["email_verified"] is None


EC = ECKey.generate_key("P-256", parameters={"kid": "e1", "alg": "ES256", "use": "sig"})


def ec_signed(**changes) -> str:
    return jwt.encode({"alg": "ES256", "kid": "e1"}, claims(**changes), EC, algorithms=["ES256"])


async def test_only_the_algorithms_the_provider_announces_are_accepted():
    """A key the provider publishes signs with an algorithm it announces, or not at all; with
    nothing announced, RS256 (the discovery specification's default) alone."""
    made = client([SIGNING, EC])
    assert (await made.check_id_token(ec_signed(), NONCE))["sub"] == "user-1"
    for announced in (["RS256"], None):
        made._metadata.value = {
            **made._metadata.value,
            "id_token_signing_alg_values_supported": announced,
        }
        with pytest.raises(ProviderRefused) as caught:
            await made.check_id_token(ec_signed(), NONCE)
        assert caught.value.reason == "bad_signature"
        assert (await made.check_id_token(signed(), NONCE))["sub"] == "user-1"
    made._metadata.value = {
        **made._metadata.value,
        "id_token_signing_alg_values_supported": ["ES256"],
    }
    assert (await made.check_id_token(ec_signed(), NONCE))["sub"] == "user-1"
    with pytest.raises(ProviderRefused):
        await made.check_id_token(signed(), NONCE)


async def test_keys_rotated_at_the_provider_are_read_again_once():
    """A token names a key the client has not seen: the keys are read again (once), and the
    token holds with the new key; a key that is still unknown then is a bad signature."""
    made = client([OTHER_KID])
    reads = []

    async def get_json(url, headers=None):
        reads.append(url)
        return {"keys": [SIGNING.as_dict(private=False)]}

    made._get_json = get_json  # type: ignore[method-assign]
    made._keys_read_at = 0.0  # read long ago: a refresh is allowed
    assert (await made.check_id_token(signed(), NONCE))["sub"] == "user-1"
    assert reads == [f"{ISSUER}/jwks"]
    with pytest.raises(ProviderRefused) as caught:
        await made.check_id_token(
            jwt.encode({"alg": "RS256", "kid": "k9"}, claims(), UNKNOWN, algorithms=["RS256"]),
            NONCE,
        )
    assert caught.value.reason == "bad_signature"
    assert reads == [f"{ISSUER}/jwks"]  # not again within the minute


async def test_the_issuer_and_audience_must_be_there_and_the_access_tokens_hash_right():
    for missing, reason in (("iss", "invalid_iss"), ("aud", "invalid_aud")):
        assert await refused(signed(**{missing: None})) == reason
    template = "https://login.microsoftonline.com/{tenantid}/v2.0"
    made = client([SIGNING])
    made._metadata.value = {**made._metadata.value, "issuer": template}
    with pytest.raises(ProviderRefused) as caught:  # no tenant in the token: not that issuer
        await made.check_id_token(signed(iss=template), NONCE)
    assert caught.value.reason == "invalid_iss"
    made = client([SIGNING])
    wrong_hash = signed(at_hash="AAAAAAAAAAAAAAAAAAAAAA")
    with pytest.raises(ProviderRefused) as caught:
        await made.check_id_token(wrong_hash, NONCE, "the-access-token")
    assert caught.value.reason == "invalid_at_hash"
    assert (await made.check_id_token(wrong_hash, NONCE))["sub"] == "user-1"  # no token: no hash
