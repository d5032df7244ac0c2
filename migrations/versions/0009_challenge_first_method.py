"""How a sign-in challenge's first factor was proved.

A sign-in by email code (and later an external identity) can be followed by a second factor
like a password sign-in; the session opened after ``completeLogin`` records the method that
proved the first factor, so the challenge keeps it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("login_challenges", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "first_method", sa.String(length=16), server_default="PASSWORD", nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("login_challenges", schema=None) as batch_op:
        batch_op.drop_column("first_method")
