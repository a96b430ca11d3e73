"""Which confirmed tasks need a reminder now: due soon or overdue, not snoozed, not yet told."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.store.db import Database
from engine.store.rows import TaskRow
from engine.store.tasks import TaskFilter, apply_changes, get_task
from engine.store.utc import to_utc_text


@dataclass(frozen=True, slots=True)
class Reminder:
    """A task to remind the user of, and whether it is already overdue."""

    task: TaskRow
    overdue: bool


def pending_reminders(db: Database, now: datetime, soon: timedelta) -> list[Reminder]:
    """Open confirmed tasks due within `soon` or overdue, each reminded once before and once after.

    A task reminded while it was due soon is reminded again once it becomes overdue; a snooze
    holds every reminder until it ends.
    """
    stamp, horizon = to_utc_text(now), to_utc_text(now + soon)
    condition, params = TaskFilter(state="confirmed", status="open").where()
    with db.connect() as conn:
        ids = conn.exec_driver_sql(
            f"SELECT t.id FROM tasks AS t LEFT JOIN chats AS c ON c.id = t.chat_id"
            f" WHERE {condition} AND t.due_at IS NOT NULL AND t.due_at <= ?"
            " AND (t.snoozed_until IS NULL OR t.snoozed_until <= ?)"
            " AND (t.reminded_at IS NULL OR (t.reminded_at < t.due_at AND t.due_at <= ?))"
            " ORDER BY t.due_at, t.id",
            (*params, horizon, stamp, stamp),
        ).all()
    reminders = []
    for (task_id,) in ids:
        task = get_task(db, task_id)
        assert task.due_at is not None
        reminders.append(Reminder(task, overdue=task.due_at <= now))
    return reminders


def mark_reminded(db: Database, task_ids: Iterable[int], now: datetime) -> None:
    """Record that the user was told about these tasks now (not part of the task's history)."""
    with db.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE tasks SET reminded_at = ? WHERE id = ?",
            [(to_utc_text(now), task_id) for task_id in task_ids],
        )


def snooze(db: Database, task_id: int, until: datetime, now: datetime) -> None:
    """Hold a task's reminders until `until`; it is reminded again then."""
    with db.begin() as conn:
        apply_changes(conn, task_id, {"snoozed_until": until}, "user", now)
        conn.exec_driver_sql("UPDATE tasks SET reminded_at = NULL WHERE id = ?", (task_id,))
