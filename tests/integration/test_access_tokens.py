"""Access tokens for other services: issued through GraphQL, verified here with PyJWT (a JOSE
library the service does not use) against the keys ``/.well-known/jwks.json`` publishes,
before and after a rotation; tampered, expired and wrong-audience tokens are refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import jwt
import pytest

from service.accounts import access_tokens
from service.clock import utcnow
from service.db.models import SigningKey
from service.state import AppState
from tests.admin.support import AAL1, AAL2, PASSKEY, add_user, sign_in
from tests.conftest import GraphQLClient

ISSUE = """mutation($audience: String!) { issueAccessToken(audience: $audience) {
  __typename ... on AccessToken { token expiresAt }
  ... on ValidationError { fields { field code message } } } }"""
AUDIENCE = "https://orders.example.com"


@pytest.fixture
def issuing(make_state: Callable[..., AppState]) -> AppState:
    return make_state(access_token_audiences=[AUDIENCE, "reports"])


@pytest.fixture
def client(issuing: AppState, make_client: Callable[[AppState], GraphQLClient]) -> GraphQLClient:
    return make_client(issuing)


async def _issue(client: GraphQLClient, token: str, audience: str = AUDIENCE) -> dict[str, Any]:
    body = await client(ISSUE, {"audience": audience}, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["issueAccessToken"]
    return result


async def _jwks(client: GraphQLClient) -> jwt.PyJWKSet:
    answer = await client.http.get("/.well-known/jwks.json")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/jwk-set+json")
    assert answer.headers["cache-control"] == "public, max-age=300"
    for key in answer.json()["keys"]:
        assert not {"d", "p", "q"} & set(key), key  # public halves only
    return jwt.PyJWKSet.from_dict(answer.json())


def _verify(jwks: jwt.PyJWKSet, token: str, audience: str = AUDIENCE) -> dict[str, Any]:
    kid = jwt.get_unverified_header(token)["kid"]
    key = jwks[kid]
    claims: dict[str, Any] = jwt.decode(
        token,
        key=key,
        algorithms=["EdDSA", "ES256"],
        audience=audience,
        issuer="http://localhost:8000",
        options={"require": ["exp", "iat", "sub", "aud", "iss"]},
    )
    return claims


async def test_a_token_names_the_caller_its_session_and_how_it_was_proved(
    issuing: AppState, client: GraphQLClient
):
    user = await add_user(issuing, "token_user", second_factor=True)
    for methods, acr, amr in (
        (AAL1, "AAL1", ["pwd"]),
        (AAL2, "AAL2", ["pwd", "otp", "mfa"]),
        (PASSKEY, "AAL2", ["hwk"]),
    ):
        session = await sign_in(issuing, user, methods)
        issued = await _issue(client, session)
        assert issued["__typename"] == "AccessToken"
        header = jwt.get_unverified_header(issued["token"])
        assert header["alg"] == "EdDSA" and header["typ"] == "at+jwt"
        claims = _verify(await _jwks(client), issued["token"])
        assert claims["sub"] == str(user.id)
        assert claims["acr"] == acr and claims["amr"] == amr
        assert claims["exp"] - claims["iat"] == 300
        assert abs(claims["iat"] - utcnow().timestamp()) < 60
        assert issued["expiresAt"].startswith(
            utcnow().fromtimestamp(claims["exp"], utcnow().tzinfo).strftime("%Y-%m-%dT%H:%M:%S")
        )
        me = await client("{ sessions { id current } }", token=session)
        current = [s["id"] for s in me["data"]["sessions"] if s["current"]]
        assert claims["sid"] == current[0]
    # each token has its own id
    first = _verify(await _jwks(client), (await _issue(client, session))["token"])
    second = _verify(await _jwks(client), (await _issue(client, session))["token"])
    assert first["jti"] != second["jti"]


async def test_only_a_configured_audience_and_only_a_signed_in_caller(
    issuing: AppState, client: GraphQLClient, state: AppState, make_client: Any
):
    user = await add_user(issuing, "audience_user", second_factor=False)
    session = await sign_in(issuing, user, AAL1)
    for audience in ("https://evil.example", "", AUDIENCE + "/", "x" * 1000):
        refused = await _issue(client, session, audience)
        assert refused == {
            "__typename": "ValidationError",
            "fields": [
                {
                    "field": "audience",
                    "code": "not_allowed",
                    "message": "This audience is not one access tokens are issued for.",
                }
            ],
        }
    assert (await _issue(client, session, "reports"))["__typename"] == "AccessToken"
    anonymous = await client(ISSUE, {"audience": AUDIENCE})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # a service with no audiences configured issues no token at all
    plain = make_client(state)
    other = await sign_in(state, await add_user(state, "plain_user", second_factor=False), AAL1)
    body = await plain(ISSUE, {"audience": AUDIENCE}, token=other)
    assert body["data"]["issueAccessToken"]["__typename"] == "ValidationError"


async def test_tampered_expired_and_wrong_audience_tokens_are_refused(
    issuing: AppState, client: GraphQLClient, monkeypatch: pytest.MonkeyPatch
):
    user = await add_user(issuing, "refused_user", second_factor=False)
    session = await sign_in(issuing, user, AAL1)
    token = (await _issue(client, session))["token"]
    jwks = await _jwks(client)
    _verify(jwks, token)
    head, payload, signature = token.split(".")
    claims = json.loads(jwt.utils.base64url_decode(payload))
    forged = jwt.utils.base64url_encode(json.dumps({**claims, "sub": "someone"}).encode())
    with pytest.raises(jwt.InvalidSignatureError):
        _verify(jwks, f"{head}.{forged.decode()}.{signature}")
    with pytest.raises(jwt.InvalidAudienceError):
        _verify(jwks, token, audience="reports")
    # a token issued ten minutes ago has expired
    past = utcnow() - timedelta(minutes=10)
    monkeypatch.setattr(access_tokens, "utcnow", lambda: past)
    old = (await _issue(client, session))["token"]
    with pytest.raises(jwt.ExpiredSignatureError):
        _verify(jwks, old)


async def test_a_rotation_keeps_the_old_key_published_until_its_tokens_expire(
    issuing: AppState, client: GraphQLClient
):
    user = await add_user(issuing, "rotating_user", second_factor=False)
    session = await sign_in(issuing, user, AAL1)
    before = (await _issue(client, session))["token"]
    async with issuing.unit_of_work() as uow:
        new = await access_tokens.rotate(uow, issuing.services)
        await uow.commit()
    after = (await _issue(client, session))["token"]
    assert jwt.get_unverified_header(after)["kid"] == new.kid
    assert jwt.get_unverified_header(before)["kid"] != new.kid
    jwks = await _jwks(client)
    assert _verify(jwks, before)["sub"] == _verify(jwks, after)["sub"] == str(user.id)
    # the old key is published for a token's lifetime and a minute after it was retired
    ttl = issuing.settings.access_token_ttl
    async with issuing.unit_of_work() as uow:
        soon = utcnow() + ttl
        later = utcnow() + ttl + timedelta(minutes=1, seconds=1)
        kids_soon = [
            k["kid"] for k in (await access_tokens.published(uow, issuing.services, soon))["keys"]
        ]
        kids_later = [
            k["kid"] for k in (await access_tokens.published(uow, issuing.services, later))["keys"]
        ]
    assert kids_soon == [new.kid, jwt.get_unverified_header(before)["kid"]]
    assert kids_later == [new.kid]


async def test_es256_keys_when_configured_and_private_keys_sealed(
    make_state: Callable[..., AppState], make_client: Callable[[AppState], GraphQLClient]
):
    from sqlalchemy import select

    state = make_state(access_token_audiences=[AUDIENCE], access_token_algorithm="ES256")
    client = make_client(state)
    session = await sign_in(state, await add_user(state, "es_user", second_factor=False), AAL1)
    token = (await _issue(client, session))["token"]
    assert jwt.get_unverified_header(token)["alg"] == "ES256"
    assert _verify(await _jwks(client), token)["aud"] == AUDIENCE
    async with state.unit_of_work() as uow:
        key = (await uow.session.execute(select(SigningKey))).scalars().one()
    assert "PRIVATE KEY" not in key.private_key_encrypted
    assert json.loads(key.public_jwk)["crv"] == "P-256"
    # sealed under ACCOUNTS_SECRET_KEY and bound to its key id
    moved = SigningKey(**{**key.model_dump(), "kid": "another-kid"})
    with pytest.raises(access_tokens.KeyUnreadable):
        access_tokens._open(state.services, moved)
