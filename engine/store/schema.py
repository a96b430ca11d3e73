"""SQLAlchemy 2.0 declarative models of the local store (the shape migrations must match)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Text,
    UniqueConstraint,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from engine.store.utc import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Deterministic constraint names, so the hand-written migration and the models agree."""

FTS_TABLE = "messages_fts"
"""FTS5 index over messages(text, author_name); it and its shadow tables live outside the ORM."""


def is_model_table(name: str | None) -> bool:
    """False for the FTS5 table and its shadow tables, which autogenerate must not touch."""
    return name is None or not name.startswith(FTS_TABLE)


def _now() -> datetime:
    return datetime.now(UTC)


def _one_of(column: str, *values: str) -> CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=column)


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """Where chats come from: a WhatsApp export file or a live connection."""

    __tablename__ = "sources"
    __table_args__ = (_one_of("kind", "export", "live"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    account: Mapped[str | None] = mapped_column(Text)


class Chat(Base):
    """One conversation, identified by a stable key."""

    __tablename__ = "chats"
    __table_args__ = (_one_of("mode", "personal", "business", "hybrid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)
    is_group: Mapped[bool] = mapped_column(Boolean, server_default=sql_text("0"))
    timezone: Mapped[str] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(Text, default="personal", server_default="personal")
    never_suggest: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sql_text("0")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )


class Contact(Base):
    """A person as named in chats; one row per display name."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(Text, unique=True)
    phone: Mapped[str | None] = mapped_column(Text)


class ChatParticipant(Base):
    """Membership of a contact in a chat."""

    __tablename__ = "chat_participants"

    chat_id: Mapped[int] = mapped_column(
        ForeignKey("chats.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Import(Base):
    """One run of the importer over one export file."""

    __tablename__ = "imports"
    __table_args__ = (_one_of("status", "running", "done", "failed"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(Text, server_default="running")
    messages_seen: Mapped[int] = mapped_column(Integer, server_default=sql_text("0"))
    messages_new: Mapped[int] = mapped_column(Integer, server_default=sql_text("0"))
    last_line: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)


class Message(Base):
    """One chat message; (chat_id, key) identifies it across imports."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("chat_id", "key"),
        Index("ix_messages_chat_id_sent_at", "chat_id", "sent_at"),
        _one_of("kind", "text", "system", "media", "deleted"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime)
    local_time: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    author_name: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, server_default="text")
    media_name: Mapped[str | None] = mapped_column(Text)
    subtype: Mapped[str | None] = mapped_column(Text)
    edited: Mapped[bool] = mapped_column(Boolean, server_default=sql_text("0"))
    deleted: Mapped[bool] = mapped_column(Boolean, server_default=sql_text("0"))
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("imports.id", ondelete="SET NULL"), index=True
    )


class Attachment(Base):
    """A media file found for a message."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("message_id", "file_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(Text)


class BoardColumn(Base):
    """A kanban column; its status is what a task dropped into it becomes."""

    __tablename__ = "board_columns"
    __table_args__ = (_one_of("status", "open", "done", "cancelled"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(Text, default="open", server_default="open")


class Task(Base):
    """A task suggested by the engine or written by the user."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_state_status", "state", "status"),
        _one_of("priority", "urgent", "high", "normal", "low"),
        _one_of("status", "open", "done", "cancelled"),
        _one_of("state", "suggested", "confirmed", "rejected"),
        _one_of("origin", "extracted", "user"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int | None] = mapped_column(
        ForeignKey("chats.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    assignee: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    due_has_time: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sql_text("0"))
    priority: Mapped[str] = mapped_column(Text, default="normal", server_default="normal")
    category: Mapped[str | None] = mapped_column(Text)
    project: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, default="open", server_default="open")
    state: Mapped[str] = mapped_column(Text, default="suggested", server_default="suggested")
    language: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    origin: Mapped[str] = mapped_column(Text, default="extracted", server_default="extracted")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)
    fingerprint: Mapped[str | None] = mapped_column(Text, unique=True)
    column_id: Mapped[int | None] = mapped_column(
        ForeignKey("board_columns.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[float | None] = mapped_column(Float)
    """Order within the board column; None sorts after placed tasks, by due date."""
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class TaskMessage(Base):
    """Link from a task to a message that created, completed, rescheduled or explains it."""

    __tablename__ = "task_messages"
    __table_args__ = (_one_of("role", "source", "completion", "reschedule", "context"),)

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(Text, primary_key=True)
    spans: Mapped[str | None] = mapped_column(Text)
    """JSON list of [start, end] character spans in the message text."""


class TaskEvent(Base):
    """Append-only history of a task; triggers refuse UPDATE and DELETE."""

    __tablename__ = "task_events"
    __table_args__ = (Index("ix_task_events_task_id_at", "task_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No ON DELETE: a task with history cannot be deleted, only cancelled or rejected.
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)
    actor: Mapped[str] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class SyncAccount(Base):
    """A configured connector account; secrets live in the OS keyring, never here."""

    __tablename__ = "sync_accounts"
    __table_args__ = (
        UniqueConstraint("connector", "label"),
        _one_of("status", "ok", "error", "reconnect", "disabled"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    connector: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    settings: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON of the non-secret settings."""
    status: Mapped[str] = mapped_column(Text, default="ok", server_default="ok")
    last_error: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cursor: Mapped[str | None] = mapped_column(Text)
    """The connector's change cursor (sync token, ctag) from the last pull."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)


class SyncRoute(Base):
    """A routing rule: confirmed tasks matching every non-null criterion go to the account."""

    __tablename__ = "sync_routes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("sync_accounts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    mode: Mapped[str | None] = mapped_column(Text)
    chat_id: Mapped[int | None] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    category: Mapped[str | None] = mapped_column(Text)
    assignee: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    """Calendar, list or project id inside the account; None means the account's default."""
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sql_text("1"))


class SyncLink(Base):
    """A task's counterpart in one account: remote id, version (ETag) and link."""

    __tablename__ = "sync_links"
    __table_args__ = (
        UniqueConstraint("account_id", "task_id"),
        UniqueConstraint("account_id", "remote_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("sync_accounts.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    remote_id: Mapped[str | None] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    pushed_hash: Mapped[str | None] = mapped_column(Text)
    """Digest of the last snapshot queued, so an unchanged task is not queued again."""
    pushed_status: Mapped[str | None] = mapped_column(Text)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncOutboxEntry(Base):
    """One change waiting for (or done with) delivery; `key` makes every delivery idempotent."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_account_id_status_id", "account_id", "status", "id"),
        _one_of("action", "create", "update", "complete", "delete", "notify"),
        _one_of("status", "pending", "done", "failed"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("sync_accounts.id", ondelete="CASCADE"))
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, unique=True)
    status: Mapped[str] = mapped_column(Text, default="pending", server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    next_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
