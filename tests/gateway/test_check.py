"""``GET /auth/check`` in process: who a gateway is told is calling, and when it is told no one.

The same rules as ``/graphql`` for the credential (a bearer token wins; the cookie only where
no cross-site page could have made the original request carry it, judged from the method and
origin headers the gateway forwards), and the same lookup: a revoked session, a suspended
account, an expired or malformed token are nobody at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from service.accounts.sessions.store import revoke_all
from service.app import create_app
from service.db.models import Role, User
from service.graphql.browser_session import COOKIE
from service.state import AppState
from tests.admin.support import AAL1, AAL2, PASSKEY, add_user, sign_in


@pytest.fixture
async def gateway(state: AppState) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)),
        base_url="http://accounts.test",
    ) as http:
        yield http


async def _check(
    http: httpx.AsyncClient, token: str | None = None, **kwargs: Any
) -> httpx.Response:
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return await http.get("/auth/check", headers=headers, **kwargs)


async def test_a_live_session_is_named_in_the_identity_headers(
    state: AppState, gateway: httpx.AsyncClient
):
    user = await add_user(state, "gateway_user", second_factor=False)
    token = await sign_in(state, user, AAL1)
    answer = await _check(gateway, token)
    assert answer.status_code == 200
    assert answer.content == b""
    assert answer.headers["x-account-id"] == str(user.id)
    assert answer.headers["x-account-username"] == "gateway_user"
    assert answer.headers["x-account-assurance"] == "AAL1"
    assert answer.headers["cache-control"] == "no-store"
    assert "x-account-role" not in answer.headers
    session_id = answer.headers["x-session-id"]
    assert len(session_id) == 36
    # the same session, asked again, and by HEAD
    assert (await _check(gateway, token)).headers["x-session-id"] == session_id
    head = await gateway.head("/auth/check", headers={"Authorization": f"Bearer {token}"})
    assert head.status_code == 200 and head.headers["x-account-id"] == str(user.id)


async def test_nobody_without_a_live_session_of_an_active_account(
    state: AppState, gateway: httpx.AsyncClient
):
    user = await add_user(state, "ended_user", second_factor=False)
    token = await sign_in(state, user, AAL1)
    for credential, headers in (
        (None, {}),
        ("acct_not-a-session-token", {}),
        ("not even the shape", {}),
        (None, {"Authorization": f"Basic {token}"}),  # another scheme carries no token
        (None, {"Authorization": "Bearer"}),
    ):
        answer = await _check(gateway, credential, headers=headers)
        assert answer.status_code == 401, (credential, headers)
        assert answer.headers["www-authenticate"] == "Bearer"
        assert "x-account-id" not in answer.headers
    assert (await _check(gateway, token)).status_code == 200
    async with state.unit_of_work() as uow:
        await uow.session.execute(update(User).where(User.id == user.id).values(status="SUSPENDED"))
        await uow.commit()
    assert (await _check(gateway, token)).status_code == 401
    async with state.unit_of_work() as uow:
        await uow.session.execute(update(User).where(User.id == user.id).values(status="ACTIVE"))
        await uow.commit()
    assert (await _check(gateway, token)).status_code == 200
    async with state.unit_of_work() as uow:
        await revoke_all(uow, user.id)
        await uow.commit()
    assert (await _check(gateway, token)).status_code == 401


async def test_assurance_asked_of_the_session(state: AppState, gateway: httpx.AsyncClient):
    user = await add_user(state, "assured_user", second_factor=True)
    weak = await sign_in(state, user, AAL1)
    strong = await sign_in(state, user, AAL2)
    passkey = await sign_in(state, user, PASSKEY)
    assert (await _check(gateway, weak, params={"assurance": "AAL2"})).status_code == 403
    assert (await _check(gateway, weak, params={"assurance": "AAL1"})).status_code == 200
    for token in (strong, passkey):
        answer = await _check(gateway, token, params={"assurance": "AAL2"})
        assert answer.status_code == 200
        assert answer.headers["x-account-assurance"] == "AAL2"
    assert (await _check(gateway, None, params={"assurance": "AAL2"})).status_code == 401
    for bad in ("aal2", "AAL3", ""):
        assert (await _check(gateway, strong, params={"assurance": bad})).status_code == 400


async def test_staff_are_named_with_their_role_and_a_username_beyond_ascii_is_encoded(
    state: AppState, gateway: httpx.AsyncClient
):
    admin = await add_user(state, "gateway_admin", Role.ADMIN)
    support = await add_user(state, "gateway_support", Role.SUPPORT)
    for user, role in ((admin, "ADMIN"), (support, "SUPPORT")):
        answer = await _check(gateway, await sign_in(state, user, AAL2))
        assert answer.headers["x-account-role"] == role
    named = await add_user(state, "zoë_ådahl", second_factor=False)
    answer = await _check(gateway, await sign_in(state, named, AAL1))
    assert answer.headers["x-account-username"] == "zo%C3%AB_%C3%A5dahl"


async def test_the_cookie_is_used_only_where_no_cross_site_page_could_have_sent_it(
    state: AppState, gateway: httpx.AsyncClient
):
    user = await add_user(state, "cookie_user", second_factor=False)
    token = await sign_in(state, user, AAL1)
    other = await sign_in(state, await add_user(state, "bearer_user", second_factor=False), AAL1)
    gateway.cookies.set(COOKIE, token, domain="accounts.test")

    async def status(**headers: str) -> int:
        return (await gateway.get("/auth/check", headers=headers)).status_code

    # reads: the original request's method, as Traefik or nginx forward it, or the check's own
    assert await status() == 200
    for header in ("X-Forwarded-Method", "X-Original-Method"):
        for method in ("GET", "head", "OPTIONS"):
            assert await status(**{header: method}) == 200
    # writes: only from the service's own origins, or marked same-origin by the browser
    for header in ("X-Forwarded-Method", "X-Original-Method"):
        assert await status(**{header: "POST", "Origin": "http://accounts.test"}) == 200
        assert await status(**{header: "POST", "Origin": "https://evil.example"}) == 401
        assert await status(**{header: "DELETE", "Origin": "null"}) == 401
        assert await status(**{header: "POST", "Sec-Fetch-Site": "same-origin"}) == 200
        assert await status(**{header: "POST", "Sec-Fetch-Site": "none"}) == 200
        assert await status(**{header: "PUT", "Sec-Fetch-Site": "cross-site"}) == 401
        assert await status(**{header: "PATCH", "Sec-Fetch-Site": "same-site"}) == 401
        assert await status(**{header: "POST"}) == 401  # neither header: not a browser's
    # a read only when every method header says so: a caller's own cannot turn a write into one
    both = {"X-Forwarded-Method": "GET", "X-Original-Method": "POST"}
    assert await status(**both, Origin="https://evil.example") == 401
    assert await status(**{**both, "X-Original-Method": "HEAD"}) == 200
    # a bearer token wins over the cookie
    answer = await gateway.get("/auth/check", headers={"Authorization": f"Bearer {other}"})
    assert answer.headers["x-account-username"] == "bearer_user"


async def test_a_database_that_does_not_answer_is_a_503_not_a_401(
    state: AppState, gateway: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
):
    """A gateway must not read an outage as "nobody": 503 and a retry hint; any other error
    is the server's own (500), never an identity."""
    from service.db.faults import DatabaseUnavailable

    user = await add_user(state, "outage_user", second_factor=False)
    token = await sign_in(state, user, AAL1)

    async def down(*_: Any, **__: Any) -> None:
        raise DatabaseUnavailable("the database does not answer")

    monkeypatch.setattr(state.callers, "resolve", down)
    answer = await _check(gateway, token)
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "1"
    assert "x-account-id" not in answer.headers


