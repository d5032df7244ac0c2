"""docs/security.md "Abuse limits", docs/operations.md "Logs and metrics" and "Profile
images": what HTTP clients and operators observe at the exact bounds the text states."""

from __future__ import annotations

import json
import logging
import time

import httpx
import pytest

from service.app import create_app
from service.observability import JsonFormatter
from tests import images
from tests.graphql.test_uploads import register_with
from tests.helpers import REGISTER, registration

QUERY = b'{"query": "{ __typename }"}'


def padded(size: int) -> bytes:
    """A valid JSON request body of exactly ``size`` bytes (trailing whitespace)."""
    return QUERY + b" " * (size - len(QUERY))


async def test_bodies_over_max_body_bytes_get_413_and_one_at_it_is_answered(state):
    """ "bodies over `ACCOUNTS_MAX_BODY_BYTES` get 413 before parsing": declared or streamed."""
    limit = state.settings.max_body_bytes
    app = create_app(state=state)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        json_type = {"content-type": "application/json"}
        at_limit = await c.post("/graphql", content=padded(limit), headers=json_type)
        assert at_limit.status_code == 200, at_limit.text
        assert at_limit.json() == {"data": {"__typename": "Query"}}
        over = await c.post("/graphql", content=padded(limit + 1), headers=json_type)
        assert (over.status_code, over.text) == (413, "Request body too large")

        def streamed(body: bytes):
            async def chunks():
                for start in range(0, len(body), 1000):
                    yield body[start : start + 1000]

            return chunks()

        at_limit = await c.post("/graphql", content=streamed(padded(limit)), headers=json_type)
        assert at_limit.status_code == 200, at_limit.text
        over = await c.post("/graphql", content=streamed(padded(limit + 1)), headers=json_type)
        assert over.status_code == 413
        assert over.headers["cache-control"] == "no-store"
        assert over.text == "Request body too large"


async def _address_recorded(make_state, make_client, forwarded: str) -> str:
    gql = make_client(make_state(trusted_proxies=["127.0.0.1"]))
    response = await gql.http.post(
        "/graphql",
        json={"query": REGISTER, "variables": {"input": registration()}},
        headers={"X-Forwarded-For": forwarded},
    )
    token = response.json()["data"]["registerUser"]["token"]
    body = await gql("{ sessions { ipAddress } }", token=token)
    return body["data"]["sessions"][0]["ipAddress"]


@pytest.mark.parametrize(
    ("length", "expected"),
    [(64, "fe80::1"), (65, "127.0.0.1")],  # 65 characters: not an address, the proxy it is
)
async def test_forwarded_addresses_are_at_most_64_characters(
    make_state, make_client, length, expected
):
    forwarded = "fe80::1%" + "z" * (length - len("fe80::1%"))
    assert len(forwarded) == length
    assert await _address_recorded(make_state, make_client, forwarded) == expected


async def test_the_request_event_has_every_documented_field_and_no_client_address(state, caplog):
    """ "one `request` event per request with `request_id`, method, path, status,
    `operation`, `outcome` and `duration_ms`"; "client addresses are never logged"."""
    app = create_app(state=state)
    peer = ("198.51.100.77", 40123)
    transport = httpx.ASGITransport(app=app, client=peer)
    with caplog.at_level(logging.DEBUG, logger="service"):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            started = time.perf_counter()
            response = await c.post(
                "/graphql",
                json={"query": "{ __typename }"},
                headers={"X-Forwarded-For": "203.0.113.99", "User-Agent": "probe/1.0"},
            )
            elapsed_ms = (time.perf_counter() - started) * 1000
    assert response.status_code == 200
    lines = [JsonFormatter().format(record) for record in caplog.records]
    events = [json.loads(line) for line in lines if '"event": "request"' in line]
    assert len(events) == 1
    event = events[0]
    assert {k: event[k] for k in ("method", "path", "status", "operation", "outcome")} == {
        "method": "POST",
        "path": "/graphql",
        "status": 200,
        "operation": "query:__typename",
        "outcome": "ok",
    }
    assert event["request_id"] == response.headers["x-request-id"]
    assert 0 <= event["duration_ms"] <= elapsed_ms + 0.01  # in milliseconds, within the call
    text = "\n".join(lines)
    assert "198.51.100.77" not in text and "203.0.113.99" not in text


async def test_images_are_served_with_a_year_long_immutable_cache(gql):
    """ "served with its content type, `X-Content-Type-Options: nosniff` and a year-long
    immutable cache header"."""
    result = await register_with(gql, images.png())
    response = await gql.http.get(result["user"]["imageUrl"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/webp"
    assert response.headers["x-content-type-options"] == "nosniff"
    directives = {d.strip() for d in response.headers["cache-control"].split(",")}
    assert {"immutable", "max-age=31536000"} <= directives


TRUSTED = ["127.0.0.1/32", "10.0.0.0/8"]


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        # a peer that is no address (a test client's name, a socket) is never a trusted proxy
        ("testclient", ["203.0.113.5"], "testclient"),
        ("127.0.0.1", ["203.0.113.5:1234"], "203.0.113.5"),
        ("127.0.0.1", ["[2001:db8::1]:443"], "2001:db8::1"),
        ("127.0.0.1", ["[2001:db8::1]:443]"], "2001:db8::1"),  # up to the first bracket
        ("127.0.0.1", ["[2001:db8::1"], "127.0.0.1"),  # unclosed: not an address, the proxy
        ("127.0.0.1", ["2001:db8::1"], "2001:db8::1"),
        ("127.0.0.1", ["198.51.100.7, 10.1.2.3"], "198.51.100.7"),
        ("127.0.0.1", ["unknown"], "127.0.0.1"),
        ("198.51.100.9", ["203.0.113.5"], "198.51.100.9"),  # not trusted: its header is not
    ],
)
def test_the_client_address_behind_trusted_proxies(peer, forwarded, expected):
    from service.http import client_ip, parse_networks

    assert client_ip(peer, forwarded, parse_networks(TRUSTED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fe80::1%eth0", "fe80::1"),
        ("fe80::1%eth0%1", "fe80::1"),  # the zone id, whatever it holds, is dropped
        ("::ffff:198.51.100.9", "198.51.100.9"),
        (" 2001:DB8::1 ", "2001:db8::1"),
        ("not-an-address", None),
    ],
)
def test_one_address_has_one_spelling(text, expected):
    from service.http import client_ip, normalize_address

    assert normalize_address(text) == expected
    if expected is not None:  # the socket peer itself is spelled so
        assert client_ip(text, [], []) == expected
