"""Profile images through GraphQL multipart requests, on both databases."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from service.db.models import User
from tests import images
from tests.helpers import ME, REGISTER, UPDATE, registration, waits_out_the_window

PREFLIGHT = {"Apollo-Require-Preflight": "true"}


async def multipart(gql, query, variables, path, data, *, token=None, headers=PREFLIGHT):
    all_headers = dict(headers)
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    response = await gql.http.post(
        "/graphql",
        data={
            "operations": json.dumps({"query": query, "variables": variables}),
            "map": json.dumps({"0": [path]}),
        },
        files={"0": ("avatar.png", data, "image/png")},
        headers=all_headers,
    )
    return response


async def register_with(gql, data, **overrides):
    variables = {"input": registration(image=None, **overrides)}
    response = await multipart(gql, REGISTER, variables, "variables.input.image", data)
    assert response.status_code == 200, response.text
    return response.json()["data"]["registerUser"]


async def update_with(gql, token, data, **fields):
    variables = {"input": {"image": None, **fields}}
    response = await multipart(gql, UPDATE, variables, "variables.input.image", data, token=token)
    assert response.status_code == 200, response.text
    return response.json()["data"]["updateUser"]


def stored(state) -> set[str]:
    root = Path(state.settings.media_dir)
    return {p.name for p in root.iterdir()} if root.exists() else set()


async def fetch(gql, url):
    return await gql.http.get(url)


async def test_register_with_image_and_fetch_it(gql, state):
    result = await register_with(gql, images.jpeg_with_exif())
    assert result["__typename"] == "AuthSuccess", result
    url = result["user"]["imageUrl"]
    assert url.startswith("/media/") and url.endswith(".webp")
    assert stored(state) == {url.rsplit("/", 1)[1]}
    response = await fetch(gql, url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/webp"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "immutable" in response.headers["cache-control"]
    assert b"SecretCam" not in response.content
    me = await gql(ME, token=result["token"])
    assert me["data"]["me"]["imageUrl"] == url


async def test_replace_deletes_the_old_file_and_remove_image(gql, state):
    first = await register_with(gql, images.png(color="red"))
    token, old = first["token"], first["user"]["imageUrl"]
    replaced = await update_with(gql, token, images.png(color="blue"))
    new = replaced["user"]["imageUrl"]
    assert new != old
    assert stored(state) == {new.rsplit("/", 1)[1]}
    assert (await fetch(gql, old)).status_code == 404
    renamed = await gql(UPDATE, {"input": {"firstName": "Augusta"}}, token=token)
    assert renamed["data"]["updateUser"]["user"]["imageUrl"] == new  # other changes keep it
    assert stored(state) == {new.rsplit("/", 1)[1]}
    assert (await fetch(gql, new)).status_code == 200
    body = await gql(UPDATE, {"input": {"removeImage": True}}, token=token)
    assert body["data"]["updateUser"]["user"]["imageUrl"] is None
    assert stored(state) == set()
    async with state.session_factory() as db:
        assert (await db.execute(select(User.image_key))).scalar_one() is None


async def test_shared_content_survives_one_removal(gql, state):
    ada = await register_with(gql, images.png())
    bob = await register_with(gql, images.png(), email="bob@example.com", username="bob_builder")
    assert ada["user"]["imageUrl"] == bob["user"]["imageUrl"]
    await gql(UPDATE, {"input": {"removeImage": True}}, token=ada["token"])
    assert (await fetch(gql, bob["user"]["imageUrl"])).status_code == 200


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"GIF89a not really", "not_an_image"),
        (b"hello world", "not_an_image"),
        (images.SVG, "polyglot"),
        (images.HTML_POLYGLOT, "polyglot"),
        (images.png()[:-40], "truncated"),
        (images.huge_png(), "too_many_pixels"),
    ],
    ids=["empty", "gif-header", "text", "svg", "polyglot", "truncated", "pixels"],
)
async def test_refused_images_are_field_errors_and_leave_nothing(gql, state, data, code):
    result = await register_with(gql, data)
    assert result["__typename"] == "ValidationError"
    assert {(f["field"], f["code"]) for f in result["fields"]} == {("image", code)}
    assert stored(state) == set()
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def test_oversize_image_bytes(make_state, make_client):
    state = make_state(image_max_bytes=2048)
    gql = make_client(state)
    result = await register_with(gql, images.png(300, 300, "white") + bytes(4096))
    assert {(f["field"], f["code"]) for f in result["fields"]} == {("image", "too_large")}
    response = await multipart(
        gql,
        REGISTER,
        {"input": registration(image=None)},
        "variables.input.image",
        bytes(2048 + 65536 + 10),
    )
    assert response.status_code == 413


async def test_all_fields_reported_with_the_image(gql, state):
    result = await register_with(gql, b"nope", password="short")
    fields = {(f["field"], f["code"]) for f in result["fields"]}
    assert ("image", "not_an_image") in fields and ("password", "too_short") in fields
    good_image_bad_password = await register_with(gql, images.png(), passwordConfirmation="x")
    assert good_image_bad_password["__typename"] == "ValidationError"
    assert stored(state) == set()


async def test_failed_registration_leaves_no_orphan(gql, state):
    await register_with(gql, images.png(color="red"))
    duplicate = await register_with(gql, images.png(color="green"))
    assert duplicate["__typename"] == "UserAlreadyExists"
    assert len(stored(state)) == 1


async def test_race_loser_file_is_removed(gql, state, monkeypatch):
    """The pre-check passes, the unique constraint refuses: the loser's file is taken back."""
    from service.accounts.profile import registration

    await register_with(gql, images.png(color="red"))

    async def no_conflicts(*args, **kwargs):
        return []

    monkeypatch.setattr(registration, "find_conflicts", no_conflicts)
    loser = await register_with(gql, images.png(color="green"))
    assert loser["__typename"] == "UserAlreadyExists"
    assert len(stored(state)) == 1


