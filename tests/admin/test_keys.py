"""Admin keys at the service level: what is stored, what resolves, when use is recorded."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from service.accounts.admin import keys
from service.accounts.admin.callers import key_staff
from service.accounts.admin.staff import operator
from service.accounts.outcomes import ValidationFailed
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
