"""Per-chat choices the user makes: mode, "never suggest", and the counts the chat list shows."""

from __future__ import annotations

from engine.core.errors import ChatTasksError
from engine.store.db import Database

MODES = ("personal", "business", "hybrid")


def set_chat_mode(db: Database, chat_id: int, mode: str) -> None:
    """Put a chat in the personal, business or hybrid mode."""
    if mode not in MODES:
        raise ChatTasksError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    with db.begin() as conn:
        conn.exec_driver_sql("UPDATE chats SET mode = ? WHERE id = ?", (mode, chat_id))


def set_never_suggest(db: Database, chat_id: int, never: bool = True) -> int:
    """Stop (or resume) suggestions from a chat; pending suggestions of it are withdrawn.

    Returns how many pending suggestions were rejected. They are rejected, not deleted, so
    the history stays and a later extraction does not bring them back.
    """
    with db.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE chats SET never_suggest = ? WHERE id = ?", (1 if never else 0, chat_id)
        )
        if not never:
            return 0
        ids = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT id FROM tasks WHERE chat_id = ? AND state = 'suggested'", (chat_id,)
            )
        ]
        if ids:
            marks = ", ".join("?" * len(ids))
            conn.exec_driver_sql(
                f"UPDATE tasks SET state = 'rejected' WHERE id IN ({marks})", tuple(ids)
            )
            conn.exec_driver_sql(
                "INSERT INTO task_events (task_id, at, actor, field, old_value, new_value, note)"
                " SELECT id, updated_at, 'user', 'state', 'suggested', 'rejected',"
                " 'chat set to never suggest' FROM tasks WHERE id IN (" + marks + ")",
                tuple(ids),
            )
    return len(ids)


def suggestion_counts(db: Database) -> dict[int, int]:
    """Pending suggestions per chat id (the chat list's "unread tasks")."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT chat_id, count(*) FROM tasks WHERE state = 'suggested'"
            " AND chat_id IS NOT NULL GROUP BY chat_id"
        ).all()
    return {int(chat_id): int(count) for chat_id, count in rows}
