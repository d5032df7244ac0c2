"""``Session`` (one logged-in device; the row is ``db.models.AuthSession``) and what
logging out answers."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from service.db.models import AuthSession as SessionRow


@strawberry.type(description="One logged-in device.")
class Session:
    id: strawberry.ID
    current: bool
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    user_agent: str | None
    ip_address: str | None

    @classmethod
    def from_row(cls, row: SessionRow, current_id: object) -> Session:
        return cls(
            id=strawberry.ID(str(row.id)),
            current=row.id == current_id,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            expires_at=row.expires_at,
            user_agent=row.user_agent,
            ip_address=row.ip_address,
        )


@strawberry.type
class LogoutSuccess:
    revoked_sessions: int


LogoutResult = Annotated[LogoutSuccess, strawberry.union("LogoutResult")]
