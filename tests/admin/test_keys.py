"""Admin keys at the service level: what is stored, what resolves, when use is recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from service.accounts.admin import keys
from service.accounts.admin.callers import key_staff
from service.accounts.admin.staff import operator
from service.accounts.outcomes import FieldError, ValidationFailed
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import AdminKey, AuditEntry
from service.state import AppState

CLIENT = ClientInfo(ip_address="192.0.2.7", user_agent="automation")


async def _create(state: AppState, name: str, role: str = "SUPPORT") -> object:
    async with state.unit_of_work() as uow:
        return await keys.create(uow, operator("ops"), name, role)


async def _resolve(state: AppState, secret: str) -> AdminKey | None:
    async with state.unit_of_work() as uow:
        return await keys.resolve(uow, secret)


async def _row(state: AppState) -> AdminKey:
    async with state.unit_of_work() as uow:
        return (await uow.session.execute(select(AdminKey))).scalar_one()


async def test_a_key_resolves_to_its_role_and_records_its_use_once_a_minute(state: AppState):
    created = await _create(state, "deploy", "ADMIN")
    assert isinstance(created, keys.CreatedKey)
    assert (await _row(state)).last_used_at is None
    async with state.unit_of_work() as uow:
        staff = await key_staff(uow, created.secret, CLIENT)
    assert staff is not None
    assert (staff.actor, staff.role, staff.client, staff.viewer) == (
        "key:deploy",
        "ADMIN",
        CLIENT,
        None,
    )
    first_use = (await _row(state)).last_used_at
    assert first_use is not None and utcnow() - first_use < timedelta(seconds=5)
    assert await _resolve(state, created.secret) is not None
    assert (await _row(state)).last_used_at == first_use  # within the minute: not written again
    async with state.unit_of_work() as uow:
        row = (await uow.session.execute(select(AdminKey))).scalar_one()
        row.last_used_at = first_use - keys.LAST_USED_RESOLUTION
        await uow.commit()
    assert await _resolve(state, created.secret) is not None
    later = (await _row(state)).last_used_at
    assert later is not None and later > first_use - keys.LAST_USED_RESOLUTION


async def test_what_does_not_resolve(state: AppState):
    created = await _create(state, "gone")
    assert isinstance(created, keys.CreatedKey)
    secret = created.secret
    for wrong in (
        secret[:-1],  # unknown
        "acct_" + secret[4:],  # another kind of token
        secret + "x" * 200,  # too long to be one
        "adm_ü" + secret[5:],  # not ASCII
        "",
    ):
        assert await _resolve(state, wrong) is None, wrong
    async with state.unit_of_work() as uow:
        revoked = await keys.revoke(uow, operator("ops"), "gone")
    assert revoked is not None and revoked.revoked_at is not None
    first_revocation = revoked.revoked_at
    assert await _resolve(state, secret) is None
    async with state.unit_of_work() as uow:
        entries = (await uow.session.execute(select(AuditEntry))).scalars()
        assert sorted((e.action, e.detail) for e in entries) == [
            ("create_admin_key", "gone (SUPPORT)"),
            ("revoke_admin_key", "gone"),
        ]
    async with state.unit_of_work() as uow:
        again = await keys.revoke(uow, operator("ops"), "gone")
        assert again is not None and again.revoked_at == first_revocation
        assert await keys.revoke(uow, operator("ops"), "never-made") is None


async def test_names_and_roles_are_checked(state: AppState):
    for name in ("", "-leading-dash", "has space", "x" * 65, "naïve"):
        refused = await _create(state, name)
        assert isinstance(refused, ValidationFailed)
        assert [(f.field, f.code) for f in refused.fields] == [("name", "invalid")]
    wrong_role = await _create(state, "fine", "USER")
    assert isinstance(wrong_role, ValidationFailed)
    assert [(f.field, f.code) for f in wrong_role.fields] == [("role", "invalid")]
    assert isinstance(await _create(state, "a" * 64), keys.CreatedKey)
    assert isinstance(await _create(state, "A1._-z"), keys.CreatedKey)
    async with state.unit_of_work() as uow:
        listed = [key.name for key in await keys.list_keys(uow)]
    assert listed == ["a" * 64, "A1._-z"]


def test_cursors_read_back_whatever_their_padding():
    """Cursors are base64 without padding: every length reads back, and only what this
    service wrote does."""
    import uuid as uuid_module
    from datetime import UTC, datetime, timedelta

    from service.accounts.admin import audit, directory
    from service.db.models import AuditEntry as Entry
    from service.db.models import User as Account

    base = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    lengths = set()
    for n in range(12):
        at = base + timedelta(microseconds=n * 37_003)
        entry = Entry(id=uuid_module.uuid4(), at=at, actor="a", actor_role="ADMIN", action="x")
        cursor = audit.cursor_of(entry)
        lengths.add(len(cursor) % 4)
        assert "=" not in cursor
        assert audit.read_cursor(cursor) == audit.Position(at, entry.id)
        account = Account(id=entry.id, date_joined=at)
        assert directory.read_cursor(directory.cursor_of(account)) == directory.Position(
            at, entry.id
        )
        assert audit.read_cursor(directory.cursor_of(account)) is None  # another connection's
    assert len(lengths) >= 2  # padded differently


async def test_what_creating_a_key_says_when_it_cannot(state: AppState):
    first = await _create(state, "twice")
    assert isinstance(first, keys.CreatedKey)
    from service.accounts.outcomes import Rejected

    with pytest.raises(Rejected) as again:  # the unit of work rolls back; this is its answer
        await _create(state, "twice")
    assert again.value.outcome == ValidationFailed(
        [FieldError("name", "taken", "A key of this name exists: choose another name.")]
    )
    wrong = await _create(state, "fine-name", "OWNER")
    assert wrong == ValidationFailed(
        [FieldError("role", "invalid", "The role is READONLY, SUPPORT or ADMIN.")]
    )


async def test_resolving_a_key_records_the_use_of_that_key_alone(state: AppState):
    used = await _create(state, "used")
    idle = await _create(state, "idle")
    assert isinstance(used, keys.CreatedKey) and isinstance(idle, keys.CreatedKey)
    async with state.unit_of_work() as uow:
        assert await keys.resolve(uow, used.secret) is not None
    async with state.unit_of_work() as uow:
        rows = {k.name: k.last_used_at for k in await keys.list_keys(uow)}
    assert rows["used"] is not None and rows["idle"] is None


async def test_staff_sessions_count_a_factor_of_their_own_account_had_when_proved(
    state: AppState,
):
    """A second factor of another account does not make a session AAL2 staff; one the
    account had when its session last proved itself does, however old the session."""
    from datetime import timedelta

    from sqlalchemy import update

    from service.accounts.admin.callers import session_staff
    from service.accounts.admin.outcomes import ActionRefused
    from service.db.models import AuthSession, Role
    from tests.accounts.support import viewer_of
    from tests.admin.support import AAL2, add_user, sign_in

    bare = await add_user(state, "bare_staff", Role.SUPPORT, second_factor=False)
    await add_user(state, "has_factor")  # another account with a factor: not bare_staff's
    async with state.unit_of_work() as uow:
        from service.db.models import TotpCredential

        when = utcnow() - timedelta(hours=1)
        other = await add_user(state, "other_with_totp", second_factor=False)
        uow.session.add(
            TotpCredential(
                user_id=other.id, secret_encrypted="x", created_at=when, confirmed_at=when
            )
        )
        await uow.commit()
    token = await sign_in(state, bare, AAL2)
    viewer = await viewer_of(state, token)
    async with state.unit_of_work() as uow:
        refused = await session_staff(uow, viewer, CLIENT)
    assert refused == ActionRefused(
        "aal2_required",
        "Staff use the admin API from a session signed in with two factors or a passkey.",
    )
    plain = await add_user(state, "plain_user")
    plain_viewer = await viewer_of(state, await sign_in(state, plain, AAL2))
    async with state.unit_of_work() as uow:
        assert await session_staff(uow, plain_viewer, CLIENT) == ActionRefused(
            "not_staff", "This account is not staff."
        )
    # a session made two hours ago, before the account's factor (an hour ago), proved again now
    staff = await add_user(state, "proved_again", Role.ADMIN)
    old = await sign_in(state, staff, AAL2, proved_ago=timedelta(hours=2))
    async with state.unit_of_work() as uow:
        await uow.session.execute(
            update(AuthSession)
            .where(AuthSession.user_id == staff.id)
            .values(authenticated_at=utcnow())
        )
        await uow.commit()
    async with state.unit_of_work() as uow:
        found = await session_staff(uow, await viewer_of(state, old), CLIENT)
    assert not isinstance(found, ActionRefused)
    assert (found.actor, found.role, found.budget) == (
        "user:proved_again",
        "ADMIN",
        f"user:{staff.id}",
    )
