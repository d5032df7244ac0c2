"""Usernames held by hidden registrations of taken emails.

Where registration hides which emails are taken, a registration of a taken email with a free
username answers as a new account would; the username is now held as that account would hold
it, so a second registration cannot learn from the username being free that the email was
taken.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "username_holds",
        sa.Column("username_normalized", sa.String(length=600), nullable=False),
        sa.Column("email_normalized", sa.String(length=320), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username_normalized", name=op.f("pk_username_holds")),
    )
    with op.batch_alter_table("username_holds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_username_holds_email_normalized"), ["email_normalized"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("username_holds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_username_holds_email_normalized"))
    op.drop_table("username_holds")
