"""The HTTP side of /graphql: malformed bodies and multipart requests are 400s, answers are
never stored by caches."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from service.app import create_app
from tests import images
from tests.helpers import LOGIN, REGISTER, registration

PREFLIGHT = {"Apollo-Require-Preflight": "true"}
UPLOAD = "mutation ($f: Upload) { updateUser(input: {image: $f}) { __typename } }"
OPERATIONS = json.dumps({"query": UPLOAD, "variables": {"f": "a string", "list": [None]}})
PNG = ("a.png", images.png(), "image/png")


@pytest.fixture
def raw(state):
    """A client that sees the app's own answer even when it is a 500 (no exception raised)."""
    transport = httpx.ASGITransport(app=create_app(state=state), raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://t")


@pytest.mark.parametrize("body", [b"1", b'"x"', b"null", b"true", b"1.5"])
async def test_json_bodies_that_are_not_objects_are_400(raw, body, caplog):
    caplog.set_level(logging.ERROR)
    async with raw:
        response = await raw.post(
            "/graphql", content=body, headers={"content-type": "application/json"}
        )
    assert (response.status_code, response.text) == (
        400,
        "A GraphQL request must be a JSON object.",
    )
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize(
    ("fields", "files", "message"),
    [
        (
            {"operations": OPERATIONS, "map": '{"0": ["variables.f.x"]}'},
            {"0": PNG},
            "The `map` path 'variables.f.x' does not lead to a value in `operations`.",
        ),
        (
            {"operations": OPERATIONS, "map": '{"0": ["variables.list.abc"]}'},
            {"0": PNG},
            "The `map` path 'variables.list.abc' does not lead to a value in `operations`.",
        ),
        (
            {"operations": OPERATIONS, "map": '{"0": ["variables.list.7"]}'},
            {"0": PNG},
            "The `map` path 'variables.list.7' does not lead to a value in `operations`.",
        ),
        (
            {"operations": OPERATIONS, "map": '{"0": ["variables.missing.f"]}'},
            {"0": PNG},
            "The `map` path 'variables.missing.f' does not lead to a value in `operations`.",
        ),
        (
            {"operations": OPERATIONS, "map": '[["variables.f"]]'},
            {"0": PNG},
            "`map` must be a JSON object of file field names to lists of paths.",
        ),
        (
            {"operations": OPERATIONS, "map": '{"0": "variables.f"}'},
            {"0": PNG},
            "Each `map` entry must be a list of paths like `variables.image`.",
        ),
        (
            {"operations": OPERATIONS, "map": '{"1": ["variables.f"]}'},
            {"0": PNG},
            "`map` names a file the request does not carry: '1'.",
        ),
        ({"operations": "1", "map": "{}"}, {"0": PNG}, "A GraphQL request must be a JSON object."),
        (
            {"operations": "[1]", "map": "{}"},
            {"0": PNG},
            "`operations` must be a JSON object (batching is not supported).",
        ),
        (
            {"map": "{}"},
            {"operations": ("o.json", OPERATIONS.encode(), "application/json"), "0": PNG},
            "`operations` must be a form field holding JSON, not a file.",
        ),
        ({"map": "{}"}, {"0": PNG}, "A multipart request needs an `operations` field."),
        (
            {"operations": OPERATIONS},
            {"0": PNG, "map": ("m.json", b"{}", "application/json")},
            "`map` must be a form field holding JSON, not a file.",
        ),
    ],
    ids=[
        "map-into-a-string",
        "non-numeric-index",
        "index-out-of-range",
        "missing-key",
        "map-as-list",
        "map-entry-not-a-list",
        "map-names-no-file",
        "operations-1",
        "operations-list",
        "operations-as-file",
        "no-operations",
        "map-as-file",
    ],
)
async def test_malformed_multipart_is_400(raw, fields, files, message, caplog):
    caplog.set_level(logging.ERROR)
    async with raw:
        response = await raw.post("/graphql", data=fields, files=files, headers=PREFLIGHT)
    assert (response.status_code, response.text) == (400, message)
    assert not [r for r in caplog.records if r.exc_info]


async def test_multipart_operations_are_bounded_by_the_json_body_limit(raw):
    """The multipart body may hold an image, but `operations` itself is JSON-sized."""
    big = json.dumps({"query": "{ __typename }", "variables": {"a": "x" * 70_000}})
    async with raw:
        response = await raw.post(
            "/graphql", data={"operations": big, "map": "{}"}, files={"0": PNG}, headers=PREFLIGHT
        )
    assert (response.status_code, response.text) == (400, "Part exceeded maximum size of 64KB.")


async def test_multipart_fields_must_be_utf8(raw):
    operations = b'{"query": "{ __typename }", "variables": {"a": "\xff\xfe"}}'
    async with raw:
        response = await raw.post(
            "/graphql",
            data={"operations": operations, "map": "{}"},  # type: ignore[dict-item]
            files={"0": PNG},
            headers=PREFLIGHT,
        )
        declared_latin1 = await raw.post(
            "/graphql",
            content=(
                b'--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'
                b'{"query": "{ __typename }", "variables": {"a": "\xe9"}}\r\n--b--\r\n'
            ),
            headers={
                **PREFLIGHT,
                "content-type": "multipart/form-data; boundary=b; charset=latin-1",
            },
        )
    assert (response.status_code, response.text) == (400, "Multipart form fields must be UTF-8.")
    assert (declared_latin1.status_code, declared_latin1.text) == (
        400,
        "Multipart form fields must be UTF-8.",
    )


async def test_well_formed_multipart_still_works(raw):
    operations = json.dumps({"query": REGISTER, "variables": {"input": registration(image=None)}})
    async with raw:
        response = await raw.post(
            "/graphql",
            data={"operations": operations, "map": '{"0": ["variables.input.image"]}'},
            files={"0": PNG},
            headers=PREFLIGHT,
        )
    assert response.status_code == 200
    assert response.json()["data"]["registerUser"]["__typename"] == "AuthSuccess"


async def test_graphql_answers_are_never_stored(raw):
    """Tokens (AuthSuccess) and the caller's data must not stay in a browser or proxy cache."""
    async with raw:
        registered = await raw.post(
            "/graphql", json={"query": REGISTER, "variables": {"input": registration()}}
        )
        failed_login = await raw.post(
            "/graphql",
            json={"query": LOGIN, "variables": {"input": {"identifier": "x", "password": "y"}}},
        )
        refused = await raw.post(
            "/graphql", content=b"1", headers={"content-type": "application/json"}
        )
        invalid = await raw.post("/graphql", json={"query": "{ nope }"})
        too_large = await raw.post(
            "/graphql", content=b"x" * (1024 * 1024), headers={"content-type": "application/json"}
        )
        other_method = await raw.put("/graphql", json={"query": "{ __typename }"})
    assert registered.json()["data"]["registerUser"]["__typename"] == "AuthSuccess"
    assert (too_large.status_code, other_method.status_code) == (413, 405)
    for response in (registered, failed_login, refused, invalid, too_large, other_method):
        assert response.headers["cache-control"] == "no-store"
