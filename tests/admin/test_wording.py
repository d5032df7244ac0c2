"""What staff read when the admin API refuses: each refusal's and each field error's own words,
and where a reason stops being too long."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlmodel import col

from service.accounts.admin import actions, keys
from service.accounts.admin.staff import operator
from service.accounts.outcomes import FieldError, ValidationFailed
from service.db.models import AccountStatus, AuditEntry, Role, User
from service.state import AppState
from tests.admin.support import (
    ACTION_FIELDS,
    PASSKEY,
    AdminClient,
    add_user,
    make_key,
    revoke_key,
    sign_in,
)

SUSPEND = (
    f"mutation($id: ID!, $r: String!) {{ suspendUser(id: $id, reason: $r) {{ {ACTION_FIELDS} }} }}"
)
SEND_RESET = f"mutation($id: ID!) {{ sendPasswordReset(id: $id) {{ {ACTION_FIELDS} }} }}"
LAST_ADMIN = "This is the last active ADMIN: appoint another first."


def _answer(body: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


def _refusal(answer: dict[str, Any]) -> tuple[str, str, str]:
    return answer["__typename"], answer["code"], answer["message"]


async def test_whom_staff_may_not_act_on_is_said_in_words(
    admin: AdminClient, admin_state: AppState
):
    boss = await add_user(admin_state, "word_boss", Role.ADMIN)
    boss_token = await sign_in(admin_state, boss, PASSKEY)
    colleague = await add_user(admin_state, "word_support", Role.SUPPORT)
    support_key = await make_key(admin_state, "SUPPORT")
    admin_key = await make_key(admin_state, "ADMIN")

    own = _answer(await admin(SUSPEND, {"id": str(boss.id), "r": "x"}, credential=boss_token))
    assert _refusal(own) == (
        "ActionRefused",
        "own_account",
        "Staff do not act on their own account here: use the account pages.",
    )
    staff = _answer(
        await admin(SUSPEND, {"id": str(colleague.id), "r": "x"}, credential=support_key)
    )
    assert _refusal(staff) == (
        "ActionRefused",
        "staff_account",
        "Only an ADMIN acts on a staff account.",
    )
    last = _answer(await admin(SUSPEND, {"id": str(boss.id), "r": "x"}, credential=admin_key))
    assert _refusal(last) == ("ActionRefused", "last_admin", LAST_ADMIN)


async def test_a_suspended_admin_is_not_another_active_admin(
    admin: AdminClient, admin_state: AppState
):
    """An ADMIN whose account is suspended cannot act: the last active ADMIN stays one."""
    active = await add_user(admin_state, "active_admin", Role.ADMIN)
    dormant = await add_user(admin_state, "dormant_admin", Role.ADMIN)
    async with admin_state.unit_of_work() as uow:
        await uow.session.execute(
            update(User)
            .where(col(User.id) == dormant.id)
            .values(status=AccountStatus.SUSPENDED.value)
        )
        await uow.commit()
    key = await make_key(admin_state, "ADMIN")
    refused = _answer(await admin(SUSPEND, {"id": str(active.id), "r": "x"}, credential=key))
    assert _refusal(refused) == ("ActionRefused", "last_admin", LAST_ADMIN)
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, active.id)
        assert row is not None and row.status == AccountStatus.ACTIVE.value


async def test_a_reasons_errors_say_what_is_wrong(admin: AdminClient, admin_state: AppState):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "word_target")
    for reason, error in (
        ("   ", ("reason", "required", "Say why: the reason is kept in the audit log.")),
        ("x" * 501, ("reason", "too_long", "At most 500 characters.")),
        ("bell\x07", ("reason", "invalid", "The reason has characters that are not text.")),
    ):
        answer = _answer(await admin(SUSPEND, {"id": str(target.id), "r": reason}, credential=key))
        assert answer["__typename"] == "ValidationError", answer
        assert [(f["field"], f["code"], f["message"]) for f in answer["fields"]] == [error]


async def test_a_reason_of_exactly_the_maximum_length_is_kept_whole(
    admin: AdminClient, admin_state: AppState
):
    assert actions.REASON_MAX == 500
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "long_reason")
    reason = "r" * actions.REASON_MAX
    # the spaces around it do not count
    done = _answer(
        await admin(SUSPEND, {"id": str(target.id), "r": f"  {reason}  "}, credential=key)
    )
    assert done["__typename"] == "UserActionDone" and done["user"]["status"] == "SUSPENDED"
    async with admin_state.unit_of_work() as uow:
        entry = (
            await uow.session.execute(
                select(AuditEntry).where(col(AuditEntry.action) == "suspend_user")
            )
        ).scalar_one()
    assert entry.reason == reason


def test_a_reason_is_checked_whatever_the_caller_passes():
    """The CLI and the service may pass no reason at all: where one is required, none is
    none, and the words are the API's."""
    required = FieldError("reason", "required", "Say why: the reason is kept in the audit log.")
    assert actions.check_reason(None, required=True) == [required]
    assert actions.check_reason("", required=True) == [required]
    assert actions.check_reason(None) == []
    assert actions.check_reason("r" * actions.REASON_MAX) == []
    assert [e.code for e in actions.check_reason("r" * (actions.REASON_MAX + 1))] == ["too_long"]


async def test_a_required_reason_left_out_at_the_service_is_refused(admin_state: AppState):
    target = await add_user(admin_state, "no_reason_given")
    async with admin_state.unit_of_work() as uow:
        refused = await actions.suspend_user(
            uow, admin_state.services, operator("ops"), target.id, None
        )
    assert refused == ValidationFailed(
        [FieldError("reason", "required", "Say why: the reason is kept in the audit log.")]
    )


async def test_a_suspended_account_gets_no_reset_code_and_staff_are_told_why(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "SUPPORT")
    target = await add_user(admin_state, "suspended_reset")
    await admin(SUSPEND, {"id": str(target.id), "r": "abuse"}, credential=key)
    refused = _answer(await admin(SEND_RESET, {"id": str(target.id)}, credential=key))
    assert _refusal(refused) == (
        "ActionRefused",
        "suspended",
        "The account is suspended: reactivate it first.",
    )


async def test_a_keys_name_rule_is_said_in_words(state: AppState):
    async with state.unit_of_work() as uow:
        refused = await keys.create(uow, operator("ops"), "has space", "SUPPORT")
    assert refused == ValidationFailed(
        [
            FieldError(
                "name",
                "invalid",
                "A key's name is 1 to 64 letters, digits, dots, dashes or underscores.",
            )
        ]
    )


async def test_an_unknown_or_revoked_key_is_told_so(admin: AdminClient, admin_state: AppState):
    revoked = await make_key(admin_state, "ADMIN", "word-revoked")
    await revoke_key(admin_state, "word-revoked")
    for credential in ("adm_" + "z" * 43, revoked):
        body = await admin("{ whoami { actor } }", credential=credential)
        [error] = body["errors"]
        assert error["extensions"]["code"] == "UNAUTHENTICATED"
        assert error["message"] == "Unknown or revoked admin key."
