"""SQLite acknowledges a write only once it is on disk, unless told otherwise."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from service.db.engine import create_engine
from tests.conftest import make_settings

LEVELS = {"OFF": 0, "NORMAL": 1, "FULL": 2, "EXTRA": 3}


@pytest.mark.parametrize(("setting", "expected"), [(None, "FULL"), ("normal", "NORMAL")])
async def test_sqlite_synchronous_level(tmp_path, setting, expected):
    overrides = {} if setting is None else {"sqlite_synchronous": setting}
    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path}/a.db", **overrides)
    for read_only in (False, True):
        engine = create_engine(settings, read_only=read_only)
        try:
            async with engine.connect() as connection:
                level = (await connection.execute(text("PRAGMA synchronous"))).scalar_one()
                mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
        finally:
            await engine.dispose()
        assert (level, mode) == (LEVELS[expected], "wal")
