"""``Session`` (one logged-in device; the row is ``db.models.AuthSession``) and what
logging out answers."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from service.accounts.assurance import AssuranceLevel as AssuranceLevel  # registered below
from service.accounts.assurance import AuthenticationMethod as AuthenticationMethod
from service.accounts.sessions.listing import ListedSession

strawberry.enum(AuthenticationMethod, name="AuthenticationMethod")
strawberry.enum(AssuranceLevel, name="AssuranceLevel")


@strawberry.type(description="One logged-in device.")
class Session:
    id: strawberry.ID
    current: bool
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    user_agent: str | None
    ip_address: str | None
    methods: list[AuthenticationMethod] = strawberry.field(
        description="How the session was last proved: the sign-in, or a re-authentication."
    )
    assurance: AssuranceLevel = strawberry.field(
        description="AAL2: that proof had two factors, or a passkey."
    )
    authenticated_at: datetime = strawberry.field(description="When it was last proved.")
    privileged_until: datetime | None = strawberry.field(
        description="Until when it may change how the account signs in, its email, or delete "
        "it (null: reauthenticate first)."
    )

    @classmethod
    def from_listed(cls, listed: ListedSession, current_id: object) -> Session:
        row = listed.row
        return cls(
            id=strawberry.ID(str(row.id)),
            current=row.id == current_id,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            expires_at=row.expires_at,
            user_agent=row.user_agent,
            ip_address=row.ip_address,
            methods=list(listed.methods),
            assurance=listed.assurance,
            authenticated_at=row.authenticated_at,
            privileged_until=listed.privileged_until,
        )


@strawberry.type
class LogoutSuccess:
    revoked_sessions: int


LogoutResult = Annotated[LogoutSuccess, strawberry.union("LogoutResult")]
