"""GraphQL types of the security events: the kind enum and a Relay-style connection."""

from __future__ import annotations

from datetime import datetime

import strawberry

from service.db.models import SecurityEvent as SecurityEventRow
from service.db.models import SecurityEventKind as SecurityEventKind  # registered below

strawberry.enum(SecurityEventKind, name="SecurityEventKind")


@strawberry.type(description="Something that happened to the account's security.")
class SecurityEvent:
    id: strawberry.ID
    kind: SecurityEventKind
    at: datetime
    ip_address: str | None
    user_agent: str | None

    @classmethod
    def from_row(cls, row: SecurityEventRow) -> SecurityEvent:
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=SecurityEventKind(row.kind),
            at=row.at,
            ip_address=row.ip_address,
            user_agent=row.user_agent,
        )


@strawberry.type
class SecurityEventEdge:
    cursor: str
    node: SecurityEvent


@strawberry.type(description="Relay-style page information.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="The caller's security events, newest first.")
class SecurityEventConnection:
    edges: list[SecurityEventEdge]
    page_info: PageInfo
