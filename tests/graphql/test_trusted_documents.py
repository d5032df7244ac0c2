"""Trusted documents: a request may name a known document by its SHA-256 instead of sending it.

The bundled web app's documents are always known; an operator adds more with
``ACCOUNTS_TRUSTED_DOCUMENTS``; ``ACCOUNTS_TRUSTED_DOCUMENTS_ONLY=true`` runs nothing else.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from service import cpu
from service.app import create_app
from service.graphql.trusted import (
    BUNDLED,
    ManifestError,
    TrustedDocuments,
    bundled_manifest,
    document_id,
    read_manifest,
)
from tests.helpers import register_ok

ME = "query Me { me { username email } }"
WHOAMI = "query Whoami { whoami { actor role } }"
SESSIONS = "query Sessions { sessions { current } }"
INTROSPECTION = "{ __schema { queryType { name } } }"
JSON = {"Accept": "application/json"}


def manifest(tmp_path, *documents: str, name: str = "trusted.json"):
    path = tmp_path / name
    path.write_text(json.dumps({document_id(text): text for text in documents}))
    return path


async def post(gql, body: dict[str, Any], token: str | None = None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await gql.http.post("/graphql", json=body, headers=headers)


def refused(response, code: str) -> str:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": code}
    message: str = error["message"]
    return message


def test_an_id_is_the_sha256_of_the_text_and_a_manifest_must_agree(tmp_path):
    assert document_id("{ me { id } }") == "sha256:" + hashlib.sha256(b"{ me { id } }").hexdigest()
    good = manifest(tmp_path, ME)
    assert read_manifest(good) == {document_id(ME): ME}
    bare = tmp_path / "bare.json"  # graphql-codegen's sha1/sha256 keys may come without prefix
    bare.write_text(json.dumps({document_id(ME).removeprefix("sha256:"): ME}))
    assert read_manifest(bare) == {document_id(ME): ME}
    lying = tmp_path / "lying.json"
    lying.write_text(json.dumps({document_id(ME): SESSIONS}))
    with pytest.raises(ManifestError, match="is not the SHA-256 of its document"):
        read_manifest(lying)
    for body in ('["a"]', '{"sha1:abc": "{ me { id } }"}', "{", f'{{"{document_id(ME)}": 3}}'):
        bad = tmp_path / "bad.json"
        bad.write_text(body)
        with pytest.raises(ManifestError):
            read_manifest(bad)
    with pytest.raises(ManifestError, match="not a readable JSON file"):
        read_manifest(tmp_path / "missing.json")


def test_the_bundled_manifests_hold_the_web_apps_documents():
    users, admin = bundled_manifest("users"), bundled_manifest("admin")
    assert any("query Me " in text for text in users.values())
    assert any("query Whoami" in text for text in admin.values())
    assert not set(users) & set(admin)
    assert sorted(p.name for p in BUNDLED.glob("*.json")) == [
        "admin-web.json",
        "users-typescript.json",
        "users-web.json",
    ]
    typescript = read_manifest(BUNDLED / "users-typescript.json")
    assert set(typescript) <= set(users) and any(
        "mutation Login(" in t for t in typescript.values()
    )


def test_resolving_a_request():
    documents = TrustedDocuments({document_id(ME): ME}, only=False)
    assert documents.resolve({"documentId": document_id(ME), "variables": {"a": 1}}) == {
        "documentId": document_id(ME),
        "variables": {"a": 1},
        "query": ME,
    }
    bare = document_id(ME).removeprefix("sha256:")
    assert documents.resolve({"documentId": bare})["query"] == ME
    assert documents.resolve({"query": SESSIONS}) == {"query": SESSIONS}
    assert documents.resolve([{"documentId": "x"}]) == [
        {"documentId": "x"}
    ]  # a batch, refused later
    only = TrustedDocuments({document_id(ME): ME}, only=True)
    assert only.resolve({"query": ME}) == {"query": ME}  # the exact text of a trusted document
    assert len(only) == 1


async def test_a_known_document_runs_by_id_with_its_variables(state, gql):
    token = (await register_ok(gql))["token"]
    me = next(
        i
        for i, text in bundled_manifest("users").items()
        if text.endswith("query Me { me { ...UserFields } }")
    )
    response = await post(gql, {"documentId": me}, token)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["me"]["username"] == "ada_lovelace"
    by_text = await post(gql, {"query": bundled_manifest("users")[me]}, token)
    assert by_text.json() == response.json()


async def test_unknown_malformed_and_doubled_ids_are_typed_400s(gql):
    unknown = "sha256:" + "0" * 64
    assert refused(await post(gql, {"documentId": unknown}), "UNKNOWN_DOCUMENT") == (
        "No trusted document has this id."
    )
    for bad in ("sha256:abc", "md5:" + "0" * 64, 7, "SHA256:" + "0" * 64):
        assert "64 hex digits" in refused(await post(gql, {"documentId": bad}), "BAD_REQUEST")
    me = next(iter(bundled_manifest("users")))
    both = await post(gql, {"documentId": me, "query": ME})
    assert refused(both, "BAD_REQUEST") == "Send a query or a documentId, not both."
    for accept in (JSON, {"Accept": "*/*"}, {"Accept": "text/html"}):  # never the explorer
        over_get = await gql.http.get("/graphql", params={"documentId": unknown}, headers=accept)
        refused(over_get, "UNKNOWN_DOCUMENT")


async def test_an_operators_manifest_adds_documents_to_the_endpoint_they_validate_on(
    make_state, make_client, tmp_path
):
    path = manifest(tmp_path, SESSIONS, WHOAMI)
    state = make_state(trusted_documents=path, admin_api=True)
    gql = make_client(state)
    token = (await register_ok(gql))["token"]
    sessions = await post(gql, {"documentId": document_id(SESSIONS)}, token)
    assert sessions.json()["data"]["sessions"] == [{"current": True}]
    # Whoami is the admin API's: it runs there, and is unknown to the users' endpoint
    refused(await post(gql, {"documentId": document_id(WHOAMI)}), "UNKNOWN_DOCUMENT")
    admin = await gql.http.post("/admin/graphql", json={"documentId": document_id(WHOAMI)})
    assert admin.status_code == 200, admin.text  # run (and refused for want of a caller)


async def test_a_manifest_document_valid_nowhere_stops_the_start(make_state, tmp_path):
    path = manifest(tmp_path, SESSIONS, "query Nope { nothing }")
    with pytest.raises(ManifestError, match=r"1 document\(s\) valid on no endpoint.*nothing"):
        create_app(state=make_state(trusted_documents=path))


async def test_only_trusted_documents_run_when_told(make_state, make_client, tmp_path):
    token = (await register_ok(make_client(make_state())))["token"]
    state = make_state(
        trusted_documents=manifest(tmp_path, ME),
        trusted_documents_only=True,
        graphiql=True,
        admin_api=True,
    )
    assert not state.settings.graphiql_enabled and not state.settings.introspection_enabled
    gql = make_client(state)
    for body in ({"documentId": document_id(ME)}, {"query": ME}):
        response = await post(gql, body, token)
        assert response.json()["data"]["me"]["username"] == "ada_lovelace"
    for other in ("query { me { username } }", INTROSPECTION, ME + " "):
        message = refused(await post(gql, {"query": other}, token), "TRUSTED_DOCUMENT_REQUIRED")
        assert message == "Only trusted documents run here: send a documentId."
    over_get = await gql.http.get("/graphql", params={"query": "{ me { username } }"}, headers=JSON)
    refused(over_get, "TRUSTED_DOCUMENT_REQUIRED")
    for odd in ({"a": 1}, ["x"], 3, True):  # not a text at all: the same typed refusal
        refused(await post(gql, {"query": odd}, token), "TRUSTED_DOCUMENT_REQUIRED")
    admin = await gql.http.post("/admin/graphql", json={"query": {"a": 1}})
    refused(admin, "TRUSTED_DOCUMENT_REQUIRED")
    assert (await gql.http.get("/graphql", headers={"Accept": "text/html"})).status_code == 404


async def test_an_introspection_document_is_valid_nowhere_when_only_trusted_ones_run(
    make_state, tmp_path
):
    path = manifest(tmp_path, ME, INTROSPECTION)
    assert create_app(state=make_state(trusted_documents=path))  # introspection on: it runs
    with pytest.raises(ManifestError, match="valid on no endpoint"):
        create_app(state=make_state(trusted_documents=path, trusted_documents_only=True))


@pytest.mark.parametrize("fast", [True, False])
async def test_a_trusted_document_is_validated_at_start_up_on_the_fast_path(
    make_state, make_client, monkeypatch, fast
):
    validated: list[object] = []
    run = cpu.documents.run

    async def counted(fn, *args):
        validated.append(fn)
        return await run(fn, *args)

    monkeypatch.setattr(cpu.documents, "run", counted)
    gql = make_client(make_state(fast_request_policy=fast))
    token = (await register_ok(gql))["token"]
    validated.clear()
    users = bundled_manifest("users")
    me = next(i for i, text in users.items() if text.endswith("query Me { me { ...UserFields } }"))
    response = await post(gql, {"documentId": me}, token)
    assert response.json()["data"]["me"]["username"] == "ada_lovelace"  # both paths agree
    if fast:
        assert validated == []  # prepared at start-up: nothing left to validate
        await post(gql, {"query": "query Other { me { id } }"}, token)
        assert len(validated) == 1  # a document not seen before is validated off the loop


async def test_a_bundled_document_this_services_limits_refuse_is_left_out(make_state, caplog):
    app = create_app(state=make_state(max_query_depth=1))  # the web app's documents go deeper
    assert app is not None
    assert "bundled document sha256:" in caplog.text and "refused: MaxDepth" in caplog.text
