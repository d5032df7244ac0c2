"""What the admin actions answer, besides the shared outcomes (``accounts.outcomes``)."""

from __future__ import annotations

from dataclasses import dataclass

from service.db.models import User


@dataclass(frozen=True, slots=True)
class UserNotFound:
    message: str = "No account has this id."


@dataclass(frozen=True, slots=True)
class ActionRefused:
    """The caller may not do this to this account: ``code`` says why (``own_account``,
    ``staff_account``, ``last_admin``, ``suspended``)."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class UserActionDone:
    """The action was taken; ``user`` is the account as it is now (``None`` once deleted)."""

    user: User | None
    sessions_ended: int = 0
    changed: bool = True
