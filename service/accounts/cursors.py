"""Opaque cursors of the newest-first connections (security events, the audit log, the admin
API's accounts): a row's moment and id, behind a prefix naming the connection, base64url
without padding. A cursor another connection wrote, or anything this service did not write,
reads as ``None``."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True, slots=True)
class Position:
    at: datetime
    id: uuid.UUID


def encode(prefix: str, at: datetime, row_id: uuid.UUID) -> str:
    text = f"{prefix}{at.isoformat()}|{row_id}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode(prefix: str, cursor: str) -> Position | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith(prefix):
            return None
        at, _, row_id = text[len(prefix) :].partition("|")
        moment = datetime.fromisoformat(at)
        if moment.tzinfo is None:
            return None
        # In UTC, as the columns hold it: an offset that pushes the moment past year 1 or
        # 9999 is no position of any row.
        position = Position(moment.astimezone(UTC), uuid.UUID(row_id))
    except (ValueError, OverflowError, binascii.Error, UnicodeDecodeError):
        return None
    return position
