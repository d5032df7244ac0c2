"""Writing a user row that was read earlier in the unit of work."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from service.accounts.outcomes import AccountChanged, Rejected, UserAlreadyExists
from service.db.models import User
from service.db.unit_of_work import UnitOfWork


def conflicting_fields(exc: IntegrityError) -> list[str]:
    """Which unique column refused the write, from the constraint named in the DB error."""
    text = str(exc.orig)
    fields = [name for name in ("email", "username") if f"{name}_normalized" in text]
    return fields or ["email", "username"]


async def save_user(uow: UnitOfWork, user: User) -> None:
    """Flush ``user``: a compare-and-set on its version (see ``User``), so a password or
    status change committed since it was read raises ``AccountChanged``; a unique column
    taken meanwhile raises ``Rejected(UserAlreadyExists)``."""
    uow.session.add(user)
    try:
        await uow.session.flush()
    except IntegrityError as exc:
        raise Rejected(UserAlreadyExists(conflicting_fields(exc))) from exc
    except StaleDataError as exc:
        raise AccountChanged from exc
