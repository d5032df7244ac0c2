"""Bulk-load users and sessions into PostgreSQL with COPY (for the token-lookup flatness run).

python -m bench.seed postgresql+asyncpg://postgres@127.0.0.1/db --sessions 1000000 --users 200000
"""

from __future__ import annotations

import argparse
import asyncio
import os
import uuid
from datetime import UTC, datetime, timedelta

import asyncpg

BATCH = 50_000
# Any argon2 hash: seeded users never log in.
PASSWORD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2VlZHNlZWRzZWVk$2M+Sn4f4o0rZ0Z0oIIgOt8W3L1g"


async def seed(database_url: str, *, sessions: int, users: int, sample: int = 0) -> list[str]:
    """Load ``users`` and ``sessions``; return tokens for ``sample`` sessions spread evenly
    through the loaded ones (every other session has a random digest and no known token)."""
    from service.accounts.sessions.store import new_token, token_digest

    step = max(1, sessions // sample) if sample else 0
    tokens: list[str] = []
    dsn = database_url.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(dsn)
    try:
        now = datetime.now(UTC)
        tag = uuid.uuid4().hex[:8]
        user_ids: list[uuid.UUID] = []
        for start in range(0, users, BATCH):
            rows = []
            for i in range(start, min(users, start + BATCH)):
                user_id = uuid.uuid4()
                user_ids.append(user_id)
                name = f"seed_{tag}_{i}"
                rows.append(
                    (
                        user_id,
                        f"{name}@example.com",
                        f"{name}@example.com",
                        name,
                        name,
                        PASSWORD_HASH,
                        "Seed",
                        "User",
                        "",
                        "",
                        "ACTIVE",
                        now,
                        None,
                        now,
                    )
                )
            await connection.copy_records_to_table(
                "users",
                records=rows,
                columns=[
                    "id",
                    "email",
                    "email_normalized",
                    "username",
                    "username_normalized",
                    "password_hash",
                    "first_name",
                    "last_name",
                    "bio",
                    "contact",
                    "status",
                    "date_joined",
                    "last_login",
                    "password_changed_at",
                ],
            )
        if not user_ids:
            user_ids = [
                row["id"] for row in await connection.fetch("SELECT id FROM users LIMIT 1000")
            ]
        for start in range(0, sessions, BATCH):
            rows = []
            for i in range(start, min(sessions, start + BATCH)):
                created = now - timedelta(minutes=i % 10_000)
                if step and i % step == 0 and len(tokens) < sample:
                    tokens.append(new_token())
                    digest = token_digest(tokens[-1])
                else:
                    digest = os.urandom(32).hex()
                rows.append(
                    (
                        uuid.uuid4(),
                        user_ids[i % len(user_ids)],
                        digest,
                        created,
                        created,
                        created + timedelta(days=7),
                        created + timedelta(days=30),
                        "seed-agent/1.0",
                        "192.0.2.1",
                        created,
                    )
                )
            await connection.copy_records_to_table(
                "sessions",
                records=rows,
                columns=[
                    "id",
                    "user_id",
                    "token_digest",
                    "created_at",
                    "last_used_at",
                    "expires_at",
                    "absolute_expires_at",
                    "user_agent",
                    "ip_address",
                    "authenticated_at",
                ],
            )
        # What an operator runs after a bulk load: statistics for the planner, and the
        # visibility map and hint bits set now rather than by the first reads (or by
        # autovacuum in the middle of a measurement).
        await connection.execute("VACUUM (ANALYZE) users")
        await connection.execute("VACUUM (ANALYZE) sessions")
    finally:
        await connection.close()
    return tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=200_000)
    args = parser.parse_args()
    asyncio.run(seed(args.database_url, sessions=args.sessions, users=args.users))


if __name__ == "__main__":
    main()
