"""What each admin action does, through HTTP: the account, its sessions, its events, the mail
to its owner, and the audit entry; and the rules about whom staff may act on."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from service.accounts.two_factor import totp
from service.db.models import AuditEntry, SecurityEvent, User
from service.state import AppState
from tests.accounts.two_factor.test_two_factor import enabled_account
from tests.admin.support import (
    ACTION_FIELDS,
    PASSKEY,
    AdminClient,
    add_user,
    make_key,
    sign_in,
)
from tests.helpers import queued_mail

SUSPEND = (
    f"mutation($id: ID!, $r: String!) {{ suspendUser(id: $id, reason: $r) {{ {ACTION_FIELDS} }} }}"
)
REACTIVATE = f"mutation($id: ID!) {{ reactivateUser(id: $id) {{ {ACTION_FIELDS} }} }}"
REVOKE = f'mutation($id: ID!) {{ revokeUserSessions(id: $id, reason: "stolen laptop") {{ {ACTION_FIELDS} }} }}'
RESET_2FA = f"mutation($id: ID!, $r: String!) {{ resetUserTwoFactor(id: $id, reason: $r) {{ {ACTION_FIELDS} }} }}"
SEND_RESET = f"mutation($id: ID!) {{ sendPasswordReset(id: $id) {{ {ACTION_FIELDS} }} }}"
CREATE = f"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ {ACTION_FIELDS} }} }}"
DELETE = (
    f"mutation($id: ID!, $r: String!) {{ deleteUser(id: $id, reason: $r) {{ {ACTION_FIELDS} }} }}"
)
SET_ROLE = f'mutation($id: ID!, $role: Role!) {{ setUserRole(id: $id, role: $role, reason: "promotion") {{ {ACTION_FIELDS} }} }}'
AUDIT = """
query($first: Int!, $after: String, $actor: String, $target: ID) {
  auditLog(first: $first, after: $after, actor: $actor, target: $target) {
    edges { cursor node { actor actorRole action targetId targetLabel reason detail ipAddress } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}
"""


async def _audit(state: AppState) -> list[AuditEntry]:
    """The entries of actions on accounts (the tests' own keys are audited too)."""
    async with state.unit_of_work() as uow:
        statement = (
            select(AuditEntry)
            .where(col(AuditEntry.action).not_in(["create_admin_key", "revoke_admin_key"]))
            .order_by(col(AuditEntry.at))
        )
        return list((await uow.session.execute(statement)).scalars())


async def _kinds(state: AppState, user_id: uuid.UUID) -> list[str]:
    async with state.unit_of_work() as uow:
        statement = select(SecurityEvent.kind).where(col(SecurityEvent.user_id) == user_id)
        return sorted((await uow.session.execute(statement)).scalars())


async def _row(state: AppState, user_id: uuid.UUID) -> User | None:
    async with state.unit_of_work() as uow:
        return await uow.session.get(User, user_id)


def _answer(body: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


async def test_suspending_ends_every_session_mails_the_owner_and_is_audited(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT", "helpdesk")
    target = await add_user(admin_state, "mallory_s")
    for _ in range(2):
        await sign_in(admin_state, target)
    answer = _answer(
        await admin(SUSPEND, {"id": str(target.id), "r": "chargeback fraud"}, credential=key)
    )
    assert answer["__typename"] == "UserActionDone"
    assert answer["sessionsEnded"] == 2 and answer["changed"] is True
    assert answer["user"]["status"] == "SUSPENDED"
    assert await _kinds(admin_state, target.id) == ["ACCOUNT_SUSPENDED"]
    assert [m.template for m in await queued_mail(admin_state, target.email)] == [
        "account_suspended"
    ]
    [entry] = await _audit(admin_state)
    assert (entry.actor, entry.actor_role, entry.action) == (
        "key:helpdesk",
        "SUPPORT",
        "suspend_user",
    )
    assert (entry.target_id, entry.target_label) == (target.id, "mallory_s")
    assert (entry.reason, entry.detail) == ("chargeback fraud", "2 sessions ended")
    again = _answer(await admin(SUSPEND, {"id": str(target.id), "r": "again"}, credential=key))
    assert again["changed"] is False and again["sessionsEnded"] == 0
    assert len(await queued_mail(admin_state, target.email)) == 1  # one notice
    back = _answer(await admin(REACTIVATE, {"id": str(target.id)}, credential=key))
    assert back["user"]["status"] == "ACTIVE" and back["changed"] is True
    assert await _kinds(admin_state, target.id) == ["ACCOUNT_REACTIVATED", "ACCOUNT_SUSPENDED"]
    assert [e.action for e in await _audit(admin_state)] == [
        "suspend_user",
        "suspend_user",
        "reactivate_user",
    ]


async def test_a_reason_is_required_where_the_contract_says_and_bounded(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "ADMIN")
    target = await add_user(admin_state, "reasoned")
    for document in (SUSPEND, RESET_2FA, DELETE):
        for reason, code in (("  ", "required"), ("x" * 501, "too_long"), ("a\x00b", "invalid")):
            answer = _answer(
                await admin(document, {"id": str(target.id), "r": reason}, credential=key)
            )
            assert answer["__typename"] == "ValidationError", answer
            assert [(f["field"], f["code"]) for f in answer["fields"]] == [("reason", code)]
    assert await _audit(admin_state) == []
    row = await _row(admin_state, target.id)
    assert row is not None and row.status == "ACTIVE"


async def test_revoking_sessions_ends_them_all(admin: AdminClient, admin_state: AppState):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "revokee")
    tokens = [await sign_in(admin_state, target) for _ in range(3)]
    answer = _answer(await admin(REVOKE, {"id": str(target.id)}, credential=key))
    assert answer["sessionsEnded"] == 3
    assert await _kinds(admin_state, target.id) == ["SESSIONS_REVOKED_BY_STAFF"]
    async with admin_state.unit_of_work() as uow:
        from service.accounts.sessions.store import list_sessions

        assert await list_sessions(uow, target.id) == []
    assert tokens  # (each token now answers no caller on /graphql: covered by the sessions tests)
    [entry] = await _audit(admin_state)
    assert (entry.action, entry.reason, entry.detail) == (
        "revoke_user_sessions",
        "stolen laptop",
        "3 sessions ended",
    )


async def test_resetting_two_factor_removes_it_and_mails_the_owner(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    viewer, _secret = await enabled_account(admin_state)
    user_id = viewer.user.id
    answer = _answer(
        await admin(RESET_2FA, {"id": str(user_id), "r": "lost phone, ID checked"}, credential=key)
    )
    assert answer["changed"] is True
    async with admin_state.unit_of_work() as uow:
        assert not await totp.is_enabled(uow, user_id)
    assert "TWO_FACTOR_DISABLED" in await _kinds(admin_state, user_id)
    assert [
        m.template for m in await queued_mail(admin_state, viewer.user.email, "two_factor_disabled")
    ]
    again = _answer(await admin(RESET_2FA, {"id": str(user_id), "r": "twice"}, credential=key))
    assert again["changed"] is False
    assert [(e.action, e.detail) for e in await _audit(admin_state)] == [
        ("reset_user_two_factor", "removed"),
        ("reset_user_two_factor", "no second factor"),
    ]


async def test_a_password_reset_code_is_mailed_and_works(admin: AdminClient, admin_state: AppState):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "forgetful")
    answer = _answer(await admin(SEND_RESET, {"id": str(target.id)}, credential=key))
    assert answer["__typename"] == "UserActionDone"
    [message] = await queued_mail(admin_state, target.email, "password_reset")
    assert len(json.loads(message.data)["code"]) == 6
    assert await _kinds(admin_state, target.id) == ["PASSWORD_RESET_SENT_BY_STAFF"]
    [entry] = await _audit(admin_state)
    assert (entry.action, entry.target_id) == ("send_password_reset", target.id)
    await admin(SUSPEND, {"id": str(target.id), "r": "abuse"}, credential=key)
    refused = _answer(await admin(SEND_RESET, {"id": str(target.id)}, credential=key))
    assert (refused["__typename"], refused["code"]) == ("ActionRefused", "suspended")
    assert len(await queued_mail(admin_state, target.email, "password_reset")) == 1


async def test_creating_accounts_with_and_without_a_password(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    base = {"firstName": "Grace", "lastName": "Hopper"}
    made = _answer(
        await admin(
            CREATE,
            {
                "input": {
                    **base,
                    "email": "grace@example.com",
                    "username": "grace_h",
                    "emailVerified": True,
                }
            },
            credential=key,
        )
    )
    assert made["__typename"] == "UserActionDone"
    assert made["user"] | {"id": None} == {
        "id": None,
        "username": "grace_h",
        "status": "ACTIVE",
        "role": "USER",
        "emailVerified": True,
        "hasPassword": False,
    }
    with_password = _answer(
        await admin(
            CREATE,
            {
                "input": {
                    **base,
                    "email": "g2@example.com",
                    "username": "grace_2",
                    "password": "Quixotic-Lantern-77",
                }
            },
            credential=key,
        )
    )
    assert with_password["user"]["hasPassword"] is True
    assert with_password["user"]["emailVerified"] is False
    taken = _answer(
        await admin(
            CREATE,
            {"input": {**base, "email": "GRACE@example.com", "username": "grace_3"}},
            credential=key,
        )
    )
    assert taken["__typename"] == "UserAlreadyExists"
    assert [f["field"] for f in taken["fields"]] == ["email"]
    weak = _answer(
        await admin(
            CREATE,
            {"input": {**base, "email": "g4@example.com", "username": "x", "password": "short"}},
            credential=key,
        )
    )
    assert weak["__typename"] == "ValidationError"
    assert {f["field"] for f in weak["fields"]} == {"username", "password"}
    assert [(e.action, e.detail) for e in await _audit(admin_state)] == [
        ("create_user", "without a password"),
        ("create_user", "with a password"),
    ]
    created = uuid.UUID(made["user"]["id"])
    assert await _kinds(admin_state, created) == ["REGISTERED"]


async def test_deleting_an_account_keeps_its_audit_entries(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "ADMIN", "root-key")
    target = await add_user(admin_state, "leaving")
    await sign_in(admin_state, target)
    await admin(SUSPEND, {"id": str(target.id), "r": "first"}, credential=key)
    answer = _answer(
        await admin(DELETE, {"id": str(target.id), "r": "GDPR erasure request"}, credential=key)
    )
    [deletion] = [e for e in await _audit(admin_state) if e.action == "delete_user"]
    assert deletion.detail == "0 sessions ended"  # suspended first; the entry keeps no address
    assert answer["__typename"] == "UserActionDone" and answer["user"] is None
    assert await _row(admin_state, target.id) is None
    assert await _kinds(admin_state, target.id) == []
    goodbye = await queued_mail(admin_state, target.email, "account_deleted")
    assert len(goodbye) == 1 and goodbye[0].user_id is None
    body = await admin(AUDIT, {"first": 10, "target": str(target.id)}, credential=key)
    nodes = [edge["node"] for edge in body["data"]["auditLog"]["edges"]]
    assert [(n["action"], n["targetLabel"], n["reason"]) for n in nodes] == [
        ("delete_user", "leaving", "GDPR erasure request"),
        ("suspend_user", "leaving", "first"),
    ]
    missing = _answer(await admin(DELETE, {"id": str(target.id), "r": "again"}, credential=key))
    assert missing["__typename"] == "UserNotFound"
    junk = _answer(await admin(DELETE, {"id": "not-an-id", "r": "again"}, credential=key))
    assert junk["__typename"] == "UserNotFound"


async def test_roles_and_the_rules_about_whom_staff_act_on(
    admin: AdminClient, admin_state: AppState
):
    boss = await add_user(
        admin_state, "the_boss", role=__import__("service.db.models", fromlist=["Role"]).Role.ADMIN
    )
    boss_token = await sign_in(admin_state, boss, PASSKEY)
    support_key = await make_key(admin_state, "SUPPORT")
    admin_key = await make_key(admin_state, "ADMIN")
    target = await add_user(admin_state, "promoted", second_factor=True)

    # an ADMIN promotes; support may not touch the staff account afterwards
    made = _answer(
        await admin(SET_ROLE, {"id": str(target.id), "role": "SUPPORT"}, credential=boss_token)
    )
    assert made["user"]["role"] == "SUPPORT" and made["changed"] is True
    assert await _kinds(admin_state, target.id) == ["ROLE_CHANGED"]
    refused = _answer(
        await admin(SUSPEND, {"id": str(target.id), "r": "x"}, credential=support_key)
    )
    assert (refused["__typename"], refused["code"]) == ("ActionRefused", "staff_account")
    refused = _answer(
        await admin(RESET_2FA, {"id": str(boss.id), "r": "x"}, credential=support_key)
    )
    assert refused["code"] == "staff_account"

    # nobody acts on their own account here
    own = _answer(await admin(SUSPEND, {"id": str(boss.id), "r": "x"}, credential=boss_token))
    assert own["code"] == "own_account"

    # the last active ADMIN is never demoted, suspended or deleted, even by a key
    for document, variables in (
        (SET_ROLE, {"id": str(boss.id), "role": "USER"}),
        (SUSPEND, {"id": str(boss.id), "r": "x"}),
        (DELETE, {"id": str(boss.id), "r": "x"}),
    ):
        answer = _answer(await admin(document, variables, credential=admin_key))
        assert answer["code"] == "last_admin", answer
    row = await _row(admin_state, boss.id)
    assert row is not None and (row.role, row.status) == ("ADMIN", "ACTIVE")

    # with a second ADMIN, the first may be demoted
    _answer(await admin(SET_ROLE, {"id": str(target.id), "role": "ADMIN"}, credential=admin_key))
    demoted = _answer(
        await admin(SET_ROLE, {"id": str(boss.id), "role": "USER"}, credential=admin_key)
    )
    assert demoted["user"]["role"] == "USER"
    assert [(e.actor.split(":")[0], e.action, e.detail) for e in await _audit(admin_state)] == [
        ("user", "set_user_role", "USER -> SUPPORT"),
        ("key", "set_user_role", "SUPPORT -> ADMIN"),
        ("key", "set_user_role", "ADMIN -> USER"),
    ]


async def test_the_audit_log_pages_and_filters(admin: AdminClient, admin_state: AppState):
    first_key = await make_key(admin_state, "SUPPORT", "first")
    second_key = await make_key(admin_state, "SUPPORT", "second")
    target = await add_user(admin_state, "audited")
    other = await add_user(admin_state, "other_one")
    for credential, user in ((first_key, target), (second_key, target), (first_key, other)):
        await admin(REVOKE, {"id": str(user.id)}, credential=credential)
    page = (await admin(AUDIT, {"first": 2}, credential=first_key))["data"]["auditLog"]
    assert [e["node"]["targetLabel"] for e in page["edges"]] == ["other_one", "audited"]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = (
        await admin(
            AUDIT, {"first": 2, "after": page["pageInfo"]["endCursor"]}, credential=first_key
        )
    )["data"]["auditLog"]
    # then the first revocation, and the operator's creation of the second key
    assert [e["node"]["actor"] for e in rest["edges"]] == ["key:first", "cli:tests"]
    assert rest["pageInfo"]["hasNextPage"] is True
    assert rest["pageInfo"]["hasPreviousPage"] is True
    by_actor = (await admin(AUDIT, {"first": 10, "actor": "key:second"}, credential=first_key))[
        "data"
    ]
    assert [e["node"]["targetId"] for e in by_actor["auditLog"]["edges"]] == [str(target.id)]
    by_target = (await admin(AUDIT, {"first": 10, "target": str(other.id)}, credential=first_key))[
        "data"
    ]
    assert [e["node"]["actor"] for e in by_target["auditLog"]["edges"]] == ["key:first"]
    for bad in ({"first": 0}, {"first": 101}, {"first": 5, "after": "junk"}):
        body = await admin(AUDIT, bad, credential=first_key)
        assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_staff_reset_codes_have_a_daily_cap_of_their_own(make_state, admin_state: AppState):
    """Staff cannot flood a mailbox either: their codes have a cap per address as large as
    ``ACCOUNTS_RATE_LIMIT_CODE_MAILS_PER_ADDRESS``, of their own, which strangers asking for
    codes cannot spend (they would deny the owner support's help)."""
    import httpx

    from service.app import create_app

    state = make_state(
        admin_api=True, rate_limit_enabled=True, rate_limit_code_mails_per_address="2/day"
    )
    key = await make_key(state, "SUPPORT")
    target = await add_user(state, "flooded")
    for n in range(3):  # strangers spend the address's shared cap
        await state.services.limiter.code_request(f"email:{target.email}", f"198.51.100.{n}")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://testserver"
    ) as http:
        admin = AdminClient(http)
        answers = [
            _answer(await admin(SEND_RESET, {"id": str(target.id)}, credential=key))["__typename"]
            for _ in range(3)
        ]
    assert answers == ["UserActionDone", "UserActionDone", "RateLimited"]
    assert len(await queued_mail(state, target.email, "password_reset")) == 2


async def test_notices_of_staff_actions_do_not_show_the_staffs_address(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "ADMIN")
    target = await add_user(admin_state, "noticed")
    await admin(SUSPEND, {"id": str(target.id), "r": "check"}, credential=key)
    await admin(DELETE, {"id": str(target.id), "r": "check"}, credential=key)
    for message in await queued_mail(admin_state, target.email):
        data = json.loads(message.data)
        assert "ip_address" not in data and "user_agent" not in data, message.template


async def test_the_owner_sees_that_staff_acted_not_from_where(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "watched")
    headers = {"User-Agent": "internal-bot/2.3 (host=ops-jump-01.corp)"}
    for document in (REVOKE, SEND_RESET):
        await admin(document, {"id": str(target.id)}, credential=key, headers=headers)
    async with admin_state.unit_of_work() as uow:
        statement = select(SecurityEvent).where(col(SecurityEvent.user_id) == target.id)
        events = list((await uow.session.execute(statement)).scalars())
    assert sorted(e.kind for e in events) == [
        "PASSWORD_RESET_SENT_BY_STAFF",
        "SESSIONS_REVOKED_BY_STAFF",
    ]
    assert {(e.ip_address, e.user_agent) for e in events} == {(None, "staff")}
    assert all(entry.ip_address == "127.0.0.1" for entry in await _audit(admin_state))


async def test_deleting_takes_the_accounts_sessions_mail_and_image(
    admin: AdminClient, admin_state: AppState
):
    import asyncio

    from service.mail.outbox import enqueue

    key = await make_key(admin_state, "ADMIN")
    target = await add_user(admin_state, "with_things")
    image = "a" * 64 + ".png"
    media = admin_state.services.media
    path = media.path(image)  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"png")
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, target.id)
        assert row is not None
        row.image_key = image
        await enqueue(
            uow, template="password_changed", to=row.email, locale="en", data={}, user_id=row.id
        )
        await uow.commit()
    for _ in range(2):
        await sign_in(admin_state, target)
    answer = _answer(await admin(DELETE, {"id": str(target.id), "r": "erasure"}, credential=key))
    assert (answer["sessionsEnded"], answer["user"]) == (2, None)
    [entry] = [e for e in await _audit(admin_state) if e.action == "delete_user"]
    assert entry.detail == "2 sessions ended"
    kept = await queued_mail(admin_state, target.email)
    assert [m.template for m in kept] == ["account_deleted"]  # the account's own mail went
    for _ in range(50):  # the file goes once the deletion commits
        if not path.exists():
            break
        await asyncio.sleep(0.05)
    assert not path.exists()


async def test_setting_a_role_says_what_changed_and_why(admin: AdminClient, admin_state: AppState):
    key = await make_key(admin_state, "ADMIN")
    target = await add_user(admin_state, "role_twice", second_factor=True)
    first = _answer(
        await admin(SET_ROLE, {"id": str(target.id), "role": "SUPPORT"}, credential=key)
    )
    again = _answer(
        await admin(SET_ROLE, {"id": str(target.id), "role": "SUPPORT"}, credential=key)
    )
    assert (first["changed"], again["changed"]) == (True, False)
    entries = [e for e in await _audit(admin_state) if e.action == "set_user_role"]
    assert [(e.target_id, e.reason, e.detail) for e in entries] == [
        (target.id, "promotion", "USER -> SUPPORT"),
        (target.id, "promotion", "SUPPORT -> SUPPORT"),
    ]
    bad = f'mutation($id: ID!) {{ setUserRole(id: $id, role: USER, reason: "a\\u0000b") {{ {ACTION_FIELDS} }} }}'
    refused = _answer(await admin(bad, {"id": str(target.id)}, credential=key))
    assert refused["__typename"] == "ValidationError"
    bare = await add_user(admin_state, "no_factor_at_all")
    no = _answer(await admin(SET_ROLE, {"id": str(bare.id), "role": "ADMIN"}, credential=key))
    assert no["message"] == (
        "Staff sign in with two factors: this account has neither an authenticator app nor a "
        "passkey yet."
    )


async def test_accounts_staff_create_keep_every_field_given(admin_state: AppState):
    from service.accounts.admin.creation import NewAccount, create_user
    from service.accounts.admin.staff import operator

    made = []
    for data in (
        NewAccount(
            "k1@example.com",
            "kept_one",
            "Kept",
            "One",
            bio="Bio here",
            contact="@kept",
            locale="de",
        ),
        NewAccount("k2@example.com", "kept_two", "Kept", "Two"),
    ):
        async with admin_state.unit_of_work() as uow:
            done = await create_user(uow, admin_state.services, operator("ops"), data, None)
            assert done.user is not None  # type: ignore[union-attr]
            made.append(done.user.id)  # type: ignore[union-attr]
    async with admin_state.unit_of_work() as uow:
        rows = [await uow.session.get(User, user_id) for user_id in made]
    assert [(r.bio, r.contact, r.locale) for r in rows if r] == [
        ("Bio here", "@kept", "de"),
        ("", "", "en"),
    ]


async def test_a_created_accounts_password_may_not_resemble_its_names_and_is_dated(
    admin_state: AppState,
):
    from service.accounts.admin.creation import NewAccount, create_user
    from service.accounts.admin.staff import operator
    from service.accounts.outcomes import ValidationFailed

    async def create(**given):
        reason = given.pop("r", None)
        values = {
            "email": "plain.person@example.com",
            "username": "plain_person",
            "first_name": "Ada",
            "last_name": "Smith",
            **given,
        }
        async with admin_state.unit_of_work() as uow:
            return await create_user(
                uow, admin_state.services, operator("ops"), NewAccount(**values), reason
            )

    for given in (
        {"first_name": "Xanthippe", "password": "Xanthippe#42"},
        {"last_name": "Quorvexil", "password": "Quorvexil#42"},
        {"username": "zephyrion_q", "password": "zephyrion_q#42"},
        {"email": "xanthippe.q@example.com", "password": "xanthippe.q@example.com!9Zz"},
    ):
        refused = await create(**given)
        assert isinstance(refused, ValidationFailed), given
        assert [e.field for e in refused.fields] == ["password"], given
    done = await create(password="Quixotic-Lantern-77", r="  new hire  ")
    without = await create(email="no.password@example.com", username="no_password")
    async with admin_state.unit_of_work() as uow:
        rows = [await uow.session.get(User, d.user.id) for d in (done, without)]  # type: ignore[union-attr]
        entries = list(
            (
                await uow.session.execute(
                    select(AuditEntry).where(col(AuditEntry.action) == "create_user")
                )
            ).scalars()
        )
    assert rows[0] is not None and rows[0].password_changed_at is not None
    assert rows[1] is not None and rows[1].password_changed_at is None
    assert sorted((e.target_id, e.reason) for e in entries) == sorted(
        [(rows[0].id, "new hire"), (rows[1].id, None)]
    )
    bad_reason = await create(email="x.y@example.com", username="x_y_z_w", r="a\x00b")
    assert isinstance(bad_reason, ValidationFailed)
    assert [(e.field, e.code) for e in bad_reason.fields] == [("reason", "invalid")]
