"""Assurance and recovery that strangers cannot deny.

- ``sessions``: how each session was last proved (``methods``, ``authenticated_at``); existing
  sessions count as password sign-ins made when they were opened.
- ``users``: the password may be absent (passkeys only, external identities); two cumulative
  failure counts (second-factor codes, email codes sent without their handle).
- ``email_codes``: one row per request, keyed by an id, with the digest of the handle the
  request was answered with. Live codes are short-lived (minutes): the table is made anew,
  and a code asked for before the upgrade must be asked for again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PURPOSES = "purpose IN ('verify_email', 'password_reset', 'email_change', 'sign_in')"
OLD_PURPOSES = "purpose IN ('verify_email', 'password_reset', 'email_change')"
KINDS = "kind IN ('registration', 'login', 'account_login', 'reauthentication')"
OLD_KINDS = "kind IN ('registration', 'login', 'account_login')"


def _passkey_challenge_kinds(condition: str) -> None:
    with op.batch_alter_table("passkey_challenges", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_passkey_challenges_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_passkey_challenges_kind"), condition)


def upgrade() -> None:
    _passkey_challenge_kinds(KINDS)
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("methods", sa.String(length=64), server_default="PASSWORD", nullable=False)
        )
        batch_op.add_column(sa.Column("authenticated_at", sa.DateTime(timezone=True)))
    op.execute("UPDATE sessions SET authenticated_at = created_at")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.alter_column(
            "authenticated_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("password_hash", existing_type=sa.String(length=255), nullable=True)
        batch_op.add_column(
            sa.Column("factor_failures", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("code_failures", sa.Integer(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("email_codes", schema=None) as batch_op:
        batch_op.drop_index("ix_email_codes_expires_at")
    op.drop_table("email_codes")
    op.create_table(
        "email_codes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("handle_digest", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(PURPOSES, name=op.f("ck_email_codes_purpose")),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_email_codes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_codes")),
        sa.UniqueConstraint("handle_digest", name=op.f("uq_email_codes_handle_digest")),
    )
    with op.batch_alter_table("email_codes", schema=None) as batch_op:
        batch_op.create_index("ix_email_codes_expires_at", ["expires_at"], unique=False)
        batch_op.create_index(
            "ix_email_codes_user_id_purpose_created_at",
            ["user_id", "purpose", "created_at"],
            unique=False,
        )


def downgrade() -> None:
    op.execute("DELETE FROM passkey_challenges WHERE kind = 'reauthentication'")
    _passkey_challenge_kinds(OLD_KINDS)
    with op.batch_alter_table("email_codes", schema=None) as batch_op:
        batch_op.drop_index("ix_email_codes_user_id_purpose_created_at")
        batch_op.drop_index("ix_email_codes_expires_at")
    op.drop_table("email_codes")
    op.create_table(
        "email_codes",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(OLD_PURPOSES, name=op.f("ck_email_codes_purpose")),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_email_codes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "purpose", name=op.f("pk_email_codes")),
    )
    with op.batch_alter_table("email_codes", schema=None) as batch_op:
        batch_op.create_index("ix_email_codes_expires_at", ["expires_at"], unique=False)
    # accounts without a password cannot be kept by the older schema: they get an unusable
    # hash, and a password reset gives them one
    op.execute("UPDATE users SET password_hash = '!' WHERE password_hash IS NULL")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("code_failures")
        batch_op.drop_column("factor_failures")
        batch_op.alter_column("password_hash", existing_type=sa.String(length=255), nullable=False)
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("authenticated_at")
        batch_op.drop_column("methods")