@pytest.mark.parametrize("trusted", [True, False])
async def test_a_trusted_gateway_names_the_original_host_for_the_cookies_origin_rule(
    make_state: Any, trusted: bool
):
    """Traefik sends the check to the service's own address and the original host in
    ``X-Forwarded-Host``: honoured from a gateway in ``ACCOUNTS_TRUSTED_PROXIES`` only."""
    state = make_state(trusted_proxies=["127.0.0.0/8"] if trusted else [])
    user = await add_user(state, "forwarded_user", second_factor=False)
    token = await sign_in(state, user, AAL1)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state), client=("127.0.0.9", 4000)),
        base_url="http://accounts:8000",
        cookies={COOKIE: token},
    ) as http:
        headers = {
            "X-Forwarded-Method": "POST",
            "Origin": "https://app.example.com",
            "X-Forwarded-Host": "app.example.com",
            "X-Forwarded-Proto": "https",
        }
        answer = await http.get("/auth/check", headers=headers)
        assert answer.status_code == (200 if trusted else 401)
        # another host than the one forwarded is still foreign
        headers["Origin"] = "https://evil.example"
        assert (await http.get("/auth/check", headers=headers)).status_code == 401


def test_the_readmes_nginx_lines_are_the_tested_configurations():
    """Each directive of the README's nginx example is a line of deploy/gateway/nginx.conf,
    which tests/e2e/test_gateway.py runs in nginx; the headers it names are the check's."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text()
    example = re.search(r"```nginx\n(.*?)```", readme, re.S)
    assert example is not None
    conf = {line.strip() for line in (root / "deploy/gateway/nginx.conf").read_text().splitlines()}
    directives = [
        line.split("#", 1)[0].strip() for line in example.group(1).splitlines() if line.strip()
    ]
    assert len(directives) >= 8
    assert [d for d in directives if d not in conf] == []
    identity = (root / "deploy/gateway/accounts_identity.conf").read_text()
    traefik = (root / "deploy/gateway/traefik.yml").read_text()
    for header in (
        "X-Account-Id",
        "X-Account-Username",
        "X-Session-Id",
        "X-Account-Assurance",
        "X-Account-Role",
    ):
        assert f"proxy_set_header {header} $" in identity
        assert f"- {header}\n" in traefik
