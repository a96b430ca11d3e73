"""Connector accounts, routing rules, task links and the durable sync outbox.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the sync tables."""
    op.create_table(
        "sync_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("connector", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("settings", sa.Text(), server_default="{}", nullable=False),
        sa.Column("status", sa.Text(), server_default="ok", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.Text(), nullable=True),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_accounts")),
        sa.UniqueConstraint("connector", "label", name=op.f("uq_sync_accounts_connector_label")),
        sa.CheckConstraint(
            "status IN ('ok', 'error', 'reconnect', 'disabled')",
            name=op.f("ck_sync_accounts_status"),
        ),
    )
    op.create_table(
        "sync_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("mode", sa.Text(), nullable=True),
        sa.Column("chat_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.Text(), nullable=True),
        sa.Column("assignee", sa.Text(), nullable=True),
        sa.Column("priority", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("enabled", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["sync_accounts.id"],
            name=op.f("fk_sync_routes_account_id_sync_accounts"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name=op.f("fk_sync_routes_chat_id_chats"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_routes")),
    )
    op.create_index(op.f("ix_sync_routes_account_id"), "sync_routes", ["account_id"])
    op.create_table(
        "sync_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.Text(), nullable=True),
        sa.Column("version", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("pushed_hash", sa.Text(), nullable=True),
        sa.Column("pushed_status", sa.Text(), nullable=True),
        sa.Column("synced_at", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["sync_accounts.id"],
            name=op.f("fk_sync_links_account_id_sync_accounts"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_sync_links_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_links")),
        sa.UniqueConstraint("account_id", "task_id", name=op.f("uq_sync_links_account_id_task_id")),
        sa.UniqueConstraint(
            "account_id", "remote_id", name=op.f("uq_sync_links_account_id_remote_id")
        ),
    )
    op.create_index(op.f("ix_sync_links_task_id"), "sync_links", ["task_id"])
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default="pending", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_at", sa.Text(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("done_at", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["sync_accounts.id"],
            name=op.f("fk_sync_outbox_account_id_sync_accounts"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_sync_outbox_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("key", name=op.f("uq_sync_outbox_key")),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'complete', 'delete', 'notify')",
            name=op.f("ck_sync_outbox_action"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'done', 'failed')", name=op.f("ck_sync_outbox_status")
        ),
    )
    op.create_index(
        op.f("ix_sync_outbox_account_id_status_id"), "sync_outbox", ["account_id", "status", "id"]
    )
    op.create_index(op.f("ix_sync_outbox_task_id"), "sync_outbox", ["task_id"])


def downgrade() -> None:
    """Drop the sync tables."""
    for table in ("sync_outbox", "sync_links", "sync_routes", "sync_accounts"):
        op.drop_table(table)
