"""Image files shared by content: dropping one never loses a file a committed row names."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from sqlalchemy import update

from service.accounts.profile.stored_images import collect_garbage, drop_unreferenced, store_image
from service.db.models import User
from tests.accounts.support import register

KEY = "a" * 64 + ".webp"
DATA = b"RIFF-not-really-an-image"


async def _name_image(state, username: str, key: str | None) -> None:
    async with state.session_factory() as db:
        await db.execute(update(User).where(User.username == username).values(image_key=key))
        await db.commit()


async def test_a_drop_racing_an_upload_that_commits_before_it_deletes(state):
    """Checked (nobody), then the upload commits, then the delete: the file is put back."""
    await register(state)
    media = state.services.media
    await media.save(KEY, DATA)
    delete = media.delete

    async def upload_commits_first(key):
        await _name_image(state, "ada_lovelace", KEY)
        await delete(key)

    media.delete = upload_commits_first
    assert await drop_unreferenced(state.engine, media, KEY) is False
    assert await media.read(KEY) == DATA


async def test_a_drop_racing_an_upload_that_commits_after_it(state):
    """The whole drop runs between the upload's write and its commit: the upload rewrites it."""
    await register(state)
    image = type("Image", (), {"key": KEY, "data": DATA})()
    async with state.unit_of_work() as uow:
        user = (await uow.session.execute(User.__table__.select())).first()
        await store_image(uow, state.services, image)
        assert await drop_unreferenced(state.engine, state.services.media, KEY) is True
        assert await state.services.media.read(KEY) is None
        await uow.session.execute(update(User).where(User.id == user.id).values(image_key=KEY))
        await uow.commit()
    assert await state.services.media.read(KEY) == DATA


async def test_a_referenced_file_is_never_dropped(state):
    await register(state)
    await state.services.media.save(KEY, DATA)
    await _name_image(state, "ada_lovelace", KEY)
    assert await drop_unreferenced(state.engine, state.services.media, KEY) is False
    assert await state.services.media.read(KEY) == DATA


async def test_gc_drops_only_old_unreferenced_files(state):
    await register(state)
    media = state.services.media
    named, orphan, young = ("b" * 64 + ".webp", "c" * 64 + ".webp", "d" * 64 + ".png")
    for key in (named, orphan, young):
        await media.save(key, DATA)
    await _name_image(state, "ada_lovelace", named)
    old = time.time() - 7200
    for key in (named, orphan):
        os.utime(media.path(key), (old, old))
    assert await collect_garbage(state.engine, media, grace_seconds=3600) == 1
    assert [await media.exists(k) for k in (named, orphan, young)] == [True, False, True]


def test_media_gc_command(database_url, tmp_path):
    from tests.e2e.server import service_env

    media = tmp_path / "media"
    media.mkdir()
    (media / KEY).write_bytes(DATA)
    old = time.time() - 7200
    os.utime(media / KEY, (old, old))
    env = {**service_env(database_url), "ACCOUNTS_MEDIA_DIR": str(media)}
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "media", "gc", "--grace", "60"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (0, "removed 1 unreferenced images\n")
    assert not (media / KEY).exists()
