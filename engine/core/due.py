"""When a task is due, overdue and worth a reminder: one rule for every view and the tray.

A task with a time is due at that instant. A date-only task (stored at its day's midnight in
the chat's zone) is due during that day: it is overdue only once the day is over, and its
reminder comes on the morning of the day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from engine.store.rows import TaskRow


def task_zone(task: TaskRow, zone: ZoneInfo) -> ZoneInfo:
    """A task's day zone: the chat's for date-only dues, else `zone` (the user's)."""
    if not task.due_has_time and task.chat_timezone:
        return ZoneInfo(task.chat_timezone)
    return zone


def due_day(task: TaskRow, zone: ZoneInfo) -> date | None:
    """The calendar day a task belongs to, None without a due date."""
    if task.due_at is None:
        return None
    return task.due_at.astimezone(task_zone(task, zone)).date()


def _instant(task: TaskRow, zone: ZoneInfo, days_after: int, at: time) -> datetime | None:
    """Its due instant for a timed task; for a date-only one, `at` on its day + `days_after`."""
    if task.due_at is None or task.due_has_time:
        return task.due_at
    day_zone = task_zone(task, zone)
    day = task.due_at.astimezone(day_zone).date() + timedelta(days=days_after)
    return datetime.combine(day, at, tzinfo=day_zone)


def overdue_at(task: TaskRow, zone: ZoneInfo) -> datetime | None:
    """The instant a task becomes overdue: its time, or the end of its day."""
    return _instant(task, zone, 1, time(0, 0))


def remind_at(task: TaskRow, zone: ZoneInfo, morning: time) -> datetime | None:
    """The instant a task is 'due soon' from: its time, or the morning of its day."""
    return _instant(task, zone, 0, morning)


def is_overdue(task: TaskRow, now: datetime, zone: ZoneInfo) -> bool:
    """Open and past its overdue instant."""
    limit = overdue_at(task, zone)
    return task.status == "open" and limit is not None and limit <= now
