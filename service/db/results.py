"""Small helpers over SQLAlchemy results."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.engine import CursorResult, Result


def affected(result: Result[Any]) -> int:
    """Rows touched by an UPDATE or DELETE."""
    return int(cast(CursorResult[Any], result).rowcount)
