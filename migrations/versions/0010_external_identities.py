"""External identities linked to accounts, and the sign-in flows through their providers.

``external_identities`` holds each (provider, subject) linked to an account, unique;
``external_flows`` a sign-in or a link begun with a provider, until its handoff is used or it
expires.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "external_flows",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("flow_digest", sa.String(length=64), nullable=False),
        sa.Column("state_digest", sa.String(length=64), nullable=False),
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=8), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("nonce", sa.String(length=128), nullable=False),
        sa.Column("code_verifier", sa.String(length=128), nullable=False),
        sa.Column("return_to", sa.String(length=2048), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handoff_digest", sa.String(length=64), nullable=True),
        sa.Column("handoff_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("subject", sa.String(length=255), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("email_verified", sa.Boolean(), nullable=False),
        sa.Column("given_name", sa.String(length=150), nullable=True),
        sa.Column("family_name", sa.String(length=150), nullable=True),
        sa.Column("preferred_username", sa.String(length=150), nullable=True),
        sa.CheckConstraint("purpose IN ('login', 'link')", name=op.f("ck_external_flows_purpose")),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_external_flows_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_flows")),
        sa.UniqueConstraint("flow_digest", name=op.f("uq_external_flows_flow_digest")),
        sa.UniqueConstraint("handoff_digest", name=op.f("uq_external_flows_handoff_digest")),
        sa.UniqueConstraint("state_digest", name=op.f("uq_external_flows_state_digest")),
    )
    with op.batch_alter_table("external_flows", schema=None) as batch_op:
        batch_op.create_index("ix_external_flows_expires_at", ["expires_at"], unique=False)

    op.create_table(
        "external_identities",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_external_identities_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_identities")),
        sa.UniqueConstraint("provider", "subject", name="uq_external_identities_provider_subject"),
    )
    with op.batch_alter_table("external_identities", schema=None) as batch_op:
        batch_op.create_index("ix_external_identities_user_id", ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("external_identities", schema=None) as batch_op:
        batch_op.drop_index("ix_external_identities_user_id")

    op.drop_table("external_identities")
    with op.batch_alter_table("external_flows", schema=None) as batch_op:
        batch_op.drop_index("ix_external_flows_expires_at")

    op.drop_table("external_flows")
