"""Upgrading a database keeps its rows: a SQLite table rebuilt by a migration does not take the
rows that name it with it."""

from __future__ import annotations

import sqlite3
import uuid

from service.cli.runtime import run_migrations
from service.config import Settings

# (0007 replaces the email codes table on purpose: codes outstanding then are asked for again)
CHILDREN = ("sessions", "security_events", "known_devices", "passkeys")


def _fill(connection: sqlite3.Connection, table: str, values: dict[str, object]) -> None:
    """One row of ``table``: ``values``, and a plain value for every other required column."""
    row = dict(values)
    for _, name, kind, not_null, default, _pk in connection.execute(f"PRAGMA table_info({table})"):
        if name in row or (not not_null and name != "id") or default is not None:
            continue
        kind = kind.upper()
        if name == "id" or kind.startswith("CHAR(32)"):
            row[name] = uuid.uuid4().hex
        elif "INT" in kind or "BOOL" in kind:
            row[name] = 0
        elif "DATETIME" in kind or "TIMESTAMP" in kind:
            row[name] = "2026-01-01 00:00:00.000000"
        else:
            row[name] = f"{table}-{name}-{uuid.uuid4().hex[:8]}"
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    statement = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - our own names
    connection.execute(statement, list(row.values()))


def test_upgrading_sqlite_keeps_the_rows_that_name_an_account(tmp_path):
    path = tmp_path / "old.db"
    settings = Settings(database_url=f"sqlite+aiosqlite:///{path}")
    run_migrations(settings, "0006")
    user_id = uuid.uuid4().hex
    with sqlite3.connect(path) as connection:
        _fill(connection, "users", {"id": user_id})
        for table in CHILDREN:
            _fill(connection, table, {"user_id": user_id})
    run_migrations(settings)
    with sqlite3.connect(path) as connection:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("users", *CHILDREN)
        }
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert counts == {"users": 1, **dict.fromkeys(CHILDREN, 1)}
