"""Who may call the admin API, through HTTP: every operation for every kind of caller.

No credential, an unknown or a revoked key, or a token of no session answers
``UNAUTHENTICATED``; an account that is not staff, or staff signed in at AAL1, answers
``FORBIDDEN`` for everything; a READONLY key reads only; SUPPORT (key or AAL2 session) reads
and acts but neither deletes nor sets roles; ADMIN does everything. A refused operation changes
nothing and writes no audit entry.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update
from sqlmodel import col

from service.app import create_app
from service.clock import utcnow
from service.db.models import AccountStatus, AuditEntry, AuthSession, Role, TotpCredential, User
from service.state import AppState
from tests.admin.support import (
    AAL1,
    AAL2,
    ACTION_FIELDS,
    PASSKEY,
    AdminClient,
    add_user,
    error_code,
    make_key,
    revoke_key,
    sign_in,
)

READ, ACT, ADMINISTER = "read", "act", "administer"

# name → (level, document, variables given a target account's id)
OPERATIONS: dict[str, tuple[str, str, Callable[[str], dict[str, Any]]]] = {
    "whoami": (READ, "{ whoami { actor role } }", lambda _: {}),
    "users": (READ, "{ users(first: 5) { edges { node { id } } } }", lambda _: {}),
    "user": (READ, "query($id: ID!) { user(id: $id) { id } }", lambda id: {"id": id}),
    "auditLog": (READ, "{ auditLog(first: 5) { edges { node { id } } } }", lambda _: {}),
    "suspendUser": (
        ACT,
        f'mutation($id: ID!) {{ suspendUser(id: $id, reason: "test") {{ {ACTION_FIELDS} }} }}',
        lambda id: {"id": id},
    ),
    "reactivateUser": (
        ACT,
        f"mutation($id: ID!) {{ reactivateUser(id: $id) {{ {ACTION_FIELDS} }} }}",
        lambda id: {"id": id},
    ),
    "revokeUserSessions": (
        ACT,
        f"mutation($id: ID!) {{ revokeUserSessions(id: $id) {{ {ACTION_FIELDS} }} }}",
        lambda id: {"id": id},
    ),
    "resetUserTwoFactor": (
        ACT,
        f'mutation($id: ID!) {{ resetUserTwoFactor(id: $id, reason: "lost phone") '
        f"{{ {ACTION_FIELDS} }} }}",
        lambda id: {"id": id},
    ),
    "sendPasswordReset": (
        ACT,
        f"mutation($id: ID!) {{ sendPasswordReset(id: $id) {{ {ACTION_FIELDS} }} }}",
        lambda id: {"id": id},
    ),
    "createUser": (
        ACT,
        f"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ {ACTION_FIELDS} }} }}",
        lambda _: {
            "input": {
                "email": f"new-{uuid.uuid4().hex[:8]}@example.com",
                "username": f"new_{uuid.uuid4().hex[:8]}",
                "firstName": "New",
                "lastName": "Person",
            }
        },
    ),
    "deleteUser": (
        ADMINISTER,
        f'mutation($id: ID!) {{ deleteUser(id: $id, reason: "asked to") {{ {ACTION_FIELDS} }} }}',
        lambda id: {"id": id},
    ),
    "setUserRole": (
        ADMINISTER,
        f"mutation($id: ID!) {{ setUserRole(id: $id, role: SUPPORT) {{ {ACTION_FIELDS} }} }}",
        lambda id: {"id": id},
    ),
}

Caller = Callable[[AppState], Awaitable[str | None]]


async def _nobody(_: AppState) -> str | None:
    return None


async def _unknown_key(_: AppState) -> str | None:
    return "adm_" + "x" * 43


async def _revoked_key(state: AppState) -> str | None:
    secret = await make_key(state, "ADMIN", "revoked")
    await revoke_key(state, "revoked")
    return secret


async def _no_session(_: AppState) -> str | None:
    return "acct_" + "y" * 43


async def _session(state: AppState, role: Role, methods: Any) -> str:
    user = await add_user(state, f"caller_{uuid.uuid4().hex[:8]}", role)
    return await sign_in(state, user, methods)


CALLERS: dict[str, tuple[Caller, str | None, str]] = {
    # name: (credential maker, highest level allowed (None: nothing), the refusal's code)
    "no credential": (_nobody, None, "UNAUTHENTICATED"),
    "unknown key": (_unknown_key, None, "UNAUTHENTICATED"),
    "revoked key": (_revoked_key, None, "UNAUTHENTICATED"),
    "token of no session": (_no_session, None, "UNAUTHENTICATED"),
    "USER session": (lambda s: _session(s, Role.USER, AAL2), None, "FORBIDDEN"),
    "SUPPORT at AAL1": (lambda s: _session(s, Role.SUPPORT, AAL1), None, "FORBIDDEN"),
    "ADMIN at AAL1": (lambda s: _session(s, Role.ADMIN, AAL1), None, "FORBIDDEN"),
    "READONLY key": (lambda s: make_key(s, "READONLY"), READ, "FORBIDDEN"),
    "SUPPORT key": (lambda s: make_key(s, "SUPPORT"), ACT, "FORBIDDEN"),
    "ADMIN key": (lambda s: make_key(s, "ADMIN"), ADMINISTER, "FORBIDDEN"),
    "SUPPORT at AAL2": (lambda s: _session(s, Role.SUPPORT, AAL2), ACT, "FORBIDDEN"),
    "ADMIN by passkey": (lambda s: _session(s, Role.ADMIN, PASSKEY), ADMINISTER, "FORBIDDEN"),
}
LEVELS = [READ, ACT, ADMINISTER]


async def _audit_count(state: AppState) -> int:
    async with state.unit_of_work() as uow:
        return int(
            (await uow.session.execute(select(func.count()).select_from(AuditEntry))).scalar_one()
        )


@pytest.mark.parametrize("caller", list(CALLERS))
async def test_every_operation_for_every_caller(
    caller: str, admin: AdminClient, admin_state: AppState
):
    make, allowed, refusal = CALLERS[caller]
    credential = await make(admin_state)
    for name, (needed, document, variables) in OPERATIONS.items():
        # with a second factor: a staff role may be granted to it
        target = await add_user(admin_state, f"target_{uuid.uuid4().hex[:8]}", second_factor=True)
        before = await _audit_count(admin_state)
        body = await admin(document, variables(str(target.id)), credential=credential)
        may = allowed is not None and LEVELS.index(needed) <= LEVELS.index(allowed)
        if may:
            assert "errors" not in body, (caller, name, body)
            field = next(iter(body["data"].values()))
            if isinstance(field, dict) and "__typename" in field:
                assert field["__typename"] == "UserActionDone", (caller, name, field)
        else:
            assert error_code(body) == refusal, (caller, name, body)
            if allowed is not None:  # a role too weak: the field's own words
                expected = {
                    ACT: "Acting on accounts needs the SUPPORT or ADMIN role.",
                    ADMINISTER: "This needs the ADMIN role.",
                }[needed]
                assert body["errors"][0]["message"] == expected, (caller, name)
            assert not any((body["data"] or {}).values()), (caller, name, body)
            assert await _audit_count(admin_state) == before, (caller, name)
            async with admin_state.unit_of_work() as uow:
                row = await uow.session.get(User, target.id)
                assert row is not None and row.status == AccountStatus.ACTIVE
                assert row.role == Role.USER.value


async def test_the_admin_endpoint_is_off_unless_switched_on(
    make_state: Callable[..., AppState],
):
    state = make_state()
    secret = await make_key(state, "ADMIN")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://testserver"
    ) as http:
        response = await http.post(
            "/admin/graphql",
            json={"query": "{ whoami { actor } }"},
            headers={"Authorization": f"Bearer {secret}"},
        )
        assert response.status_code == 404
        users = await http.post("/graphql", json={"query": "{ whoami { actor } }"})
        assert users.status_code == 200
        assert "Cannot query field 'whoami'" in users.json()["errors"][0]["message"]


async def test_a_staff_session_acts_only_while_privileged(
    admin: AdminClient, admin_state: AppState
):
    """Reading needs AAL2; acting needs the session proved within the re-authentication window
    (``ReauthenticationRequired`` otherwise, and nothing changes)."""
    staff = await add_user(admin_state, "support_old", Role.SUPPORT)
    target = await add_user(admin_state, "target_old")
    token = await sign_in(
        admin_state,
        staff,
        AAL2,
        proved_ago=admin_state.settings.reauth_window + (admin_state.settings.reauth_window),
    )
    read = await admin("{ whoami { actor role canAct canAdminister } }", credential=token)
    assert read["data"]["whoami"] == {
        "actor": "user:support_old",
        "role": "SUPPORT",
        "canAct": True,
        "canAdminister": False,
    }
    document, variables = OPERATIONS["suspendUser"][1:]
    body = await admin(document, variables(str(target.id)), credential=token)
    answer = body["data"]["suspendUser"]
    assert answer["__typename"] == "ReauthenticationRequired"
    assert answer["passwordRequired"] is True
    assert await _audit_count(admin_state) == 0
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, target.id)
        assert row is not None and row.status == AccountStatus.ACTIVE


async def test_a_second_factor_enrolled_from_the_session_itself_does_not_make_it_staffs(
    admin: AdminClient, admin_state: AppState
):
    """Whoever holds a staff account's password alone could enrol an authenticator from a
    password session (its proof then lists TOTP, ``step_up.add_to_proof``): the admin API
    counts only a second factor the account had when the session was proved."""
    staff = await add_user(admin_state, "enrols_late", Role.SUPPORT, second_factor=False)
    token = await sign_in(admin_state, staff, AAL1, proved_ago=timedelta(minutes=1))
    async with admin_state.unit_of_work() as uow:
        now = utcnow()
        uow.session.add(
            TotpCredential(user_id=staff.id, secret_encrypted="x", created_at=now, confirmed_at=now)
        )
        await uow.session.execute(
            update(AuthSession)
            .where(col(AuthSession.user_id) == staff.id)
            .values(methods="PASSWORD,TOTP")
        )
        await uow.commit()
    body = await admin("{ whoami { actor } }", credential=token)
    assert error_code(body) == "FORBIDDEN"
    assert "two factors or a passkey" in body["errors"][0]["message"]
    fresh = await sign_in(admin_state, staff, AAL2)  # a sign-in with that factor, later
    assert "errors" not in await admin("{ whoami { actor } }", credential=fresh)


async def test_a_staff_role_goes_only_to_an_account_with_a_second_factor(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "ADMIN")
    bare = await add_user(admin_state, "no_factor_yet")
    document = f"mutation($id: ID!, $role: Role!) {{ setUserRole(id: $id, role: $role) {{ {ACTION_FIELDS} }} }}"
    for role in ("SUPPORT", "ADMIN"):
        answer = (await admin(document, {"id": str(bare.id), "role": role}, credential=key))["data"]
        assert answer["setUserRole"]["code"] == "no_second_factor"
    back = (await admin(document, {"id": str(bare.id), "role": "USER"}, credential=key))["data"]
    assert back["setUserRole"]["__typename"] == "UserActionDone"
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, bare.id)
        assert row is not None and row.role == "USER"


async def test_a_demoted_staff_account_is_refused_at_once(
    admin: AdminClient, admin_state: AppState
):
    staff = await add_user(admin_state, "support_gone", Role.SUPPORT)
    token = await sign_in(admin_state, staff)
    assert "errors" not in await admin("{ whoami { actor } }", credential=token)
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, staff.id)
        assert row is not None
        row.role = Role.USER.value
        await uow.commit()
    assert error_code(await admin("{ whoami { actor } }", credential=token)) == "FORBIDDEN"


async def test_each_callers_requests_are_budgeted(make_state: Callable[..., AppState]):
    state = make_state(
        admin_api=True, rate_limit_enabled=True, rate_limit_admin_requests_per_caller="3/minute"
    )
    first, second = await make_key(state, "READONLY"), await make_key(state, "READONLY")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://testserver"
    ) as http:
        admin = AdminClient(http)
        for _ in range(3):
            assert "errors" not in await admin("{ whoami { actor } }", credential=first)
        limited = await admin("{ whoami { actor } }", credential=first)
        assert error_code(limited) == "RATE_LIMITED"
        assert limited["errors"][0]["extensions"]["retryAfterSeconds"] > 0
        assert "errors" not in await admin("{ whoami { actor } }", credential=second)


async def test_the_users_document_limits_hold_on_the_admin_endpoint(
    admin: AdminClient, admin_state: AppState
):
    key = await make_key(admin_state, "ADMIN")
    limit = admin_state.settings.max_aliases
    aliased = "{ " + " ".join(f"a{n}: whoami {{ actor }}" for n in range(limit + 1)) + " }"
    body = await admin(aliased, credential=key)
    assert body.get("data") is None and "alias" in body["errors"][0]["message"].lower()
    deep = "{ users { edges { node { securityEvents { edges { node { id } } } } } } }"
    assert "errors" not in await admin(deep, credential=key)
    batch = await admin.http.post(
        "/admin/graphql",
        json=[{"query": "{ whoami { actor } }"}] * 2,
        headers={"Authorization": f"Bearer {key}"},
    )
    assert batch.status_code == 400
    get = await admin.http.get(
        "/admin/graphql",
        params={"query": 'mutation { reactivateUser(id: "x") { __typename } }'},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert get.status_code in (400, 405)
    assert await _audit_count(admin_state) == 1  # the key's creation only


async def test_the_admin_endpoint_has_its_own_explorer_in_development(admin: AdminClient):
    page = await admin.http.get("/admin/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    scripts = re.findall(r'<script src="(/graphql-assets/[^"]+)"', page.text)
    assert "/graphql-assets/admin-ide.js" in scripts
    script = await admin.http.get("/graphql-assets/admin-ide.js")
    assert script.status_code == 200
    assert "whoami" in script.text and "suspendUser" in script.text
    users = await admin.http.get("/graphql", headers={"Accept": "text/html"})
    assert "/graphql-assets/ide.js" in users.text and "admin-ide.js" not in users.text


async def test_production_hides_the_admin_explorer_and_introspection(
    make_state: Callable[..., AppState],
):
    state = make_state(admin_api=True, env="production")
    key = await make_key(state, "READONLY")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://testserver"
    ) as http:
        page = await http.get("/admin/graphql", headers={"Accept": "text/html"})
        assert page.status_code != 200 or "graphiql" not in page.text.lower()
        assert (await http.get("/graphql-assets/admin-ide.js")).status_code == 404
        admin = AdminClient(http)
        body = await admin("{ __schema { types { name } } }", credential=key)
        assert "errors" in body and body.get("data") is None
        assert "errors" not in await admin("{ whoami { actor } }", credential=key)


async def test_a_cors_origin_does_not_get_staffs_admin_access_by_cookie(
    make_state: Callable[..., AppState],
):
    """An origin of ACCOUNTS_CORS_ORIGINS is trusted with the users' API; a staff member's
    cookie sent from it does not reach the admin API (the service's own pages do)."""
    from service.graphql.browser_session import COOKIE

    state = make_state(admin_api=True, cors_origins=["https://partner.example"])
    staff = await add_user(state, "cookie_staff", Role.ADMIN)
    token = await sign_in(state, staff)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://testserver"
    ) as http:

        async def whoami(path: str, origin: str) -> dict[str, Any]:
            answer = await http.post(
                path,
                json={"query": "{ whoami { actor } }" if "admin" in path else "{ me { id } }"},
                headers={"Cookie": f"{COOKIE}={token}", "Origin": origin},
            )
            return answer.json()

        assert error_code(await whoami("/admin/graphql", "https://partner.example")) == (
            "UNAUTHENTICATED"
        )
        assert (await whoami("/graphql", "https://partner.example"))["data"]["me"] is not None
        own = await whoami("/admin/graphql", "http://testserver")
        assert own["data"]["whoami"] == {"actor": "user:cookie_staff"}


async def test_a_renamed_staff_account_keeps_its_request_budget(
    make_state: Callable[..., AppState],
):
    state = make_state(
        admin_api=True, rate_limit_enabled=True, rate_limit_admin_requests_per_caller="2/minute"
    )
    staff = await add_user(state, "before_rename", Role.SUPPORT)
    token = await sign_in(state, staff)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://testserver"
    ) as http:
        admin = AdminClient(http)
        for _ in range(2):
            assert "errors" not in await admin("{ whoami { actor } }", credential=token)
        async with state.unit_of_work() as uow:
            row = await uow.session.get(User, staff.id)
            assert row is not None
            row.username, row.username_normalized = "after_rename", "after_rename"
            await uow.commit()
        assert error_code(await admin("{ whoami { actor } }", credential=token)) == "RATE_LIMITED"
