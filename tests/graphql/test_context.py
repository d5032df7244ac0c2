"""The client address behind a proxy: every X-Forwarded-For line, validated and normalised."""

from __future__ import annotations

import pytest

from tests.helpers import REGISTER, registration


async def _registered_from(make_state, make_client, headers):
    gql = make_client(make_state(trusted_proxies=["127.0.0.1"]))  # ASGI peer: 127.0.0.1
    response = await gql.http.post(
        "/graphql",
        json={"query": REGISTER, "variables": {"input": registration()}},
        headers=headers,
    )
    token = response.json()["data"]["registerUser"]["token"]
    body = await gql("{ sessions { ipAddress } }", token=token)
    return body["data"]["sessions"][0]["ipAddress"]


async def test_a_client_line_of_x_forwarded_for_does_not_win(make_state, make_client):
    """P7 #7: the proxy appends its own line after the client's; the proxy's is the truth."""
    headers = [("X-Forwarded-For", "6.6.6.6"), ("X-Forwarded-For", "203.0.113.5")]
    assert await _registered_from(make_state, make_client, headers) == "203.0.113.5"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("fe80::1%" + "a" * 100, "127.0.0.1"),  # too long to be an address: the proxy it is
        ("2001:DB8:0:0::1%eth0", "2001:db8::1"),  # zone dropped, canonical spelling
        ("::ffff:203.0.113.7", "203.0.113.7"),  # IPv4-mapped is IPv4
        ("203.0.113.8, not-an-ip", "127.0.0.1"),  # the proxy wrote no address: the proxy
        ("garbage, 203.0.113.5", "203.0.113.5"),  # a client's junk further left changes nothing
        ("unknown, 203.0.113.5", "203.0.113.5"),
        ("203.0.113.5:1234", "203.0.113.5"),  # proxies that add the client's port
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("198.51.100.9, 127.0.0.1", "198.51.100.9"),  # trusted hops are skipped
    ],
)
async def test_forwarded_addresses_are_validated_and_normalised(
    make_state, make_client, forwarded, expected
):
    headers = [("X-Forwarded-For", forwarded)]
    assert await _registered_from(make_state, make_client, headers) == expected
