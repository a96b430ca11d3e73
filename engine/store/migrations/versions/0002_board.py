"""Board columns the user can add and rename, task placement on the board, reminder state.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

DEFAULT_COLUMNS = (("To do", 0, "open"), ("In progress", 1, "open"), ("Done", 2, "done"))


def upgrade() -> None:
    """Add board_columns with the three default columns, and the task columns that use it."""
    columns = op.create_table(
        "board_columns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_columns")),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'cancelled')", name=op.f("ck_board_columns_status")
        ),
    )
    op.bulk_insert(
        columns,
        [
            {"id": index + 1, "name": name, "position": position, "status": status}
            for index, (name, position, status) in enumerate(DEFAULT_COLUMNS)
        ],
    )
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("column_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("position", sa.Float(), nullable=True))
        batch.add_column(sa.Column("snoozed_until", sa.Text(), nullable=True))
        batch.add_column(sa.Column("reminded_at", sa.Text(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_tasks_column_id_board_columns"),
            "board_columns",
            ["column_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_tasks_column_id"), ["column_id"])


def downgrade() -> None:
    """Remove the board and reminder columns."""
    with op.batch_alter_table("tasks") as batch:
        batch.drop_index(op.f("ix_tasks_column_id"))
        batch.drop_constraint(op.f("fk_tasks_column_id_board_columns"), type_="foreignkey")
        batch.drop_column("reminded_at")
        batch.drop_column("snoozed_until")
        batch.drop_column("position")
        batch.drop_column("column_id")
    op.drop_table("board_columns")
