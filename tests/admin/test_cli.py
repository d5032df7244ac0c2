"""The operator's commands for the admin API: roles, keys, and the audit entries the user
commands write (actor ``cli:<login>``), through the real ``accounts`` command."""

from __future__ import annotations

import getpass
import hashlib

import httpx
from sqlalchemy import select
from sqlmodel import col

from service.app import create_app
from service.db.models import AdminKey, AuditEntry, Role, User
from service.state import AppState
from tests.admin.support import AdminClient, add_user, error_code
from tests.test_cli import accounts

LOGIN = getpass.getuser()


async def _entries(state: AppState) -> list[tuple[str, str, str | None, str | None, str | None]]:
    async with state.unit_of_work() as uow:
        rows = (
            await uow.session.execute(select(AuditEntry).order_by(col(AuditEntry.at)))
        ).scalars()
        return [(e.actor, e.action, e.target_label, e.reason, e.detail) for e in rows]


async def test_user_commands_write_audit_entries(admin_state: AppState, tmp_path):
    url = admin_state.settings.database_url
    await add_user(admin_state, "operated")
    accounts(url, "users", "suspend", "operated", "--reason", "spam wave", cwd=tmp_path)
    accounts(url, "users", "activate", "operated@example.com", cwd=tmp_path)
    promoted = accounts(
        url, "users", "set-role", "operated", "SUPPORT", "--reason", "new hire", cwd=tmp_path
    )
    # granted at the shell (to bootstrap), with a warning: the account has no second factor
    assert promoted.stdout.strip() == "operated: role SUPPORT"
    assert "warning: this account has no second factor yet" in promoted.stderr
    accounts(url, "users", "reset-2fa", "operated", "--reason", "lost phone", cwd=tmp_path)
    created = accounts(
        url,
        "users",
        "create",
        "--email",
        "cli@example.com",
        "--username",
        "cli_made",
        "--first-name",
        "Cli",
        "--last-name",
        "Made",
        cwd=tmp_path,
        stdin="Quixotic-Lantern-77\n",
    )
    assert created.stdout.startswith("created cli_made <cli@example.com>")
    actor = f"cli:{LOGIN}"
    assert await _entries(admin_state) == [
        (actor, "suspend_user", "operated", "spam wave", "0 sessions ended"),
        (actor, "reactivate_user", "operated", None, None),
        (actor, "set_user_role", "operated", "new hire", "USER -> SUPPORT"),
        (actor, "reset_user_two_factor", "operated", "lost phone", "no second factor"),
        (actor, "create_user", "cli_made", None, "with a password"),
    ]


async def test_the_last_admin_keeps_the_role_at_the_shell_too(admin_state: AppState, tmp_path):
    url = admin_state.settings.database_url
    await add_user(admin_state, "only_boss", Role.ADMIN)
    refused = accounts(url, "users", "set-role", "only_boss", "USER", cwd=tmp_path, check=False)
    assert refused.returncode == 1
    assert "last active ADMIN" in refused.stderr and "(last_admin)" in refused.stderr
    missing = accounts(url, "users", "set-role", "nobody_here", "ADMIN", cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "no user matches" in missing.stderr
    async with admin_state.unit_of_work() as uow:
        boss = (
            await uow.session.execute(select(User).where(col(User.username) == "only_boss"))
        ).scalar_one()
        assert boss.role == "ADMIN"


async def test_admin_keys_are_shown_once_listed_and_revoked(admin_state: AppState, tmp_path):
    url = admin_state.settings.database_url
    made = accounts(url, "admin-keys", "create", "--name", "ci", "--role", "READONLY", cwd=tmp_path)
    secret = made.stdout.strip()
    assert secret.startswith("adm_") and len(secret) == 47
    assert "shown only now" in made.stderr
    async with admin_state.unit_of_work() as uow:
        [key] = (await uow.session.execute(select(AdminKey))).scalars()
        assert key.key_digest == hashlib.sha256(secret.encode()).hexdigest()
        assert secret not in {key.key_digest, key.prefix, key.name}
        assert key.prefix == secret[:8] and key.created_by == f"cli:{LOGIN}"
    taken = accounts(
        url, "admin-keys", "create", "--name", "ci", "--role", "ADMIN", cwd=tmp_path, check=False
    )
    assert taken.returncode == 1 and "name: A key of this name exists" in taken.stderr
    bad = accounts(
        url,
        "admin-keys",
        "create",
        "--name",
        "no spaces",
        "--role",
        "ADMIN",
        cwd=tmp_path,
        check=False,
    )
    assert bad.returncode == 1 and "(invalid)" in bad.stderr

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=admin_state)),
        base_url="http://testserver",
    ) as http:
        admin = AdminClient(http)
        body = await admin("{ whoami { actor role canAct } }", credential=secret)
        assert body["data"]["whoami"] == {"actor": "key:ci", "role": "READONLY", "canAct": False}
        listed = accounts(url, "admin-keys", "list", cwd=tmp_path).stdout
        assert secret not in listed
        assert "ci" in listed and secret[:8] + "…" in listed and "(1 key)" in listed
        assert accounts(url, "admin-keys", "revoke", "ci", cwd=tmp_path).stdout.strip() == (
            "revoked admin key ci"
        )
        assert error_code(await admin("{ whoami { actor } }", credential=secret)) == (
            "UNAUTHENTICATED"
        )
    missing = accounts(url, "admin-keys", "revoke", "nope", cwd=tmp_path, check=False)
    assert missing.returncode == 1
    actions = [
        (actor, action, detail) for actor, action, _, _, detail in await _entries(admin_state)
    ]
    assert actions == [
        (f"cli:{LOGIN}", "create_admin_key", "ci (READONLY)"),
        (f"cli:{LOGIN}", "revoke_admin_key", "ci"),
    ]
