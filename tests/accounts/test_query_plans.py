"""The token lookup, the per-user session listing and the expiry purge use indexes.

Checked with EXPLAIN on PostgreSQL over a table big enough (20 000 sessions, bulk-loaded
with COPY) that the planner would rather scan it than use a missing index.
"""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from sqlalchemy.dialects import postgresql

from service.accounts.sessions.callers import viewers_query
from service.accounts.sessions.store import list_sessions_query, purge_query
from service.clock import utcnow
from tests.conftest import make_settings

SESSIONS, USERS = 20_000, 2_000


def plan_nodes(plan: dict) -> list[dict]:
    nodes = [plan]
    for child in plan.get("Plans", []):
        nodes += plan_nodes(child)
    return nodes


async def explain(connection, statement) -> list[dict]:
    dialect = postgresql.asyncpg.dialect()
    compiled = statement.compile(dialect=dialect)
    args = []
    for name in compiled.positiontup:
        bind = compiled.binds[name]
        value = compiled.params[name]
        process = bind.type._cached_bind_processor(dialect)
        args.append(process(value) if process else value)
    rows = await connection.fetch(f"EXPLAIN (FORMAT JSON) {compiled}", *args)
    return plan_nodes(json.loads(rows[0][0])[0]["Plan"])


@pytest.fixture(scope="module")
def seeded_postgres(fresh_database):
    from bench.seed import seed
    from service.cli import run_migrations

    url = fresh_database("postgresql")
    run_migrations(make_settings(url))
    asyncio.run(seed(url, sessions=SESSIONS, users=USERS))
    return url


async def test_hot_queries_use_indexes(seeded_postgres):
    import asyncpg

    connection = await asyncpg.connect(
        seeded_postgres.replace("postgresql+asyncpg://", "postgresql://")
    )
    try:
        user_id, digest = await connection.fetchrow(
            "SELECT user_id, token_digest FROM sessions LIMIT 1"
        )
        digests = [
            row[0]
            for row in await connection.fetch(
                "SELECT token_digest FROM sessions ORDER BY random() LIMIT 32"
            )
        ]
        now = utcnow()

        # One token, and the coalesced form the service sends under load (32 at once).
        batched = viewers_query(32).params({f"k{i}": d for i, d in enumerate(digests)})
        for lookup in (
            await explain(connection, viewers_query(1).params(k0=digest)),
            await explain(connection, batched),
        ):
            index_names = {n.get("Index Name") for n in lookup}
            assert "uq_sessions_token_digest" in index_names, lookup
            assert "pk_users" in index_names or any(n["Node Type"] == "Hash Join" for n in lookup)
            assert not any(
                n["Node Type"] == "Seq Scan" and n["Relation Name"] == "sessions" for n in lookup
            )

        listing = await explain(connection, list_sessions_query(user_id, now))
        assert "ix_sessions_user_id_created_at" in {n.get("Index Name") for n in listing}, listing
        assert not any(n["Node Type"] == "Seq Scan" for n in listing)

        purge = await explain(connection, purge_query(now - timedelta(days=365)))
        assert "ix_sessions_expires_at" in {n.get("Index Name") for n in purge}, purge
        assert not any(n["Node Type"] == "Seq Scan" for n in purge)
    finally:
        await connection.close()
