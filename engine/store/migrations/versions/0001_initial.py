"""Initial schema: chats, messages with an FTS5 index, tasks with append-only history, imports.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

FALSE = sa.text("0")
ZERO = sa.text("0")

FTS_DDL = (
    # External-content FTS5: the index stores no copy of the text, only the tokens.
    """CREATE VIRTUAL TABLE messages_fts USING fts5(
        text, author_name,
        content='messages', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER messages_fts_after_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, text, author_name)
        VALUES (new.id, new.text, new.author_name);
    END""",
    """CREATE TRIGGER messages_fts_after_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text, author_name)
        VALUES ('delete', old.id, old.text, old.author_name);
    END""",
    """CREATE TRIGGER messages_fts_after_update AFTER UPDATE OF text, author_name ON messages
    BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text, author_name)
        VALUES ('delete', old.id, old.text, old.author_name);
        INSERT INTO messages_fts(rowid, text, author_name)
        VALUES (new.id, new.text, new.author_name);
    END""",
)

APPEND_ONLY_DDL = (
    """CREATE TRIGGER task_events_no_update BEFORE UPDATE ON task_events BEGIN
        SELECT RAISE(ABORT, 'task_events is append-only');
    END""",
    """CREATE TRIGGER task_events_no_delete BEFORE DELETE ON task_events BEGIN
        SELECT RAISE(ABORT, 'task_events is append-only');
    END""",
)


def _one_of(table: str, column: str, *values: str) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=op.f(f"ck_{table}_{column}"))


def upgrade() -> None:
    """Create every table, index and trigger of the first schema."""
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("account", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        _one_of("sources", "kind", "export", "live"),
    )
    op.create_table(
        "chats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("is_group", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("timezone", sa.Text(), nullable=False),
        sa.Column("mode", sa.Text(), server_default="personal", nullable=False),
        sa.Column("never_suggest", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_chats_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chats")),
        sa.UniqueConstraint("key", name=op.f("uq_chats_key")),
        _one_of("chats", "mode", "personal", "business", "hybrid"),
    )
    op.create_index(op.f("ix_chats_source_id"), "chats", ["source_id"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("display_name", name=op.f("uq_contacts_display_name")),
    )
    op.create_table(
        "chat_participants",
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chat_id"],
            ["chats.id"],
            name=op.f("fk_chat_participants_chat_id_chats"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_chat_participants_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("chat_id", "contact_id", name=op.f("pk_chat_participants")),
    )
    op.create_index(op.f("ix_chat_participants_contact_id"), "chat_participants", ["contact_id"])
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.Text(), nullable=True),
        sa.Column("started_at", sa.Text(), nullable=False),
        sa.Column("finished_at", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), server_default="running", nullable=False),
        sa.Column("messages_seen", sa.Integer(), server_default=ZERO, nullable=False),
        sa.Column("messages_new", sa.Integer(), server_default=ZERO, nullable=False),
        sa.Column("last_line", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name=op.f("fk_imports_chat_id_chats"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
        _one_of("imports", "status", "running", "done", "failed"),
    )
    op.create_index(op.f("ix_imports_chat_id"), "imports", ["chat_id"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.Text(), nullable=False),
        sa.Column("local_time", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), server_default="text", nullable=False),
        sa.Column("media_name", sa.Text(), nullable=True),
        sa.Column("subtype", sa.Text(), nullable=True),
        sa.Column("edited", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name=op.f("fk_messages_chat_id_chats"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["contacts.id"],
            name=op.f("fk_messages_author_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["imports.id"],
            name=op.f("fk_messages_import_id_imports"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("chat_id", "key", name=op.f("uq_messages_chat_id_key")),
        _one_of("messages", "kind", "text", "system", "media", "deleted"),
    )
    op.create_index(op.f("ix_messages_chat_id_sent_at"), "messages", ["chat_id", "sent_at"])
    op.create_index(op.f("ix_messages_author_id"), "messages", ["author_id"])
    op.create_index(op.f("ix_messages_import_id"), "messages", ["import_id"])
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_attachments_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint(
            "message_id", "file_name", name=op.f("uq_attachments_message_id_file_name")
        ),
    )
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("assignee", sa.Text(), nullable=True),
        sa.Column("due_at", sa.Text(), nullable=True),
        sa.Column("due_has_time", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("priority", sa.Text(), server_default="normal", nullable=False),
        sa.Column("category", sa.Text(), nullable=True),
        sa.Column("project", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.Column("state", sa.Text(), server_default="suggested", nullable=False),
        sa.Column("language", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("origin", sa.Text(), server_default="extracted", nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name=op.f("fk_tasks_chat_id_chats"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_tasks_fingerprint")),
        _one_of("tasks", "priority", "urgent", "high", "normal", "low"),
        _one_of("tasks", "status", "open", "done", "cancelled"),
        _one_of("tasks", "state", "suggested", "confirmed", "rejected"),
        _one_of("tasks", "origin", "extracted", "user"),
    )
    op.create_index(op.f("ix_tasks_state_status"), "tasks", ["state", "status"])
    op.create_index(op.f("ix_tasks_chat_id"), "tasks", ["chat_id"])
    op.create_index(op.f("ix_tasks_due_at"), "tasks", ["due_at"])
    op.create_table(
        "task_messages",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("spans", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_messages_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_task_messages_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "message_id", "role", name=op.f("pk_task_messages")),
        _one_of("task_messages", "role", "source", "completion", "reschedule", "context"),
    )
    op.create_index(op.f("ix_task_messages_message_id"), "task_messages", ["message_id"])
    op.create_table(
        "task_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_events_task_id_tasks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_events")),
    )
    op.create_index(op.f("ix_task_events_task_id_at"), "task_events", ["task_id", "at"])
    for statement in FTS_DDL + APPEND_ONLY_DDL:
        op.execute(statement)


def downgrade() -> None:
    """Drop everything the upgrade created."""
    for trigger in (
        "task_events_no_delete",
        "task_events_no_update",
        "messages_fts_after_update",
        "messages_fts_after_delete",
        "messages_fts_after_insert",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS messages_fts")
    for table in (
        "task_events",
        "task_messages",
        "tasks",
        "attachments",
        "messages",
        "imports",
        "chat_participants",
        "contacts",
        "chats",
        "sources",
    ):
        op.drop_table(table)
