"""The caller's sessions as the ``sessions`` query lists them: each with how it was proved, its
assurance, and until when it is privileged (against the account's factors now)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from service.accounts.assurance import AssuranceLevel, Methods, decode, level, privileged_until
from service.accounts.services import Services
from service.accounts.sessions.store import list_sessions
from service.accounts.signin.step_up import account_factors
from service.accounts.values import Viewer
from service.clock import utcnow
from service.db.models import AuthSession, User
from service.db.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class ListedSession:
    row: AuthSession
    methods: Methods
    assurance: AssuranceLevel
    privileged_until: datetime | None


async def caller_sessions(
    uow: UnitOfWork, services: Services, viewer: Viewer, limit: int
) -> list[ListedSession]:
    now = utcnow()
    user = await uow.session.get(User, viewer.user.id)
    rows = await list_sessions(uow, viewer.user.id, now, limit)
    if user is None:
        return []
    factors = await account_factors(uow, user)
    window = services.settings.reauth_window
    listed = []
    for row in rows:
        methods = decode(row.methods)
        until = privileged_until(methods, row.authenticated_at, factors, window)
        listed.append(
            ListedSession(row, methods, level(methods), until if until and until > now else None)
        )
    return listed
