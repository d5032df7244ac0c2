"""Debian's nginx as a real gateway, running deploy/gateway/nginx.conf (only the addresses and
the listening port changed): ``auth_request`` asks a live accounts server who is calling, and
a small upstream application records every request it is sent.

Requests with a live bearer token, a revoked one, a browser session's cookie and none: the
upstream sees the identity headers, never a request without a live session, never a caller's
own ``X-Account-*`` headers; a revocation is seen by the very next request; a page behind
``?assurance=AAL2`` is refused to a weaker session."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from service.accounts.sessions.store import revoke_all
from service.graphql.browser_session import COOKIE
from service.state import AppState
from tests.admin.support import AAL1, AAL2, add_user, sign_in
from tests.conftest import make_settings
from tests.e2e.nginx import running_nginx
from tests.e2e.server import free_port, running_server
from tests.e2e.test_scaling import require_nginx

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
GATEWAY = ROOT / "deploy" / "gateway"


class Upstream:
    """The application behind the gateway: answers 200 and keeps each request's headers."""

    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                upstream.seen.append({k.lower(): v for k, v in self.headers.items()})
                body = b"upstream"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def site_conf(accounts: int, upstream: int, port: int, workdir: Path) -> str:
    """deploy/gateway/nginx.conf with the compose names, the port and the includes' paths
    replaced by the local ones."""
    conf = (GATEWAY / "nginx.conf").read_text()
    assert conf.count("http://accounts:8000/") == 2 and conf.count("http://app:3000;") == 2
    conf = conf.replace("http://accounts:8000/", f"http://127.0.0.1:{accounts}/")
    conf = conf.replace("http://app:3000;", f"http://127.0.0.1:{upstream};")
    conf = conf.replace("/etc/nginx/", f"{GATEWAY}/")
    assert re.search(r"^\s*listen 8080;$", conf, re.M)
    return re.sub(r"^(\s*)listen 8080;$", rf"\g<1>listen 127.0.0.1:{port};", conf, flags=re.M)


@contextmanager
def gateway(nginx: str, conf: str, port: int, workdir: Path) -> Iterator[Path]:
    with running_nginx(nginx, conf, port, workdir) as served:
        yield served


def test_nginx_lets_through_only_live_sessions_with_their_identity(fresh_database, tmp_path):
    nginx = require_nginx()
    database = fresh_database("sqlite")
    state = AppState.create(make_settings(database))
    loop = asyncio.new_event_loop()
    upstream = Upstream()
    try:
        alice = loop.run_until_complete(add_user(state, "alice_gateway", second_factor=True))
        bob = loop.run_until_complete(add_user(state, "bob_gateway", second_factor=False))
        alice_token = loop.run_until_complete(sign_in(state, alice, AAL2))
        bob_token = loop.run_until_complete(sign_in(state, bob, AAL1))
        accounts, port = free_port(), free_port()
        conf = site_conf(accounts, upstream.port, port, tmp_path / "nginx")
        with (
            running_server(database, tmp_path, port=accounts),
            gateway(nginx, conf, port, tmp_path / "nginx"),
            httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client,
        ):
            forged = {"X-Account-Id": "forged", "X-Account-Role": "ADMIN"}

            def get(path: str, token: str | None = None, **headers: str) -> httpx.Response:
                if token is not None:
                    headers["Authorization"] = f"Bearer {token}"
                return client.get(path, headers={**forged, **headers})

            # nobody: refused by the gateway, never sent upstream
            assert get("/orders").status_code == 401
            assert get("/orders", "acct_revoked-or-made-up").status_code == 401
            assert upstream.seen == []

            answer = get("/orders", bob_token)
            assert answer.status_code == 200 and answer.text == "upstream"
            seen = upstream.seen[-1]
            assert seen["x-account-id"] == str(bob.id)
            assert seen["x-account-username"] == "bob_gateway"
            assert seen["x-account-assurance"] == "AAL1"
            assert len(seen["x-session-id"]) == 36
            assert "x-account-role" not in seen  # the caller's own header did not pass
            assert "authorization" in seen  # the application may still read the request

            # a page for two factors: refused to bob's session, served to alice's
            assert get("/settings/keys", bob_token).status_code == 403
            assert get("/settings/keys", alice_token).status_code == 200
            assert upstream.seen[-1]["x-account-assurance"] == "AAL2"

            # a browser session's cookie: a read, and a write from the page's own origin
            browser = {"Cookie": f"{COOKIE}={alice_token}"}
            assert get("/orders", **browser).status_code == 200
            assert upstream.seen[-1]["x-account-id"] == str(alice.id)
            own = f"http://127.0.0.1:{port}"
            posted = client.post("/orders", headers={**browser, "Origin": own}, content=b"{}")
            assert posted.status_code == 200
            count = len(upstream.seen)
            forged_post = client.post(
                "/orders", headers={**browser, "Origin": "https://evil.example"}, content=b"{}"
            )
            assert forged_post.status_code == 401
            # a caller's own method and host headers change nothing
            for spoof in (
                {"X-Forwarded-Method": "GET"},
                {"X-Original-Method": "GET"},
                {"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https"},
            ):
                headers = {**browser, "Origin": "https://evil.example", **spoof}
                spoofed = client.post("/orders", headers=headers, content=b"{}")
                assert spoofed.status_code == 401, spoof
            assert len(upstream.seen) == count

            # revoked: the next request is refused
            loop.run_until_complete(_revoke(state, bob.id))
            assert get("/orders", bob_token).status_code == 401
            assert len(upstream.seen) == count
            assert all(request.get("x-account-id") for request in upstream.seen)
            assert all(request["x-account-id"] != "forged" for request in upstream.seen)
    finally:
        upstream.close()
        loop.run_until_complete(state.close())
        loop.close()


async def _revoke(state: AppState, user_id: object) -> None:
    async with state.unit_of_work() as uow:
        await revoke_all(uow, user_id)  # type: ignore[arg-type]
        await uow.commit()
