"""The directory's rules one at a time, at the service: what a prefix matches once escaped for
``LIKE``, the order among accounts that joined at once, where a page ends; and which second
factors count for a staff session."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlmodel import col

from service.accounts.admin import directory
from service.accounts.admin.staff import second_factor_before
from service.clock import utcnow
from service.db.models import Passkey, TotpCredential, User
from service.state import AppState
from tests.admin.support import add_user


async def _matching(state: AppState, prefix: str, dialect: str) -> list[str]:
    condition = directory.starts_with(col(User.email_normalized), prefix, dialect)
    async with state.unit_of_work() as uow:
        rows = await uow.session.execute(select(col(User.username)).where(condition))
        return sorted(rows.scalars())


async def test_a_prefix_matches_its_own_characters_only(state: AppState, backend: str):
    """A prefix is a range of text, not a pattern: ``%``, ``_`` and ``\\`` in it are characters
    like any other, on either database."""
    for username, email in (
        ("under", "per_cy@example.org"),
        ("letter", "perxcy@example.org"),
        ("percent", "per%cy@example.org"),
        ("slash", "back\\slash@example.org"),
        ("plain", "backslash@example.org"),
        ("longer", "per_cy_again@example.org"),
        ("last", "\U0010ffff@example.org"),
    ):
        await add_user(state, username, email=email, second_factor=False)
    for prefix, found in (
        ("per_", ["longer", "under"]),
        ("per%", ["percent"]),
        ("per", ["letter", "longer", "percent", "under"]),
        ("back\\", ["slash"]),
        ("back\\slash@", ["slash"]),
        ("backs", ["plain"]),
        ("per_cy@example.org", ["under"]),
        ("\U0010ffff", ["last"]),
        ("nobody", []),
    ):
        assert await _matching(state, prefix, backend) == found, prefix


def test_postgresql_compares_prefixes_by_the_pattern_indexes_operators():
    """On PostgreSQL a prefix is a range in the operators of the ``varchar_pattern_ops``
    indexes (bytes, whatever the collation); the tests on PostgreSQL show the index answers."""
    from sqlalchemy.dialects import postgresql

    def sql(prefix: str) -> str:
        condition = directory.starts_with(col(User.email_normalized), prefix, "postgresql")
        compiled = condition.compile(
            dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
        )
        return str(compiled)

    assert sql("ab") == ("(users.email_normalized ~>=~ 'ab') AND (users.email_normalized ~<~ 'ac')")
    assert sql("\U0010ffff") == "users.email_normalized ~>=~ '\U0010ffff'"


async def test_accounts_that_joined_at_once_come_newest_id_first_whatever_index_finds_them(
    state: AppState,
):
    """Found by a prefix of their emails (whose index orders them the other way), accounts that
    joined at the same instant still come by id, the greatest first, and a page that holds
    exactly what is left says there is no next page."""
    moment = utcnow() - timedelta(days=3)
    ids = sorted(uuid.uuid4() for _ in range(4))
    async with state.unit_of_work() as uow:
        # added, and named, in an order that is neither of the ids': no scan gives theirs
        for number, user_id in enumerate([ids[1], ids[3], ids[0], ids[2]]):
            name = f"tie{number}"
            uow.session.add(
                User(
                    id=user_id,
                    email=f"{name}@example.com",
                    email_normalized=f"{name}@example.com",
                    username=name,
                    username_normalized=name,
                    first_name="Tie",
                    last_name="Breaker",
                    date_joined=moment,
                )
            )
        await uow.commit()
    async with state.unit_of_work() as uow:
        page = await directory.search(uow, 10, query="tie")
        assert [user.id for user in page.users] == ids[::-1]
        assert page.has_next_page is False
        exact = await directory.search(uow, 4, query="tie")
        assert [user.id for user in exact.users] == ids[::-1]
        assert exact.has_next_page is False
        short = await directory.search(uow, 3, query="tie")
        assert [user.id for user in short.users] == ids[:0:-1]
        assert short.has_next_page is True
        everyone = await directory.search(uow, 4)
        assert [user.id for user in everyone.users] == ids[::-1]
        assert everyone.has_next_page is False


async def test_only_the_accounts_own_factors_from_before_the_moment_count(state: AppState):
    """A confirmed TOTP secret or a passkey counts from the instant it was confirmed or added
    (that instant included); an unconfirmed secret never; another account's never."""
    moment = utcnow() - timedelta(minutes=30)
    staff = await add_user(state, "staff_member", second_factor=False)
    other = await add_user(state, "someone_else", second_factor=False)

    async def has_factor() -> bool:
        async with state.unit_of_work() as uow:
            return await second_factor_before(uow, staff.id, moment)

    def passkey(user_id: uuid.UUID, created: object) -> Passkey:
        return Passkey(
            user_id=user_id,
            credential_id=uuid.uuid4().hex,
            public_key=b"not read here",
            name="key",
            created_at=created,
        )

    async def add(*rows: object) -> None:
        async with state.unit_of_work() as uow:
            uow.session.add_all(rows)
            await uow.commit()

    async def clear() -> None:
        async with state.unit_of_work() as uow:
            for model in (TotpCredential, Passkey):
                for row in (await uow.session.execute(select(model))).scalars():
                    await uow.session.delete(row)
            await uow.commit()

    # another account's factors, from long before: not this account's
    earlier = moment - timedelta(days=1)
    await add(
        TotpCredential(
            user_id=other.id, secret_encrypted="x", created_at=earlier, confirmed_at=earlier
        ),
        passkey(other.id, earlier),
    )
    assert await has_factor() is False
    # its own, added after the moment: they did not prove it
    later = moment + timedelta(seconds=1)
    await add(
        TotpCredential(
            user_id=staff.id, secret_encrypted="x", created_at=later, confirmed_at=later
        ),
        passkey(staff.id, later),
    )
    assert await has_factor() is False
    await clear()
    # a secret started before the moment but never confirmed
    await add(TotpCredential(user_id=staff.id, secret_encrypted="x", created_at=earlier))
    assert await has_factor() is False
    await clear()
    # each factor on its own, at the moment itself
    await add(
        TotpCredential(
            user_id=staff.id, secret_encrypted="x", created_at=earlier, confirmed_at=moment
        )
    )
    assert await has_factor() is True
    await clear()
    await add(passkey(staff.id, moment))
    assert await has_factor() is True
