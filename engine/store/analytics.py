"""Aggregate reads for the analytics page: weekly flow, open tasks by person/category/chat, overdue.

Only confirmed tasks count (suggestions are not work yet). A mode narrows to the chats of that mode
with the same rule as `TaskFilter.mode`: hybrid chats and chat-less tasks belong to every mode.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from engine.core.errors import ChatTasksError
from engine.store.db import Database
from engine.store.utc import from_utc_text, to_utc_text

Dimension = Literal["assignee", "category", "chat"]
DIMENSIONS: tuple[Dimension, ...] = ("assignee", "category", "chat")

_LABELS: dict[str, str] = {"assignee": "t.assignee", "category": "t.category", "chat": "c.name"}
_FROM = "FROM tasks AS t LEFT JOIN chats AS c ON c.id = t.chat_id"

# When a task arose: its source message when it came from a chat, else when it was written.
_CREATED = """COALESCE(
    (SELECT min(m.sent_at) FROM task_messages AS tm JOIN messages AS m ON m.id = tm.message_id
     WHERE tm.task_id = t.id AND tm.role = 'source'),
    t.created_at)"""
# When a done task was completed: the user's last change to done, else the chat message that
# completed it (extraction), else its last update.
_COMPLETED = """COALESCE(
    (SELECT max(e.at) FROM task_events AS e
     WHERE e.task_id = t.id AND e.field = 'status' AND e.new_value = 'done'),
    (SELECT max(m.sent_at) FROM task_messages AS tm JOIN messages AS m ON m.id = tm.message_id
     WHERE tm.task_id = t.id AND tm.role = 'completion'),
    t.updated_at)"""
# A timed task is overdue once its instant passed; a date-only one once its whole day is over.
_OVERDUE = """t.status = 'open' AND t.due_at IS NOT NULL AND (
    (t.due_has_time AND t.due_at < ?)
    OR (NOT t.due_has_time AND datetime(t.due_at, '+1 day') <= ?))"""


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Tasks created and completed in one week (Monday to Sunday in the user's zone)."""

    week_start: date
    created: int
    completed: int


@dataclass(frozen=True, slots=True)
class Share:
    """How many open tasks one person, category or chat holds; label None means none set."""

    label: str | None
    count: int


@dataclass(frozen=True, slots=True)
class Analytics:
    """Everything the analytics page shows, read in one go."""

    weeks: tuple[WeekCount, ...]
    by_assignee: tuple[Share, ...]
    by_category: tuple[Share, ...]
    by_chat: tuple[Share, ...]
    open_total: int
    overdue: int


def scope(mode: str | None) -> tuple[str, list[Any]]:
    """SQL condition and parameters: confirmed tasks of a mode (None or 'hybrid': every chat)."""
    if mode is None or mode == "hybrid":
        return "t.state = 'confirmed'", []
    if mode not in ("personal", "business"):
        raise ChatTasksError(f"mode must be personal, business or hybrid, not {mode!r}")
    return "t.state = 'confirmed' AND (c.mode IS NULL OR c.mode = ? OR c.mode = 'hybrid')", [mode]


def week_start(day: date) -> date:
    """The Monday on or before `day`."""
    return day - timedelta(days=day.weekday())


def _instants(db: Database, expression: str, condition: str, params: list[Any]) -> list[datetime]:
    sql = f"SELECT at FROM (SELECT {expression} AS at {_FROM} WHERE {condition}) WHERE at >= ?"
    with db.connect() as conn:
        rows = conn.exec_driver_sql(sql, tuple(params)).all()
    return [from_utc_text(str(row[0])) for row in rows if row[0] is not None]


def _bucket(instants: Iterable[datetime], first: date, weeks: int, zone: ZoneInfo) -> list[int]:
    counts = [0] * weeks
    for instant in instants:
        index = (week_start(instant.astimezone(zone).date()) - first).days // 7
        if 0 <= index < weeks:
            counts[index] += 1
    return counts


def weekly_counts(
    db: Database, *, mode: str | None, now: datetime, zone: ZoneInfo, weeks: int = 12
) -> list[WeekCount]:
    """Created and completed tasks per week for the `weeks` weeks ending with the current one."""
    if weeks < 1:
        raise ChatTasksError(f"weeks must be at least 1, not {weeks}")
    first = week_start(now.astimezone(zone).date()) - timedelta(weeks=weeks - 1)
    since = to_utc_text(datetime.combine(first, time(0, 0), tzinfo=zone))
    condition, params = scope(mode)
    created = _instants(db, _CREATED, condition, [*params, since])
    completed = _instants(db, _COMPLETED, f"{condition} AND t.status = 'done'", [*params, since])
    made = _bucket(created, first, weeks, zone)
    done = _bucket(completed, first, weeks, zone)
    return [WeekCount(first + timedelta(weeks=i), made[i], done[i]) for i in range(weeks)]


def open_by(db: Database, dimension: Dimension, *, mode: str | None) -> list[Share]:
    """Open tasks per assignee, category or chat, largest first (ties by label, None last)."""
    if dimension not in _LABELS:
        raise ChatTasksError(f"cannot group tasks by {dimension!r}")
    label = _LABELS[dimension]
    condition, params = scope(mode)
    sql = (
        f"SELECT {label} AS label, count(*) AS n {_FROM} WHERE {condition} AND t.status = 'open'"
        f" GROUP BY {label} ORDER BY n DESC, label IS NULL, label"
    )
    with db.connect() as conn:
        rows = conn.exec_driver_sql(sql, tuple(params)).all()
    return [Share(None if row[0] is None else str(row[0]), int(row[1])) for row in rows]


def overdue_count(db: Database, *, mode: str | None, now: datetime) -> int:
    """Open tasks past their due time (date-only tasks: past the end of their day)."""
    condition, params = scope(mode)
    stamp = to_utc_text(now)
    sql = f"SELECT count(*) {_FROM} WHERE {condition} AND {_OVERDUE}"
    with db.connect() as conn:
        total: int = conn.exec_driver_sql(sql, (*params, stamp, stamp)).scalar_one()
    return total


def analytics(
    db: Database, *, mode: str | None, now: datetime, zone: ZoneInfo, weeks: int = 12
) -> Analytics:
    """Every figure of the analytics page."""
    by_assignee, by_category, by_chat = (open_by(db, d, mode=mode) for d in DIMENSIONS)
    return Analytics(
        weeks=tuple(weekly_counts(db, mode=mode, now=now, zone=zone, weeks=weeks)),
        by_assignee=tuple(by_assignee),
        by_category=tuple(by_category),
        by_chat=tuple(by_chat),
        open_total=sum(share.count for share in by_chat),
        overdue=overdue_count(db, mode=mode, now=now),
    )
