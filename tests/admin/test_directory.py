"""Finding accounts: the admin API's search, pages and one account in full; and the plans that
keep a search on its indexes with 100 000 accounts, on both databases."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from service.accounts.admin.directory import successor
from service.clock import utcnow
from service.db.models import Role, User
from service.state import AppState
from tests.admin.support import AdminClient, add_user, make_key, sign_in

USERS = """
query($first: Int!, $after: String, $query: String, $status: AccountStatus, $role: Role) {
  users(first: $first, after: $after, query: $query, status: $status, role: $role) {
    edges { cursor node { username } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""
USER = """
query($id: ID!) {
  user(id: $id) {
    username email status role emailVerified hasPassword twoFactorEnabled passkeyCount
    externalIdentities { provider }
    sessions { ipAddress methods assurance }
    securityEvents(first: 5) { edges { node { kind } } }
  }
}
"""


async def _names(admin: AdminClient, key: str, **variables: Any) -> list[str]:
    body = await admin(USERS, {"first": 50, **variables}, credential=key)
    assert "errors" not in body, body
    return [edge["node"]["username"] for edge in body["data"]["users"]["edges"]]


@pytest.fixture
async def people(admin_state: AppState) -> dict[str, User]:
    start = utcnow() - timedelta(days=1)
    rows = [
        ("ada_lovelace", "Ada", "Lovelace", "ada@analytical.example", Role.USER),
        ("grace_hopper", "Grace", "Hopper", "grace@navy.example", Role.SUPPORT),
        ("alan_turing", "Alan", "Turing", "alan@bletchley.example", Role.USER),
        ("zoe_ada", "Zoë", "Adams", "zoe@example.org", Role.ADMIN),
        ("percent_guy", "Per%cy", "Under_Score", "per_cy@example.org", Role.USER),
    ]
    made = {}
    for number, (username, first, last, email, role) in enumerate(rows):
        made[username] = await add_user(
            admin_state,
            username,
            role,
            first_name=first,
            last_name=last,
            email=email,
            joined=start + timedelta(minutes=number),
        )
    return made


async def test_a_query_matches_a_prefix_of_each_field_whatever_its_case(
    admin: AdminClient, admin_state: AppState, people: dict[str, User]
):
    key = await make_key(admin_state, "READONLY")
    # newest first: zoe_ada joined after ada_lovelace
    assert await _names(admin, key, query="ADA") == ["zoe_ada", "ada_lovelace"]
    assert await _names(admin, key, query="grace@NAVY") == ["grace_hopper"]
    assert await _names(admin, key, query="tur") == ["alan_turing"]  # last name
    assert await _names(admin, key, query="zoë") == ["zoe_ada"]  # first name, not ASCII
    assert await _names(admin, key, query="  alan_t ") == ["alan_turing"]  # username, trimmed
    assert await _names(admin, key, query="lovelace") == ["ada_lovelace"]
    assert await _names(admin, key, query="velace") == []  # a prefix, not a substring
    # LIKE's wildcards are plain characters here
    assert await _names(admin, key, query="per%") == ["percent_guy"]
    assert await _names(admin, key, query="p%") == []
    assert await _names(admin, key, query="under_") == ["percent_guy"]
    assert await _names(admin, key, query="a_") == []
    assert await _names(admin, key, query="") == [
        "percent_guy",
        "zoe_ada",
        "alan_turing",
        "grace_hopper",
        "ada_lovelace",
    ]


async def test_filters_and_pages(
    admin: AdminClient, admin_state: AppState, people: dict[str, User]
):
    key = await make_key(admin_state, "READONLY")
    assert await _names(admin, key, role="SUPPORT") == ["grace_hopper"]
    assert await _names(admin, key, query="a", role="USER") == ["alan_turing", "ada_lovelace"]
    async with admin_state.unit_of_work() as uow:
        row = await uow.session.get(User, people["alan_turing"].id)
        assert row is not None
        row.status = "SUSPENDED"
        await uow.commit()
    assert await _names(admin, key, status="SUSPENDED") == ["alan_turing"]
    assert await _names(admin, key, query="a", status="ACTIVE") == ["zoe_ada", "ada_lovelace"]

    seen: list[str] = []
    after = None
    for _ in range(5):
        body = await admin(USERS, {"first": 2, "after": after}, credential=key)
        page = body["data"]["users"]
        seen += [edge["node"]["username"] for edge in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == await _names(admin, key)
    assert len(seen) == 5

    for bad, message in (
        ({"first": 0}, "first must be between 1 and 100."),
        ({"first": 101}, "first must be between 1 and 100."),
        ({"first": 5, "after": "nonsense"}, "after is not a cursor of this connection."),
        ({"first": 5, "query": "q" * 101}, "query is at most 100 characters."),
    ):
        body = await admin(USERS, bad, credential=key)
        assert body["errors"][0]["message"] == message
        assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_one_account_in_full(
    admin: AdminClient, admin_state: AppState, people: dict[str, User]
):
    key = await make_key(admin_state, "READONLY")
    ada = people["ada_lovelace"]
    await sign_in(admin_state, ada)
    body = await admin(USER, {"id": str(ada.id)}, credential=key)
    assert body["data"]["user"] == {
        "username": "ada_lovelace",
        "email": "ada@analytical.example",
        "status": "ACTIVE",
        "role": "USER",
        "emailVerified": False,
        "hasPassword": True,
        "twoFactorEnabled": False,
        "passkeyCount": 0,
        "externalIdentities": [],
        "sessions": [
            {"ipAddress": "127.0.0.1", "methods": ["PASSWORD", "TOTP"], "assurance": "AAL2"}
        ],
        "securityEvents": {"edges": []},
    }
    for missing in (str(uuid.uuid4()), "not-a-uuid"):
        assert (await admin(USER, {"id": missing}, credential=key))["data"] == {"user": None}


def test_the_successor_of_a_prefix_bounds_every_text_that_starts_with_it():
    assert successor("abc") == "abd"
    assert successor("a\U0010ffff") == "b"
    assert successor("\U0010ffff") is None
    assert successor("a\ud7ff") == "a\ue000"  # past the surrogates
    assert successor("") is None


SEARCH_USERS = 100_000


async def _seed(admin_state: AppState, count: int) -> None:
    """``count`` accounts, bulk-inserted by the database itself."""
    dialect = admin_state.engine.dialect.name
    async with admin_state.engine.begin() as connection:
        if dialect == "postgresql":
            await connection.execute(
                text(
                    "INSERT INTO users (id, email, email_normalized, username, username_normalized,"
                    " first_name, last_name, first_name_key, last_name_key, date_joined, status,"
                    " role) SELECT gen_random_uuid(), 'u' || n || '@example.com',"
                    " 'u' || n || '@example.com', 'user' || n, 'user' || n, 'First' || n,"
                    " 'Last' || n, 'first' || n, 'last' || n,"
                    " now() - n * interval '1 second', 'ACTIVE', 'USER'"
                    " FROM generate_series(1, :count) AS n"
                ),
                {"count": count},
            )
            await connection.execute(text("ANALYZE users"))
        else:
            await connection.execute(
                text(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)"
                    " INSERT INTO users (id, email, email_normalized, username, username_normalized,"
                    " first_name, last_name, first_name_key, last_name_key, date_joined, status,"
                    " role) SELECT lower(hex(randomblob(16))), 'u' || i || '@example.com',"
                    " 'u' || i || '@example.com', 'user' || i, 'user' || i, 'First' || i,"
                    " 'Last' || i, 'first' || i, 'last' || i,"
                    " datetime('now', '-' || i || ' seconds'), 'ACTIVE', 'USER' FROM n"
                ),
                {"count": count},
            )


async def test_a_search_stays_on_its_indexes_with_many_accounts(
    admin: AdminClient, admin_state: AppState, backend: str
):
    """``EXPLAIN`` of the statements the search runs, first page and next, with and without
    filters: a query is answered from its prefixes' indexes, never by a scan of the table nor a
    walk of another index (a new SQLite database has no statistics; on PostgreSQL, the plan made
    without the values, as a prepared statement's generic plan is, too)."""
    await _seed(admin_state, SEARCH_USERS)
    key = await make_key(admin_state, "READONLY")
    assert await _names(admin, key, query="user12345") == ["user12345"]
    assert await _names(admin, key, query="LAST99999", status="ACTIVE", role="USER") == [
        "user99999"
    ]
    for filters in ({}, {"status": "ACTIVE"}, {"status": "ACTIVE", "role": "USER"}):
        for plan in await _plans(admin_state, backend, query="user123", **filters):
            if backend == "postgresql":
                assert "Seq Scan" not in plan and "ix_users_date_joined" not in plan, plan
                for index in (
                    "email_normalized",
                    "username_normalized",
                    "first_name_key",
                    "last_name_key",
                ):
                    assert f"ix_users_{index}_prefix" in plan, plan
            else:
                assert "MULTI-INDEX OR" in plan, plan
                assert "SCAN users" not in plan, plan
    if backend == "sqlite":  # PostgreSQL picks by its statistics: here every account is ACTIVE
        for column, value in (("status", "ACTIVE"), ("role", "USER")):
            for plan in await _plans(admin_state, backend, **{column: value}):
                assert f"SEARCH users USING INDEX ix_users_{column}_date_joined_id" in plan, plan
    for plan in await _plans(admin_state, backend):
        assert "ix_users_date_joined_id" in plan, plan


async def _plans(state: AppState, backend: str, **search: Any) -> list[str]:
    """The plans of the statements ``directory.search`` runs for a first page and the next."""
    from sqlalchemy import event

    from service.accounts.admin import directory

    ran: list[tuple[str, Any]] = []

    def record(_c: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM users" in statement:
            ran.append((statement, parameters))

    event.listen(state.engine.sync_engine, "before_cursor_execute", record)
    try:
        async with state.unit_of_work() as uow:
            first = await directory.search(uow, 20, **search)
            after = directory.read_cursor(directory.cursor_of(first.users[-1]))
            await directory.search(uow, 20, after, **search)
    finally:
        event.remove(state.engine.sync_engine, "before_cursor_execute", record)
    assert len(ran) == 2
    plans = []
    async with state.engine.connect() as connection:
        for statement, parameters in ran:
            if backend == "postgresql":
                await connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
                await connection.exec_driver_sql(f"PREPARE search_plan AS {statement}")
                values = ", ".join(_literal(value) for value in parameters)
                rows = (
                    await connection.exec_driver_sql(f"EXPLAIN EXECUTE search_plan({values})")
                ).all()
                await connection.exec_driver_sql("DEALLOCATE search_plan")
                plan = "\n".join(str(row[-1]) for row in rows)
                # made without the values: a plan of placeholders
                assert "$1" in plan or len(parameters) == 1, plan
            else:
                rows = (
                    await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                ).all()
                plan = "\n".join(str(row[-1]) for row in rows)
            plans.append(plan)
    return plans


def _literal(value: Any) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


async def test_filters_are_text_and_lists_of_an_accounts_own_are_read_one_at_a_time(
    admin: AdminClient, admin_state: AppState, people: dict[str, User]
):
    key = await make_key(admin_state, "READONLY")
    for document, variables, message in (
        (USERS, {"first": 5, "query": "a\u0000"}, "query has characters that are not text."),
        (
            "query($a: String) { auditLog(actor: $a) { edges { cursor } } }",
            {"a": "key:x\u0000"},
            "actor has characters that are not text.",
        ),
    ):
        body = await admin(document, variables, credential=key)
        assert body["errors"][0]["message"] == message
        assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    for field in (
        "sessions { id }",
        "securityEvents { edges { cursor } }",
        "externalIdentities { id }",
    ):
        body = await admin(
            f"{{ users(first: 5) {{ edges {{ node {{ {field} }} }} }} }}", credential=key
        )
        name = field.split()[0]
        assert (
            body["errors"][0]["message"] == f"{name} is read one account at a time: ask user(id)."
        )
    cheap = await admin(
        "{ users(first: 5) { edges { node { twoFactorEnabled passkeyCount } } } }", credential=key
    )
    assert "errors" not in cheap


async def test_pages_walk_accounts_and_entries_that_share_a_moment(
    admin: AdminClient, admin_state: AppState
):
    """Accounts joined, and actions taken, at the same instant: one at a time, every one comes
    once, newest id first among equals."""
    from sqlalchemy import update

    from service.db.models import AuditEntry

    key = await make_key(admin_state, "ADMIN")
    moment = utcnow() - timedelta(days=2)
    made = [await add_user(admin_state, f"same_{n}", joined=moment) for n in range(4)]
    for user in made:
        await admin(
            f'mutation {{ revokeUserSessions(id: "{user.id}") {{ __typename }} }}', credential=key
        )
    async with admin_state.unit_of_work() as uow:
        await uow.session.execute(update(AuditEntry).values(at=moment))
        await uow.commit()
    names: list[str] = []
    after = None
    for _ in range(6):
        body = await admin(USERS, {"first": 1, "after": after}, credential=key)
        page = body["data"]["users"]
        assert len(page["edges"]) <= 1
        names += [edge["node"]["username"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    by_id = sorted(made, key=lambda u: u.id, reverse=True)
    assert names == [u.username for u in by_id]
    targets: list[str] = []
    after = None
    audit = "query($a: String) { auditLog(first: 1, after: $a) { edges { cursor node { targetLabel } } pageInfo { hasNextPage endCursor } } }"
    for _ in range(8):
        page = (await admin(audit, {"a": after}, credential=key))["data"]["auditLog"]
        assert len(page["edges"]) <= 1
        targets += [edge["node"]["targetLabel"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert sorted(t for t in targets if t) == sorted(u.username for u in made)
    assert len(targets) == len(set(targets))
