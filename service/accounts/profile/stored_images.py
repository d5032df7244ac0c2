"""Profile image files: written with the row that names them, deleted only when nobody does.

Files are named by the SHA-256 of their content, so two accounts with the same picture share
one file, and the database, not the file system, knows whether a file is still wanted. Two
writes race on one file: an account dropping it (its reference check finds nobody else)
while another account's upload of the same content is committing. Neither side takes a
lock; instead each re-checks after acting:

- dropping reads the file into memory, deletes it, then checks the references again and
  writes it back if an upload committed meanwhile;
- an upload, once committed, makes sure its file exists and writes it again if a drop got
  there in between.

Whichever order the steps interleave in, a file that a committed row names ends up on disk.
Reference checks run on a connection of their own, never on the request's session, which
may be the one that failed. A file that cannot be dropped now (the database is down while a
registration rolls back) is left for ``accounts media gc``, which drops unreferenced files
older than a grace period.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col

from service.accounts.profile.images import ProcessedImage
from service.accounts.services import Services
from service.db.models import User
from service.db.unit_of_work import UnitOfWork
from service.media import MediaStorage

logger = logging.getLogger("service.accounts")
GC_GRACE_SECONDS = 3600.0


def _engine(uow: UnitOfWork) -> AsyncEngine:
    bind = uow.session.bind
    assert isinstance(bind, AsyncEngine)
    return bind


async def references(engine: AsyncEngine, key: str) -> int:
    statement = select(func.count()).select_from(User).where(col(User.image_key) == key)
    async with engine.connect() as connection:
        return int((await connection.execute(statement)).scalar_one())


async def drop_unreferenced(engine: AsyncEngine, media: MediaStorage, key: str) -> bool:
    """Delete ``key`` unless a user names it; ``True`` when it was deleted."""
    if await references(engine, key):
        return False
    data = await media.read(key)
    await media.delete(key)
    if data is not None and await references(engine, key):
        await media.save(key, data)  # an upload of the same content committed meanwhile
        return False
    return True


async def _drop_quietly(engine: AsyncEngine, media: MediaStorage, key: str) -> None:
    try:
        await drop_unreferenced(engine, media, key)
    except Exception as exc:  # e.g. the database is down: left for `accounts media gc`
        logger.warning("image %s kept for media gc: %s", key[:12], type(exc).__name__)


async def _ensure_stored(media: MediaStorage, image: ProcessedImage) -> None:
    if not await media.exists(image.key):
        await media.save(image.key, image.data)


async def store_image(uow: UnitOfWork, services: Services, image: ProcessedImage) -> None:
    """Write the file now; take it back if the unit of work does not commit."""
    engine, media = _engine(uow), services.media
    uow.on_rollback(lambda: _drop_quietly(engine, media, image.key))
    uow.after_commit(lambda: _ensure_stored(media, image))
    await media.save(image.key, image.data)


def release_image(uow: UnitOfWork, services: Services, key: str) -> None:
    """Once the unit of work commits, drop ``key`` unless another user still names it."""
    engine, media = _engine(uow), services.media
    uow.after_commit(lambda: _drop_quietly(engine, media, key))


async def collect_garbage(
    engine: AsyncEngine, media: MediaStorage, grace_seconds: float = GC_GRACE_SECONDS
) -> int:
    """Drop files no user names that are older than ``grace_seconds``; how many went."""
    cutoff = time.time() - grace_seconds
    dropped = 0
    for key, modified in await media.stored():
        if modified <= cutoff and await drop_unreferenced(engine, media, key):
            dropped += 1
    return dropped