async def test_failed_file_write_leaves_no_user(gql, state, monkeypatch):
    """A full disk is an outage of the media storage: a typed, retryable answer, no user."""

    async def broken_save(key, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(state.services.media, "save", broken_save)
    response = await multipart(
        gql, REGISTER, {"input": registration(image=None)}, "variables.input.image", images.png()
    )
    body = response.json()
    assert body["data"] is None
    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        (
            "The service is temporarily unavailable. Try again.",
            {"code": "SERVICE_UNAVAILABLE"},
        )
    ]
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def test_failed_update_keeps_the_old_image(gql, state):
    first = await register_with(gql, images.png(color="red"))
    await register_with(
        gql, images.png(color="blue"), email="bob@example.com", username="bob_builder"
    )
    before = stored(state)
    taken = await update_with(
        gql, first["token"], images.png(color="green"), username="bob_builder"
    )
    assert taken["__typename"] == "UserAlreadyExists"
    assert stored(state) == before
    me = await gql(ME, token=first["token"])
    assert me["data"]["me"]["imageUrl"] == first["user"]["imageUrl"]


async def test_image_and_remove_image_together(gql):
    token = (await register_with(gql, images.png()))["token"]
    result = await update_with(gql, token, images.png(color="red"), removeImage=True)
    assert {(f["field"], f["code"]) for f in result["fields"]} == {("removeImage", "conflict")}


async def test_multipart_without_preflight_header_is_refused(gql, state):
    response = await multipart(
        gql,
        REGISTER,
        {"input": registration(image=None)},
        "variables.input.image",
        images.png(),
        headers={},
    )
    assert response.status_code == 400
    assert "Apollo-Require-Preflight" in response.text
    assert stored(state) == set()


async def test_media_route_refuses_other_names(gql):
    for path in ("/media/../accounts.db", "/media/x.webp", "/media/" + "a" * 64 + ".svg"):
        assert (await fetch(gql, path)).status_code == 404


async def test_image_sent_as_a_string_is_a_field_error(gql, state):
    token = (await register_with(gql, images.png()))["token"]
    before = stored(state)
    body = await gql(UPDATE, {"input": {"image": "not a file", "bio": "x" * 600}}, token=token)
    result = body["data"]["updateUser"]
    assert {(f["field"], f["code"]) for f in result["fields"]} == {
        ("image", "not_a_file"),
        ("bio", "too_long"),
    }
    assert stored(state) == before


async def test_registration_limit_is_counted_before_an_image_is_decoded(
    make_state, make_client, monkeypatch
):
    """An anonymous upload costs CPU: past the per-IP limit it is refused undecoded."""
    from service.accounts.profile import registration

    decoded = []
    real = registration.process_image
    monkeypatch.setattr(registration, "process_image", lambda *a: decoded.append(1) or real(*a))
    gql = make_client(make_state(rate_limit_enabled=True, rate_limit_register_per_ip="2/hour"))
    first = await register_with(gql, images.png())
    second = await register_with(gql, images.png(), email="b@example.com", username="bob_b_b")
    assert [first["__typename"], second["__typename"]] == ["AuthSuccess", "AuthSuccess"]
    third = await register_with(
        gql, images.png_claiming(1, 16_000_000), email="c@example.com", username="carol_c"
    )
    assert third["__typename"] == "RateLimited" and waits_out_the_window(
        third["retryAfterSeconds"], 3600
    )
    assert len(decoded) == 2


async def test_failed_image_registrations_are_counted(make_state, make_client):
    gql = make_client(make_state(rate_limit_enabled=True, rate_limit_register_per_ip="1/hour"))
    bomb = await register_with(gql, images.png_claiming(1, 16_000_000))
    assert bomb["__typename"] == "ValidationError"
    assert bomb["fields"] == [
        {
            "field": "image",
            "code": "too_many_pixels",
            "message": "The image declares more pixels than a file of its size can hold.",
        }
    ]
    again = await register_with(gql, images.png())
    assert again["__typename"] == "RateLimited"


async def test_corrupt_exif_is_a_validation_error(gql):
    result = await register_with(gql, images.webp_with_exif())
    assert result["__typename"] == "ValidationError"
    assert result["fields"] == [
        {"field": "image", "code": "truncated", "message": "The image is truncated or corrupt."}
    ]


async def test_phone_jpeg_mpo_is_accepted(gql):
    result = await register_with(gql, images.mpo())
    assert result["__typename"] == "AuthSuccess" and result["user"]["imageUrl"]


async def test_image_uploads_are_budgeted_per_account(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_image_uploads_per_user="1/hour")
    gql = make_client(state)
    ada = (await register_with(gql, images.png()))["token"]
    bob = await gql(REGISTER, {"input": registration(email="bob@example.com", username="bob_b0b")})
    bob_token = bob["data"]["registerUser"]["token"]
    assert (await update_with(gql, ada, images.png(color="red")))["__typename"] == (
        "UpdateUserSuccess"
    )
    assert (await update_with(gql, ada, images.png(color="blue")))["__typename"] == "RateLimited"
    assert (await update_with(gql, bob_token, images.png(color="blue")))["__typename"] == (
        "UpdateUserSuccess"
    )
