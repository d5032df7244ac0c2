"""The admin API: a role per account, search keys of the names, admin keys and the audit log.

``users`` gains ``role`` (``USER`` for every existing account) and the casefolded names the
admin search matches (filled here, kept by the ORM afterwards), an index for its stable order
and, on PostgreSQL, pattern indexes for its prefix searches; ``admin_keys`` and ``audit_log``
are new.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PREFIX_COLUMNS = ("email_normalized", "username_normalized", "first_name_key", "last_name_key")
BATCH = 1000


def _fill_name_keys() -> None:
    """Casefolded as Python does it (``name_key``), the same on both databases."""
    bind = op.get_bind()
    users = sa.table(
        "users",
        sa.column("id", sa.Uuid()),
        sa.column("first_name", sa.String()),
        sa.column("last_name", sa.String()),
        sa.column("first_name_key", sa.String()),
        sa.column("last_name_key", sa.String()),
    )
    rows = bind.execute(sa.select(users.c.id, users.c.first_name, users.c.last_name)).all()
    for start in range(0, len(rows), BATCH):
        bind.execute(
            users.update()
            .where(users.c.id == sa.bindparam("row_id"))
            .values(first_name_key=sa.bindparam("first"), last_name_key=sa.bindparam("last")),
            [
                {
                    "row_id": row.id,
                    "first": row.first_name.casefold(),
                    "last": row.last_name.casefold(),
                }
                for row in rows[start : start + BATCH]
            ],
        )


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("role", sa.String(length=16), server_default="USER", nullable=False)
        )
        batch_op.add_column(
            sa.Column("first_name_key", sa.String(length=600), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("last_name_key", sa.String(length=600), server_default="", nullable=False)
        )
        batch_op.create_check_constraint("role", "role IN ('USER', 'SUPPORT', 'ADMIN')")
    _fill_name_keys()
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index("ix_users_date_joined_id", ["date_joined", "id"], unique=False)
        batch_op.create_index(
            "ix_users_status_date_joined_id", ["status", "date_joined", "id"], unique=False
        )
        batch_op.create_index(
            "ix_users_role_date_joined_id", ["role", "date_joined", "id"], unique=False
        )
        batch_op.create_index("ix_users_first_name_key", ["first_name_key"], unique=False)
        batch_op.create_index("ix_users_last_name_key", ["last_name_key"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for name in PREFIX_COLUMNS:
            op.create_index(
                f"ix_users_{name}_prefix",
                "users",
                [name],
                postgresql_ops={name: "varchar_pattern_ops"},
            )

    op.create_table(
        "admin_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("key_digest", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "role IN ('READONLY', 'SUPPORT', 'ADMIN')", name=op.f("ck_admin_keys_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_keys")),
        sa.UniqueConstraint("key_digest", name=op.f("uq_admin_keys_key_digest")),
        sa.UniqueConstraint("name", name=op.f("uq_admin_keys_name")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("actor_role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=True),
        sa.Column("target_label", sa.String(length=150), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.Column("ip_address", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_at_id", ["at", "id"], unique=False)
        batch_op.create_index("ix_audit_log_actor_at_id", ["actor", "at", "id"], unique=False)
        batch_op.create_index(
            "ix_audit_log_target_id_at_id", ["target_id", "at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_target_id_at_id")
        batch_op.drop_index("ix_audit_log_actor_at_id")
        batch_op.drop_index("ix_audit_log_at_id")
    op.drop_table("audit_log")
    op.drop_table("admin_keys")
    if op.get_bind().dialect.name == "postgresql":
        for name in PREFIX_COLUMNS:
            op.drop_index(f"ix_users_{name}_prefix", table_name="users")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index("ix_users_last_name_key")
        batch_op.drop_index("ix_users_first_name_key")
        batch_op.drop_index("ix_users_role_date_joined_id")
        batch_op.drop_index("ix_users_status_date_joined_id")
        batch_op.drop_index("ix_users_date_joined_id")
        batch_op.drop_constraint("role", type_="check")
        batch_op.drop_column("last_name_key")
        batch_op.drop_column("first_name_key")
        batch_op.drop_column("role")
