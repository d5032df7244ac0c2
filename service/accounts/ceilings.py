"""Long-window ceilings: how many wrong codes an account takes, whoever sends them.

The short budgets (``limits``) bound guesses per window and are cleared by a success; these
are not, so that guessing never resumes because the owner signed in meanwhile. NIST 800-63B
caps consecutive failures at 100:

- ``factor_failures``: wrong second-factor codes (TOTP or recovery codes), anywhere they are
  checked. Past ``MAX_FACTOR_FAILURES`` the second factor is refused until a password reset
  (completed with a passkey, which is both factors) or an operator's two-factor reset.
- ``code_failures``: wrong email codes sent without the handle of their request (the handle
  path cannot be guessed by strangers, see ``email.codes``). Past ``MAX_CODE_FAILURES`` such
  checks are refused; a code checked with its handle still works, and a reset clears the count.

The counts are columns of the account's row, written by one UPDATE each (not a compare-and-set:
they never bump the row's version).
"""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlmodel import col

from service.db.models import User
from service.db.unit_of_work import UnitOfWork

MAX_FACTOR_FAILURES = 100
MAX_CODE_FAILURES = 100
FACTOR_LOCKED_MESSAGE = (
    "Too many wrong codes were entered for this account: reset your password to use the "
    "second factor again, or ask support."
)
CODES_LOCKED_MESSAGE = (
    "Too many wrong codes were entered for this address: use the link in the newest email, "
    "or ask for a new code from this device."
)


def factor_locked(user: User) -> bool:
    return user.factor_failures >= MAX_FACTOR_FAILURES


def codes_locked(user: User) -> bool:
    return user.code_failures >= MAX_CODE_FAILURES


async def count_factor_failure(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    await _count(uow, user_id, "factor_failures")


async def count_code_failure(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    await _count(uow, user_id, "code_failures")


async def _count(uow: UnitOfWork, user_id: uuid.UUID, column: str) -> None:
    counted = getattr(User, column)
    await uow.session.execute(
        update(User)
        .where(col(User.id) == user_id)
        .values({column: counted + 1})
        .execution_options(synchronize_session=False)
    )


async def clear_factor_failures(uow: UnitOfWork, user_id: uuid.UUID) -> None:
    """An operator's two-factor reset, or a passkey (both factors) proved by the owner."""
    await uow.session.execute(
        update(User)
        .where(col(User.id) == user_id)
        .values(factor_failures=0)
        .execution_options(synchronize_session=False)
    )
