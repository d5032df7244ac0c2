"""``GET /auth/check``'s details: every answer is uncacheable and says what a gateway needs
(``WWW-Authenticate`` on 401, ``Retry-After`` on 503), an outage is logged by its kind, the
route answers only reads, and the forwarded origin a trusted gateway names is read as the
original request's: its first host, its scheme (or the check's own), in lower case."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from starlette.requests import Request

from service.app import create_app
from service.db.faults import DatabaseUnavailable
from service.gateway import origins
from service.http import parse_networks
from service.state import AppState
from tests.admin.support import AAL1, add_user, sign_in


@pytest.fixture
async def gateway(state: AppState) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)),
        base_url="http://accounts.test",
    ) as http:
        yield http


async def test_every_answer_is_uncacheable_and_carries_its_hint(
    state: AppState, gateway: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
):
    user = await add_user(state, "details_user", second_factor=False)
    token = await sign_in(state, user, AAL1)
    bearer = {"Authorization": f"Bearer {token}"}

    ok = await gateway.get("/auth/check", headers=bearer)
    assert ok.status_code == 200 and ok.headers["cache-control"] == "no-store"
    assert "www-authenticate" not in ok.headers and "retry-after" not in ok.headers

    bad = await gateway.get("/auth/check", headers=bearer, params={"assurance": "AAL9"})
    assert bad.status_code == 400 and bad.headers["cache-control"] == "no-store"
    assert "x-account-id" not in bad.headers and bad.content == b""

    weak = await gateway.get("/auth/check", headers=bearer, params={"assurance": "AAL2"})
    assert weak.status_code == 403 and weak.headers["cache-control"] == "no-store"
    assert "www-authenticate" not in weak.headers

    for headers in ({}, {"Authorization": "Bearer acct_unknown-token"}):
        nobody = await gateway.get("/auth/check", headers=headers)
        assert nobody.status_code == 401
        assert nobody.headers["www-authenticate"] == "Bearer"
        assert nobody.headers["cache-control"] == "no-store"

    async def down(*_: Any, **__: Any) -> None:
        raise DatabaseUnavailable("the database does not answer")

    monkeypatch.setattr(state.callers, "resolve", down)
    outage = await gateway.get("/auth/check", headers=bearer)
    assert outage.status_code == 503
    assert outage.headers["retry-after"] == "1"
    assert outage.headers["cache-control"] == "no-store"
    assert "www-authenticate" not in outage.headers


async def test_an_outage_is_logged_by_its_kind_only(
    state: AppState,
    gateway: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    async def down(*_: Any, **__: Any) -> None:
        raise DatabaseUnavailable("password=hunter2 host=db")

    monkeypatch.setattr(state.callers, "resolve", down)
    with caplog.at_level(logging.WARNING, logger="service.gateway"):
        answer = await gateway.get("/auth/check", headers={"Authorization": "Bearer acct_x"})
    assert answer.status_code == 503
    messages = [r.getMessage() for r in caplog.records if r.name == "service.gateway"]
    assert messages == ["storage unavailable: DatabaseUnavailable"]
    assert "hunter2" not in caplog.text


async def test_only_reads_are_answered(gateway: httpx.AsyncClient):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        answer = await gateway.request(method, "/auth/check")
        assert answer.status_code == 405, method
    assert (await gateway.head("/auth/check")).status_code == 401


def _request(
    headers: dict[str, str], client: tuple[str, int] | None, scheme: str = "http"
) -> Request:
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "scheme": scheme,
        "path": "/auth/check",
        "raw_path": b"/auth/check",
        "query_string": b"",
        "root_path": "",
        "server": ("accounts", 8000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    if client is not None:
        scope["client"] = client
    return Request(scope)


@pytest.fixture
def settings(make_state: Callable[..., AppState]) -> Any:
    return make_state(public_url="https://accounts.example.com", cors_origins=[]).settings


TRUSTED = parse_networks(["10.0.0.0/8"])


def test_a_trusted_gateways_forwarded_host_is_an_origin(settings: Any):
    forwarded = {"Host": "accounts:8000", "X-Forwarded-Host": "App.Example.COM"}
    # the forwarded scheme, or without one the check's own; in lower case
    https = origins(
        _request({**forwarded, "X-Forwarded-Proto": "HTTPS"}, ("10.1.2.3", 1)), settings, TRUSTED
    )
    assert "https://app.example.com" in https
    plain = origins(_request(forwarded, ("10.1.2.3", 1)), settings, TRUSTED)
    assert "http://app.example.com" in plain and "https://app.example.com" not in plain
    own = origins(_request(forwarded, ("10.1.2.3", 1), scheme="https"), settings, TRUSTED)
    assert "https://app.example.com" in own
    # a comma list names the original host first
    listed = {**forwarded, "X-Forwarded-Host": "app.example.com, proxy.internal"}
    first = origins(_request(listed, ("10.1.2.3", 1)), settings, TRUSTED)
    assert "http://app.example.com" in first
    assert not any("proxy.internal" in origin or "," in origin for origin in first)


def test_a_forwarded_host_from_anyone_else_is_not_an_origin(settings: Any):
    forwarded = {"Host": "accounts:8000", "X-Forwarded-Host": "app.example.com"}
    for client in (("192.0.2.7", 1), None):  # an untrusted peer; no peer known at all
        allowed = origins(_request(forwarded, client), settings, TRUSTED)
        assert not any("app.example.com" in origin for origin in allowed)
        assert "https://accounts.example.com" in allowed
