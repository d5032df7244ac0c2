"""``service.http`` on its own: the body limit as an ASGI middleware around a recording app,
the proxies' networks, and the client address read behind them."""

from __future__ import annotations

import ipaddress

import pytest

from service.http import BodySizeLimitMiddleware, client_ip, parse_networks


class Recorder:
    """An ASGI app that reads the whole body and answers 200 with its length."""

    def __init__(self, respond_first: bool = False) -> None:
        self.calls: list[tuple[object, object, object]] = []
        self.respond_first = respond_first

    async def __call__(self, scope, receive, send) -> None:
        self.calls.append((scope, receive, send))
        if scope["type"] != "http":
            return
        if self.respond_first:
            await send({"type": "http.response.start", "status": 200, "headers": []})
        size = 0
        while True:
            message = await receive()
            size += len(message.get("body", b""))
            if not message.get("more_body"):
                break
        if not self.respond_first:
            await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(size).encode()})


def http_scope(*headers: tuple[bytes, bytes]) -> dict:
    return {"type": "http", "method": "POST", "path": "/graphql", "headers": list(headers)}


async def run(middleware, scope, chunks: list[bytes]):
    """Send ``chunks`` as the body; the status, the body and the headers answered."""
    queue = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ]
    sent: list[dict] = []

    async def receive():
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    await middleware(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], body, dict(start["headers"])


async def test_other_scopes_pass_through_untouched():
    app = Recorder()
    middleware = BodySizeLimitMiddleware(app, max_bytes=1)
    scope = {"type": "lifespan"}

    async def receive():
        return {"type": "lifespan.startup"}

    async def send(message):
        return None

    await middleware(scope, receive, send)
    assert app.calls == [(scope, receive, send)]


def test_the_multipart_limit_defaults_to_the_body_limit():
    assert BodySizeLimitMiddleware(Recorder(), 10).max_multipart_bytes == 10
    assert BodySizeLimitMiddleware(Recorder(), 10, 50).max_multipart_bytes == 50


async def test_a_declared_length_over_the_limit_is_refused_before_the_app_runs():
    app = Recorder()
    middleware = BodySizeLimitMiddleware(app, max_bytes=10)
    status, body, headers = await run(middleware, http_scope((b"content-length", b"11")), [b""])
    assert (status, body) == (413, b"Request body too large")
    assert headers[b"cache-control"] == b"no-store"
    assert app.calls == []
    status, body, _ = await run(middleware, http_scope((b"content-length", b"10")), [b"x" * 10])
    assert (status, body) == (200, b"10")


async def test_a_malformed_length_is_a_bad_request():
    app = Recorder()
    middleware = BodySizeLimitMiddleware(app, max_bytes=10)
    status, body, _ = await run(middleware, http_scope((b"content-length", b"ten")), [b""])
    assert (status, body) == (400, b"Bad Content-Length")
    assert app.calls == []


async def test_multipart_bodies_have_their_own_limit():
    middleware = BodySizeLimitMiddleware(Recorder(), max_bytes=10, max_multipart_bytes=100)
    for kind in (b"multipart/form-data; boundary=x", b"Multipart/Form-Data; boundary=x"):
        scope = http_scope((b"content-type", kind), (b"content-length", b"50"))
        status, body, _ = await run(middleware, scope, [b"y" * 50])
        assert (status, body) == (200, b"50"), kind
    scope = http_scope((b"content-type", b"application/json"), (b"content-length", b"50"))
    assert (await run(middleware, scope, [b"y" * 50]))[0] == 413
    scope = http_scope((b"x-note", b"multipart/form-data"), (b"content-length", b"50"))
    assert (await run(middleware, scope, [b"y" * 50]))[0] == 413  # only Content-Type counts


async def test_a_streamed_body_is_counted_and_refused_as_it_crosses_the_limit():
    app = Recorder()
    middleware = BodySizeLimitMiddleware(app, max_bytes=10)
    status, body, _ = await run(middleware, http_scope(), [b"12345", b"67890", b"1"])
    assert (status, body) == (413, b"Request body too large")
    status, body, _ = await run(middleware, http_scope(), [b"12345", b"67890"])
    assert (status, body) == (200, b"10")


async def test_a_body_that_crosses_the_limit_after_the_answer_started_is_not_answered_twice():
    middleware = BodySizeLimitMiddleware(Recorder(respond_first=True), max_bytes=4)
    with pytest.raises(Exception) as raised:
        await run(middleware, http_scope(), [b"123", b"456"])
    assert type(raised.value).__name__ == "BodyTooLarge"


def test_proxy_networks_may_be_written_with_host_bits():
    assert parse_networks(["10.1.2.3/8", "2001:db8::1/32", "192.0.2.7"]) == [
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("2001:db8::/32"),
        ipaddress.ip_network("192.0.2.7/32"),
    ]


def test_the_client_address_behind_trusted_proxies():
    trusted = parse_networks(["10.0.0.0/8"])
    assert client_ip("", [], trusted) is None
    assert client_ip(None, ["203.0.113.9"], trusted) is None
    assert client_ip("not-an-address", [], []) == "not-an-address"
    assert client_ip("10.0.0.1", ["203.0.113.9"], trusted) == "203.0.113.9"
    # a trusted hop, then what it wrote as the client is junk: the nearest trusted hop
    assert client_ip("10.0.0.1", ["junk, 10.0.0.2"], trusted) == "10.0.0.2"
    assert client_ip("10.0.0.1", ["unknown"], trusted) == "10.0.0.1"
    assert client_ip("10.0.0.1", ["10.0.0.3", "10.0.0.2"], trusted) == "10.0.0.3"
