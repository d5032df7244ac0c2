"""The callers behind admin actions and the keys they use, at the service: when a staff session
may act, what the operator's CLI is, what a key's creation answers, how keys are listed, when a
key's use is recorded; the prefix ranges at the end of Unicode; and the admin endpoint's own
cookie handling."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlmodel import col

from service.accounts.admin import actions, directory, keys
from service.accounts.admin.callers import session_staff
from service.accounts.admin.outcomes import UserActionDone
from service.accounts.admin.staff import Staff, operator
from service.accounts.outcomes import ReauthenticationRequired, TwoFactorMethod
from service.accounts.values import ClientInfo
from service.app import create_app
from service.db.models import AdminKey, AuditEntry, Role, User
from service.graphql.browser_session import COOKIE
from service.state import AppState
from tests.accounts.support import viewer_of
from tests.admin.support import AAL2, ACTION_FIELDS, AdminClient, add_user, sign_in

CLIENT = ClientInfo(ip_address="192.0.2.9", user_agent="pytest")
CREATE = f"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ {ACTION_FIELDS} }} }}"


async def _staff(state: AppState, username: str, proved_ago: timedelta = timedelta(0)) -> Staff:
    user = await add_user(state, username, Role.SUPPORT)
    viewer = await viewer_of(state, await sign_in(state, user, AAL2, proved_ago=proved_ago))
    assert viewer is not None
    async with state.unit_of_work() as uow:
        found = await session_staff(uow, viewer, CLIENT)
    assert isinstance(found, Staff)
    return found


async def _privileged(state: AppState, staff: Staff) -> ReauthenticationRequired | None:
    async with state.unit_of_work() as uow:
        return await actions.privileged(uow, state.services, staff)


async def test_a_staff_session_acts_while_privileged_and_not_once_its_account_is_gone(
    admin_state: AppState,
):
    fresh = await _staff(admin_state, "fresh_support")
    assert await _privileged(admin_state, fresh) is None
    stale = await _staff(
        admin_state, "stale_support", proved_ago=admin_state.settings.reauth_window * 2
    )
    assert await _privileged(admin_state, stale) == ReauthenticationRequired(
        methods=[TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE], password_required=True
    )
    # the account is deleted while its request is under way: nothing proves it again
    assert fresh.user_id is not None
    async with admin_state.unit_of_work() as uow:
        gone = await actions.delete_user(
            uow, admin_state.services, operator("ops"), fresh.user_id, "left the company"
        )
        await uow.commit()
    assert isinstance(gone, UserActionDone)
    nobody = ReauthenticationRequired(methods=[], password_required=False)
    assert await _privileged(admin_state, fresh) == nobody
    target = await add_user(admin_state, "left_alone")
    async with admin_state.unit_of_work() as uow:
        refused = await actions.revoke_user_sessions(
            uow, admin_state.services, fresh, target.id, None
        )
    assert refused == nobody


async def test_a_privileged_staff_session_creates_accounts(
    admin: AdminClient, admin_state: AppState
):
    staff = await add_user(admin_state, "creating_support", Role.SUPPORT)
    fresh = await sign_in(admin_state, staff)
    stale = await sign_in(admin_state, staff, proved_ago=admin_state.settings.reauth_window * 2)

    def new(name: str) -> dict[str, Any]:
        return {
            "input": {
                "email": f"{name}@example.com",
                "username": name,
                "firstName": "New",
                "lastName": "Hire",
            }
        }

    made = (await admin(CREATE, new("made_by_session"), credential=fresh))["data"]["createUser"]
    assert made["__typename"] == "UserActionDone"
    assert made["user"]["username"] == "made_by_session"
    refused = (await admin(CREATE, new("not_made"), credential=stale))["data"]["createUser"]
    assert refused["__typename"] == "ReauthenticationRequired"
    assert (refused["methods"], refused["passwordRequired"]) == (["TOTP", "RECOVERY_CODE"], True)
    async with admin_state.unit_of_work() as uow:
        entries = (
            await uow.session.execute(select(col(AuditEntry.actor), col(AuditEntry.target_label)))
        ).all()
        names = (await uow.session.execute(select(col(User.username)))).scalars()
        assert "not_made" not in set(names)
    assert [tuple(e) for e in entries] == [("user:creating_support", "made_by_session")]


def test_the_operators_cli_acts_as_an_admin_with_a_budget_of_its_own():
    assert operator("ops") == Staff(
        actor="cli:ops",
        role="ADMIN",
        client=ClientInfo(user_agent="accounts cli"),
        budget="cli:ops",
    )


async def test_creating_a_key_answers_the_key_stored(state: AppState):
    async with state.unit_of_work() as uow:
        created = await keys.create(uow, operator("ops"), "deploy-bot", "READONLY")
        await uow.commit()
    assert isinstance(created, keys.CreatedKey)
    async with state.unit_of_work() as uow:
        stored = (await uow.session.execute(select(AdminKey))).scalar_one()
    key = created.key
    assert (key.id, key.name, key.role, key.created_by) == (
        stored.id,
        "deploy-bot",
        "READONLY",
        "cli:ops",
    )
    assert key.prefix == created.secret[: keys.SHOWN_PREFIX] == stored.prefix


MOMENT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


async def test_keys_made_at_one_instant_are_listed_by_name(
    state: AppState, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(keys, "utcnow", lambda: MOMENT)
    for name in ("zulu", "alpha", "mike"):
        async with state.unit_of_work() as uow:
            await keys.create(uow, operator("ops"), name, "SUPPORT")
            await uow.commit()
    async with state.unit_of_work() as uow:
        assert [k.name for k in await keys.list_keys(uow)] == ["alpha", "mike", "zulu"]


async def test_a_keys_use_is_recorded_again_a_minute_after_the_last_to_the_microsecond(
    state: AppState, monkeypatch: pytest.MonkeyPatch
):
    async with state.unit_of_work() as uow:
        created = await keys.create(uow, operator("ops"), "timed", "SUPPORT")
        await uow.commit()
    assert isinstance(created, keys.CreatedKey)

    async def used_at(now: datetime) -> datetime | None:
        monkeypatch.setattr(keys, "utcnow", lambda: now)
        async with state.unit_of_work() as uow:
            assert await keys.resolve(uow, created.secret) is not None
            await uow.commit()
        async with state.unit_of_work() as uow:
            return (await uow.session.execute(select(AdminKey))).scalar_one().last_used_at

    assert await used_at(MOMENT) == MOMENT
    just_before = MOMENT + keys.LAST_USED_RESOLUTION - timedelta(microseconds=1)
    assert await used_at(just_before) == MOMENT
    a_minute_on = MOMENT + keys.LAST_USED_RESOLUTION
    assert await used_at(a_minute_on) == a_minute_on


def test_the_range_of_a_prefix_ending_one_short_of_the_last_code_point():
    assert directory.successor("a\U0010fffe") == "a\U0010ffff"
    assert directory.successor("a\U0010ffff") == "b"
    assert directory.successor("\U0010ffff") is None


async def test_a_prefix_of_the_last_code_point_matches_itself_exactly(
    state: AppState, backend: str
):
    for username, email in (
        ("exactly_last", "\U0010ffff"),
        ("after_last", "\U0010ffff@example.org"),
        ("one_short", "\U0010fffe@example.org"),
    ):
        await add_user(state, username, email=email, second_factor=False)

    async def matching(prefix: str) -> list[str]:
        condition = directory.starts_with(col(User.email_normalized), prefix, backend)
        async with state.unit_of_work() as uow:
            rows = await uow.session.execute(select(col(User.username)).where(condition))
            return sorted(rows.scalars())

    assert await matching("\U0010ffff") == ["after_last", "exactly_last"]
    assert await matching("\U0010fffe") == ["one_short"]


async def test_the_admin_endpoint_drops_the_cookie_of_an_ended_session(admin_state: AppState):
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=admin_state)),
        base_url="http://testserver",
    ) as http:
        response = await http.post(
            "/admin/graphql",
            json={"query": "{ whoami { actor } }"},
            headers={
                "Cookie": f"{COOKIE}=acct_{uuid.uuid4().hex}",
                "Origin": "http://testserver",
            },
        )
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    cleared = response.headers.get_list("set-cookie")
    assert [c for c in cleared if c.startswith(f"{COOKIE}=;")] and all(
        "Max-Age=0" in c for c in cleared
    ), cleared
