"""Where profile images live: a small interface and the local-directory implementation.

Another backend (an S3-compatible bucket, say) implements ``MediaStorage`` and is returned by
``create_media_storage``; the service layer only ever sees the interface.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

from service.config import Settings

KEY_PATTERN = re.compile(r"^[0-9a-f]{64}\.(webp|png)$")
CONTENT_TYPES = {"webp": "image/webp", "png": "image/png"}


class MediaStorage(Protocol):
    async def save(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key``, atomically: readers see all of it or nothing."""

    async def delete(self, key: str) -> None:
        """Remove ``key``; a missing key is not an error."""

    async def read(self, key: str) -> bytes | None:
        """The content of ``key``, or ``None`` when there is none."""

    async def exists(self, key: str) -> bool:
        """Whether ``key`` is stored."""

    async def stored(self) -> list[tuple[str, float]]:
        """Every stored key with its modification time (seconds since the epoch)."""

    def url(self, key: str) -> str:
        """Where clients fetch ``key`` from."""


class LocalMediaStorage:
    """Files in one directory, written to a temp file and renamed into place."""

    def __init__(self, root: Path, base_url: str = "/media/") -> None:
        self.root = root
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"

    def path(self, key: str) -> Path:
        if not KEY_PATTERN.fullmatch(key):
            raise ValueError(f"not a media key: {key!r}")
        return self.root / key

    def _save(self, key: str, data: bytes) -> None:
        target = self.path(key)
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.root, prefix=".upload-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    async def save(self, key: str, data: bytes) -> None:
        await asyncio.to_thread(self._save, key, data)

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.path(key).unlink, True)

    def _read(self, key: str) -> bytes | None:
        try:
            return self.path(key).read_bytes()
        except FileNotFoundError:
            return None

    async def read(self, key: str) -> bytes | None:
        return await asyncio.to_thread(self._read, key)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self.path(key).is_file)

    def _stored(self) -> list[tuple[str, float]]:
        if not self.root.is_dir():
            return []
        found = []
        for entry in os.scandir(self.root):
            if KEY_PATTERN.fullmatch(entry.name):
                try:
                    found.append((entry.name, entry.stat().st_mtime))
                except FileNotFoundError:
                    continue
        return found

    async def stored(self) -> list[tuple[str, float]]:
        return await asyncio.to_thread(self._stored)

    def url(self, key: str) -> str:
        return self.base_url + key


def create_media_storage(settings: Settings) -> MediaStorage:
    return LocalMediaStorage(settings.media_dir, settings.media_url)
