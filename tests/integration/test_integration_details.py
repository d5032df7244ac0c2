"""Integration details: the JWKS route under an outage, signing keys (their public JWK, the
sealed private half, which key signs, their order, how long a retired one stays published),
an issued token's expiry, webhook events' data, and each signed delivery: its headers, how
an endpoint's answer is classified, how the endpoint is named, the client it goes through."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from standardwebhooks import Webhook

from service.accounts import access_tokens, webhooks
from service.app import create_app
from service.db.faults import DatabaseUnavailable
from service.db.models import OutboxMessage, SecurityEventKind, SigningKey
from service.mail.hooks import Attempt, WebhookSender, endpoint_label
from service.mail.transport import DeliveryError
from service.state import AppState
from tests.admin.support import AAL1, add_user, sign_in
from tests.integration.receiver import SECRET

AT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


async def test_the_jwks_is_a_503_with_a_retry_hint_when_the_database_does_not_answer(
    state: AppState, monkeypatch: pytest.MonkeyPatch
):
    async def down(*_: Any, **__: Any) -> None:
        raise DatabaseUnavailable("the database does not answer")

    async def broken(*_: Any, **__: Any) -> None:
        raise RuntimeError("a bug")

    transport = httpx.ASGITransport(app=create_app(state=state), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://accounts.test") as http:
        assert (await http.get("/.well-known/jwks.json")).status_code == 200
        monkeypatch.setattr(access_tokens, "published", down)
        answer = await http.get("/.well-known/jwks.json")
        assert answer.status_code == 503 and answer.headers["retry-after"] == "1"
        assert "public" not in answer.headers.get("cache-control", "")
        monkeypatch.setattr(access_tokens, "published", broken)
        assert (await http.get("/.well-known/jwks.json")).status_code == 500


@pytest.mark.parametrize(
    ("algorithm", "public"),
    [("EdDSA", {"kty": "OKP", "crv": "Ed25519"}), ("ES256", {"kty": "EC", "crv": "P-256"})],
)
async def test_a_new_key_publishes_its_public_half_only(
    make_state: Callable[..., AppState], algorithm: str, public: dict[str, str]
):
    services = make_state(access_token_algorithm=algorithm).services
    key = access_tokens.new_key(services, AT)
    assert key.algorithm == algorithm and key.created_at == AT and key.retired_at is None
    assert len(key.kid) == 22  # 16 random bytes, URL-safe base64
    jwk = json.loads(key.public_jwk)
    assert key.public_jwk == json.dumps(jwk, sort_keys=True)  # stored canonical
    assert {k: jwk[k] for k in public} == public
    assert (jwk["kid"], jwk["alg"], jwk["use"]) == (key.kid, algorithm, "sig")
    extra = {"y"} if algorithm == "ES256" else set()
    assert set(jwk) == {"kty", "crv", "x", "kid", "alg", "use"} | extra
    # the sealed private half opens to the same pair, named by its kid
    assert key.private_key_encrypted.startswith("v1:")
    opened = access_tokens._open(services, key)
    assert opened.kid == key.kid
    assert {k: v for k, v in opened.as_dict(private=False).items() if k in jwk} == {
        k: v for k, v in jwk.items() if k not in ("alg", "use")
    }
    assert access_tokens.new_key(services, AT).kid != key.kid


async def test_a_sealed_key_opens_only_as_written_under_its_own_kid(state: AppState):
    services = state.services
    key = access_tokens.new_key(services, AT)

    def reopen(**changes: str) -> str:
        altered = SigningKey(**{**key.model_dump(), **changes})
        with pytest.raises(access_tokens.KeyUnreadable) as refused:
            access_tokens._open(services, altered)
        return str(refused.value)

    sealed = key.private_key_encrypted
    assert reopen(private_key_encrypted="v2:" + sealed[3:]) == "unknown format"
    assert reopen(private_key_encrypted=sealed[3:]) == "unknown format"
    assert reopen(kid=key.kid[::-1]) == "InvalidTag"  # the kid is the associated data
    assert reopen(private_key_encrypted="v1:" + sealed[3:-8] + "AAAAAAAA") == "InvalidTag"


async def test_the_newest_key_not_retired_signs_and_one_is_made_when_there_is_none(
    state: AppState,
):
    services = state.services

    def key(kid: str, hours: int, retired: bool = False) -> SigningKey:
        made = access_tokens.new_key(services, AT + timedelta(hours=hours))
        made.kid = kid
        made.public_jwk = json.dumps({**json.loads(made.public_jwk), "kid": kid}, sort_keys=True)
        made.retired_at = AT + timedelta(hours=9) if retired else None
        return made

    async with state.unit_of_work() as uow:
        first = await access_tokens.current_key(uow, services, AT)
        assert await access_tokens.current_key(uow, services, AT) is first
        assert [k.kid for k in await access_tokens.all_keys(uow)] == [first.kid]
        # keys made at one instant are taken by kid, whichever was added first
        for made in (key("aa", -1), key("nn", 1), key("mm", 1), key("pp", 2), key("qq", 2)):
            uow.session.add(made)
            await uow.session.flush()
        assert (await access_tokens.current_key(uow, services, AT)).kid == "pp"
        uow.session.add(key("00", 3, retired=True))
        await uow.session.flush()
        assert (await access_tokens.current_key(uow, services, AT)).kid == "pp"
        ordered = [k.kid for k in await access_tokens.all_keys(uow)]
        assert ordered == ["00", "pp", "qq", "mm", "nn", first.kid, "aa"]
        published = await access_tokens.published(uow, services, AT)
        assert [k["kid"] for k in published["keys"]] == ordered


async def test_a_retired_key_is_published_for_a_tokens_lifetime_and_a_minute(state: AppState):
    services = state.services
    now = AT + timedelta(days=1)
    since = now - services.settings.access_token_ttl - timedelta(minutes=1)
    async with state.unit_of_work() as uow:
        for retired in (since, since + timedelta(seconds=1), since - timedelta(seconds=1)):
            key = access_tokens.new_key(services, AT)
            key.retired_at = retired
            uow.session.add(key)
        await uow.session.flush()
        keys = (await access_tokens.published(uow, services, now))["keys"]
        stored = {k.kid: k.retired_at for k in await access_tokens.all_keys(uow)}
    assert [stored[k["kid"]] for k in keys] == [since + timedelta(seconds=1)]


async def test_an_issued_tokens_expiry_is_an_instant_in_utc(make_state: Callable[..., AppState]):
    state = make_state(access_token_audiences=["reports"])
    user = await add_user(state, "expiry_user", second_factor=False)
    viewer = await state.callers.resolve(await sign_in(state, user, AAL1))
    assert viewer is not None
    async with state.unit_of_work() as uow:
        issued = await access_tokens.issue(uow, state.services, viewer, "reports")
    assert isinstance(issued, access_tokens.AccessTokenIssued)
    assert issued.expires_at.utcoffset() == timedelta(0)
    expected = datetime.now(UTC) + state.settings.access_token_ttl
    assert abs(issued.expires_at - expected) < timedelta(seconds=5)


async def _events(state: AppState) -> list[dict[str, Any]]:
    async with state.unit_of_work() as uow:
        rows = (await uow.session.execute(OutboxMessage.__table__.select())).all()
    return [json.loads(row.data) for row in rows]


async def test_security_events_become_webhook_events_at_their_time(
    make_state: Callable[..., AppState],
):
    state = make_state(webhook_urls=["https://hooks.example.com/in"], webhook_secret=SECRET)
    user_id = uuid.uuid4()
    async with state.unit_of_work() as uow:
        await webhooks.on_security_event(uow, user_id, SecurityEventKind.EMAIL_CHANGED, AT)
        await webhooks.on_security_event(uow, user_id, SecurityEventKind.LOGIN, AT)
        await webhooks.emit(uow, "user.updated", user_id, AT, ("username", "bio", "email"))
        with pytest.raises(ValueError, match=r"unknown webhook event 'user\.renamed'"):
            await webhooks.emit(uow, "user.renamed", user_id, AT)
        await uow.commit()
    user = {"user_id": str(user_id)}

    def event(kind: str, **data: Any) -> str:
        at = "2024-05-06T07:08:09Z"
        return json.dumps({"type": kind, "timestamp": at, "data": {**user, **data}}, sort_keys=True)

    assert sorted(json.dumps(e, sort_keys=True) for e in await _events(state)) == sorted(
        [
            event("user.updated", fields=["email"]),
            event("session.created"),
            event("user.updated", fields=["bio", "email", "username"]),
        ]
    )


@pytest.fixture
def sender(make_state: Callable[..., AppState]) -> WebhookSender:
    return WebhookSender(
        make_state(webhook_urls=["https://x.test/"], webhook_secret=SECRET).settings
    )


MESSAGE = uuid.UUID("12345678-1234-5678-1234-567812345678")
BODY = '{"data":{},"type":"user.created"}'


def _client(handler: Callable[[httpx.Request], Any]) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def test_a_delivery_is_signed_as_standard_webhooks_say(sender: WebhookSender):
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    now = datetime.now(UTC).replace(microsecond=654321)
    async with _client(handler) as client:
        await sender.send(client, "https://hooks.example.com/in", MESSAGE, BODY, now)
    (request,) = seen
    assert request.method == "POST" and request.content == BODY.encode()
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == "accounts-webhooks/1"
    assert request.headers["webhook-id"] == "msg_12345678123456781234567812345678"
    assert request.headers["webhook-timestamp"] == str(int(now.timestamp()))  # whole seconds
    assert request.headers["webhook-signature"].startswith("v1,")
    assert Webhook(SECRET).verify(BODY, dict(request.headers)) == json.loads(BODY)


async def test_without_a_secret_nothing_is_sent_and_the_delivery_fails_for_good(
    make_state: Callable[..., AppState],
):
    unsigned = WebhookSender(make_state().settings)
    with pytest.raises(DeliveryError) as refused:
        unsigned.headers(MESSAGE, BODY, AT)
    assert refused.value.reason == "ACCOUNTS_WEBHOOK_SECRET is unset" and refused.value.permanent
    async with _client(lambda _: httpx.Response(200)) as client:
        outcome = await unsigned.attempt(client, "https://x.test/", MESSAGE, BODY, 1e12)
    assert outcome == Attempt("failed", "ACCOUNTS_WEBHOOK_SECRET is unset")


ANSWERS = {"sent": (200, 204), "retry": (500, 503, 408, 429), "failed": (400, 404, 410, 301, 302)}


async def test_an_endpoints_answer_delivers_retries_or_fails(sender: WebhookSender):
    for outcome, statuses in ANSWERS.items():
        for status in statuses:
            answer = httpx.Response(status, headers={"location": "https://elsewhere.test/"})
            async with _client(lambda _, answer=answer: answer) as client:
                attempt = await sender.attempt(client, "https://x.test/", MESSAGE, BODY, 1e12)
            reason = None if outcome == "sent" else f"the endpoint answered {status}"
            assert attempt == Attempt(outcome, reason), status


async def test_an_endpoint_out_of_reach_is_retried_and_a_bad_url_fails(sender: WebhookSender):
    def raising(error: Exception) -> Callable[[httpx.Request], httpx.Response]:
        def handler(_: httpx.Request) -> httpx.Response:
            raise error

        return handler

    for error, outcome in (
        (httpx.ReadTimeout("slow"), Attempt("retry", "the endpoint did not answer in time")),
        (
            httpx.ConnectError("refused"),
            Attempt("retry", "cannot reach the endpoint: ConnectError"),
        ),
        (
            httpx.RemoteProtocolError("x"),
            Attempt("retry", "cannot reach the endpoint: RemoteProtocolError"),
        ),
    ):
        async with _client(raising(error)) as client:
            assert await sender.attempt(client, "https://x.test/", MESSAGE, BODY, 1e12) == outcome
    async with _client(lambda _: httpx.Response(200)) as client:
        bad = await sender.attempt(client, "http://[::1/in", MESSAGE, BODY, 1e12)
    assert bad == Attempt("failed", "cannot send to this URL: InvalidURL")


async def test_a_delivery_past_the_claims_lease_is_cut_short_and_retried(sender: WebhookSender):
    async def slow(_: httpx.Request) -> httpx.Response:
        await asyncio.sleep(2)
        return httpx.Response(200)

    async with _client(slow) as client:
        deadline = asyncio.get_running_loop().time() + 0.05
        outcome = await sender.attempt(client, "https://x.test/", MESSAGE, BODY, deadline)
    assert outcome == Attempt("retry", "sending took longer than the claim lease allows")


async def test_the_client_follows_no_redirect_and_ignores_proxy_settings(sender: WebhookSender):
    async with sender.client() as client:
        assert not client.follow_redirects
        assert not client.trust_env


def test_an_endpoint_is_named_by_scheme_host_and_port_only():
    assert endpoint_label("https://user:pw@hooks.example.com:8443/in?token=s") == (
        "https://hooks.example.com:8443"
    )
    assert endpoint_label("http://us@er:p@ss@hooks.test:81/x") == "http://hooks.test:81"
    assert endpoint_label("https://hooks.example.com/in") == "https://hooks.example.com"
    assert endpoint_label("http://[::1/in") == "(unreadable URL)"
