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
    return PlainTextResponse("Request body too large", status_code=413)


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


def client_ip(
    peer: str | None, forwarded_for: Sequence[str], trusted: Sequence[Network]
) -> str | None:
    """The socket peer, unless it is a trusted proxy: then the nearest untrusted hop of
    ``X-Forwarded-For`` (read right to left, since only trusted proxies' entries are honest).

    ``forwarded_for`` holds every ``X-Forwarded-For`` line of the request in order: a proxy
    that appends a line of its own after the client's must not let the client's line win.
    Every hop must be a well-formed address; otherwise the chain is not trusted at all.
    """
    peer = normalize_address(peer) or (peer[:MAX_ADDRESS_TEXT] if peer else None)
    if peer is None or not trusted or not _in(peer, trusted) or not forwarded_for:
        return peer
    hops: list[str] = []
    for line in forwarded_for:
        for raw in line.split(","):
            if not raw.strip():
                continue
            hop = normalize_address(raw)
            if hop is None:
                return peer  # a malformed chain is not trusted at all
            hops.append(hop)
    for hop in reversed(hops):
        if not _in(hop, trusted):
            return hop
    return hops[0] if hops else peer
