"""Which confirmed tasks need a reminder now: due soon or overdue, not snoozed, not yet told."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from engine.core.due import overdue_at, remind_at
from engine.store.db import Database
from engine.store.rows import TaskRow
from engine.store.tasks import TaskFilter, apply_changes, get_task
from engine.store.utc import from_utc_text, to_utc_text


@dataclass(frozen=True, slots=True)
class Reminder:
    """A task to remind the user of, and whether it is already overdue."""

    task: TaskRow
    overdue: bool


def pending_reminders(
    db: Database, now: datetime, soon: timedelta, zone: ZoneInfo, morning: time
) -> list[Reminder]:
    """Open confirmed tasks due within `soon` or overdue, each reminded once before and once after.

    Timed tasks count from their time; date-only tasks from `morning` on their day, and they
    are overdue once their day is over (engine.core.due). A snooze holds every reminder until
    it ends.
    """
    # Date-only dues are stored at their day's midnight: look one day further for them.
    horizon = to_utc_text(now + soon + timedelta(days=1))
    condition, params = TaskFilter(state="confirmed", status="open").where()
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT t.id, t.reminded_at FROM tasks AS t LEFT JOIN chats AS c ON c.id = t.chat_id"
            f" WHERE {condition} AND t.due_at IS NOT NULL AND t.due_at <= ?"
            " AND (t.snoozed_until IS NULL OR t.snoozed_until <= ?)"
            " ORDER BY t.due_at, t.id",
            (*params, horizon, to_utc_text(now)),
        ).all()
    reminders = []
    for task_id, reminded_text in rows:
        task = get_task(db, task_id)
        start, late = remind_at(task, zone, morning), overdue_at(task, zone)
        assert start is not None and late is not None
        if start > now + soon:
            continue
        reminded = None if reminded_text is None else from_utc_text(reminded_text)
        if reminded is None or (reminded < late <= now):
            reminders.append(Reminder(task, overdue=late <= now))
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
