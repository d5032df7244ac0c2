"""What each action leaves behind and answers: its audit entry names the account acted on and
keeps the reason given (or none), its answer carries the account and whether anything changed;
every action checks the reason it is given; the owner's suspension notice says staff acted, not
from where; the audit log's order among entries of one instant, and where its pages end."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select, text
from sqlmodel import col

from service.accounts.admin import audit
from service.clock import utcnow
from service.db.models import AuditEntry, User
from service.state import AppState
from tests.accounts.two_factor.test_two_factor import enabled_account
from tests.admin.support import ACTION_FIELDS, AdminClient, add_user, make_key, sign_in
from tests.helpers import queued_mail


def _document(field: str, reason: str = "$r: String") -> str:
    return f"mutation($id: ID!, {reason}) {{ {field}(id: $id, reason: $r) {{ {ACTION_FIELDS} }} }}"


SUSPEND = _document("suspendUser", "$r: String!")
REACTIVATE = _document("reactivateUser")
REVOKE = _document("revokeUserSessions")
RESET_2FA = _document("resetUserTwoFactor", "$r: String!")
SEND_RESET = _document("sendPasswordReset")


def _answer(body: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


async def _entries(state: AppState, action: str) -> list[tuple[Any, ...]]:
    async with state.unit_of_work() as uow:
        statement = (
            select(AuditEntry).where(col(AuditEntry.action) == action).order_by(col(AuditEntry.at))
        )
        rows = (await uow.session.execute(statement)).scalars()
        return [(e.target_id, e.target_label, e.reason, e.detail) for e in rows]


async def test_reactivating_names_the_account_keeps_the_reason_and_says_what_changed(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "reactivated")
    await admin(SUSPEND, {"id": str(target.id), "r": "spam"}, credential=key)
    back = _answer(
        await admin(REACTIVATE, {"id": str(target.id), "r": "  appeal upheld "}, credential=key)
    )
    assert (back["__typename"], back["changed"]) == ("UserActionDone", True)
    assert (back["user"]["id"], back["user"]["status"]) == (str(target.id), "ACTIVE")
    again = _answer(await admin(REACTIVATE, {"id": str(target.id)}, credential=key))
    assert (again["changed"], again["user"]["id"]) == (False, str(target.id))
    assert await _entries(admin_state, "reactivate_user") == [
        (target.id, "reactivated", "appeal upheld", None),
        (target.id, "reactivated", None, None),  # no reason given: none kept
    ]


async def test_revoking_says_whether_any_session_ended(admin: AdminClient, admin_state: AppState):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "revoked_once")
    none_open = _answer(await admin(REVOKE, {"id": str(target.id)}, credential=key))
    assert (none_open["sessionsEnded"], none_open["changed"]) == (0, False)
    assert none_open["user"]["id"] == str(target.id)
    await sign_in(admin_state, target)
    one_open = _answer(
        await admin(REVOKE, {"id": str(target.id), "r": "stolen phone"}, credential=key)
    )
    assert (one_open["sessionsEnded"], one_open["changed"]) == (1, True)
    assert one_open["user"]["id"] == str(target.id)
    assert await _entries(admin_state, "revoke_user_sessions") == [
        (target.id, "revoked_once", None, "0 sessions ended"),
        (target.id, "revoked_once", "stolen phone", "1 sessions ended"),
    ]


async def test_resetting_two_factor_names_the_account_and_keeps_the_reason(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    viewer, _secret = await enabled_account(admin_state)
    user = viewer.user
    done = _answer(
        await admin(RESET_2FA, {"id": str(user.id), "r": " ID checked by video "}, credential=key)
    )
    assert (done["changed"], done["user"]["id"]) == (True, str(user.id))
    assert await _entries(admin_state, "reset_user_two_factor") == [
        (user.id, user.username, "ID checked by video", "removed")
    ]


async def test_sending_a_reset_names_the_account_and_keeps_the_reason(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "reset_sent")
    done = _answer(
        await admin(SEND_RESET, {"id": str(target.id), "r": "asked by phone"}, credential=key)
    )
    assert (done["__typename"], done["user"]["id"]) == ("UserActionDone", str(target.id))
    await admin(SEND_RESET, {"id": str(target.id)}, credential=key)
    assert await _entries(admin_state, "send_password_reset") == [
        (target.id, "reset_sent", "asked by phone", None),
        (target.id, "reset_sent", None, None),
    ]


async def test_every_action_checks_the_reason_it_is_given(
    admin: AdminClient, admin_state: AppState
):
    """An optional reason, when given, is bounded and text like a required one: nothing
    happens with a bad one."""
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "bad_reasons")
    await admin(SUSPEND, {"id": str(target.id), "r": "first"}, credential=key)
    await sign_in(admin_state, target)
    for document in (REACTIVATE, REVOKE, SEND_RESET):
        for reason, code in (("x" * 501, "too_long"), ("a\x00b", "invalid")):
            answer = _answer(
                await admin(document, {"id": str(target.id), "r": reason}, credential=key)
            )
            assert answer["__typename"] == "ValidationError", (document, answer)
            assert [(f["field"], f["code"]) for f in answer["fields"]] == [("reason", code)]
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, target.id)
        actions = (await uow.session.execute(select(col(AuditEntry.action)))).scalars()
        assert sorted(actions) == ["create_admin_key", "suspend_user"]
    assert row is not None and row.status == "SUSPENDED"
    assert await queued_mail(admin_state, target.email, "password_reset") == []


async def test_the_suspension_notice_says_staff_acted_not_from_where(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "notified")
    await admin(
        SUSPEND,
        {"id": str(target.id), "r": "check"},
        credential=key,
        headers={"User-Agent": "ops-console/9 (jump host)"},
    )
    [notice] = await queued_mail(admin_state, target.email, "account_suspended")
    data = json.loads(notice.data)
    assert data["username"] == "notified"
    assert "ip_address" not in data and "user_agent" not in data


async def test_audit_entries_of_one_instant_come_greatest_id_first_and_pages_end_exactly(
    state: AppState, backend: str
):
    """Entries written at the same instant (one action's, or two callers' at once) still page
    in one order: by id, the greatest first; a page holding exactly what is left says there is
    no next page. The order is the query's, not an index's: on PostgreSQL the entries are read
    without one (a large log may be sorted rather than walked)."""
    moment = utcnow() - timedelta(hours=1)
    ids = sorted(uuid.uuid4() for _ in range(4))
    async with state.unit_of_work() as uow:
        # written in an order that is neither of the ids': no scan gives theirs
        for number, entry_id in enumerate([ids[1], ids[3], ids[0], ids[2]]):
            uow.session.add(
                AuditEntry(
                    id=entry_id,
                    at=moment,
                    actor="key:tie",
                    actor_role="SUPPORT",
                    action=f"action_{number}",
                )
            )
        await uow.commit()
    async with state.unit_of_work() as uow:
        if backend == "postgresql":
            for plan in ("indexscan", "indexonlyscan", "bitmapscan"):
                await uow.session.execute(text(f"SET LOCAL enable_{plan} = off"))
        everything = await audit.list_entries(uow, 10)
        assert [e.id for e in everything.entries] == ids[::-1]
        assert everything.has_next_page is False
        exact = await audit.list_entries(uow, 4)
        assert [e.id for e in exact.entries] == ids[::-1]
        assert (exact.has_next_page, exact.has_previous_page) == (False, False)
        short = await audit.list_entries(uow, 3)
        assert [e.id for e in short.entries] == ids[:0:-1]
        assert short.has_next_page is True
        after = audit.read_cursor(audit.cursor_of(short.entries[-1]))
        rest = await audit.list_entries(uow, 1, after)
        assert [e.id for e in rest.entries] == ids[:1]
        assert (rest.has_next_page, rest.has_previous_page) == (False, True)
