"""HTTP-level protections: request body size limit and client address resolution."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class BodyTooLarge(Exception):
    pass


class BodySizeLimitMiddleware:
    """Answer 413 before the body is parsed when it is larger than ``max_bytes``.

    ``Content-Length`` is checked first; bodies without one (chunked) are counted as they
    stream in, and the request is refused the moment the limit is crossed.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, max_multipart_bytes: int | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_multipart_bytes = max_multipart_bytes or max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope["headers"]:
            if name == b"content-type" and value.lower().startswith(b"multipart/"):
                limit = self.max_multipart_bytes
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await PlainTextResponse("Bad Content-Length", status_code=400)(
                        scope, receive, send
                    )
                    return
                if declared > limit:
                    await too_large()(scope, receive, send)
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await too_large()(scope, receive, send)


def too_large() -> PlainTextResponse:
    # never cached: the /graphql endpoint hands out tokens, and no answer of it may be kept
    return PlainTextResponse(
        "Request body too large", status_code=413, headers={"Cache-Control": "no-store"}
    )


def parse_networks(items: Sequence[str]) -> list[Network]:
    return [ipaddress.ip_network(item, strict=False) for item in items]


MAX_ADDRESS_TEXT = 64  # longer than any address without a zone; scoped monsters are refused


def normalize_address(text: str | None) -> str | None:
    """An IP address in its canonical text, or ``None`` when ``text`` is not one.

    IPv6 zone ids (``%eth0``) are dropped, IPv4-mapped IPv6 becomes IPv4, and anything longer
    than ``MAX_ADDRESS_TEXT`` characters is refused before parsing, so what is stored and
    keyed is short and one address has one spelling.
    """
    if text is None:
        return None
    text = text.strip()
    if not text or len(text) > MAX_ADDRESS_TEXT:
        return None
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


def _in(address: str, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def from_trusted_proxy(peer: str | None, trusted: Sequence[Network]) -> bool:
    """Whether the socket peer is one of ``ACCOUNTS_TRUSTED_PROXIES``."""
    address = normalize_address(peer)
    return address is not None and _in(address, trusted)


def client_ip(
    peer: str | None, forwarded_for: Sequence[str], trusted: Sequence[Network]
) -> str | None:
    """The socket peer, unless it is a trusted proxy: then the nearest untrusted hop of
    ``X-Forwarded-For`` (read right to left, since only trusted proxies' entries are honest).

    ``forwarded_for`` holds every ``X-Forwarded-For`` line of the request in order: a proxy
    that appends a line of its own after the client's must not let the client's line win.
    Only the hops up to the first untrusted one are read, so whatever a client put further
    left (junk included) changes nothing; ports some proxies add are dropped.
    """
    peer = normalize_address(peer) or (peer[:MAX_ADDRESS_TEXT] if peer else None)
    if peer is None or not trusted or not _in(peer, trusted) or not forwarded_for:
        return peer
    hops = [raw for line in forwarded_for for raw in line.split(",") if raw.strip()]
    nearest_trusted = peer
    for raw in reversed(hops):
        hop = normalize_address(_without_port(raw))
        if hop is None:
            # What a trusted proxy wrote as the client is not an address ("unknown", junk):
            # the client cannot be told apart, so it is the proxy that forwarded it. Junk a
            # client wrote further left never gets here.
            return nearest_trusted
        if not _in(hop, trusted):
            return hop
        nearest_trusted = hop
    return nearest_trusted


def _without_port(text: str) -> str:
    """``203.0.113.5:1234`` and ``[2001:db8::1]:443`` (as some proxies write) without the port."""
    text = text.strip()
    if text.startswith("["):
        return text[1 : text.find("]")] if "]" in text else text
    if text.count(":") == 1:
        return text.split(":", 1)[0]
    return text
