"""Task repository: filtered pages, details with provenance and history, and every user change.

Every change goes through `update_task` (or the helpers built on it), which writes the new values
and one task_events row per changed field in the same transaction, so the history is complete and
the sync outbox can follow it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from engine.core.errors import ChatTasksError
from engine.store.db import Database
from engine.store.readers import get_message_context
from engine.store.rows import MessageRow, TaskEventRow, TaskRow
from engine.store.utc import from_utc_text, to_utc_text

EDITABLE = (
    "title", "description", "assignee", "due_at", "due_has_time", "priority", "category",
    "project", "status", "state", "column_id", "position", "snoozed_until",
)  # fmt: skip
"""Fields a user (or the engine on the user's behalf) may change."""

_CHOICES = {
    "priority": ("urgent", "high", "normal", "low"),
    "status": ("open", "done", "cancelled"),
    "state": ("suggested", "confirmed", "rejected"),
}
_INSTANTS = ("due_at", "snoozed_until")

_SELECT = """
SELECT t.id, t.chat_id, t.title, t.description, t.assignee, t.due_at, t.due_has_time,
       t.priority, t.category, t.project, t.status, t.state, t.language, t.confidence,
       t.origin, t.fingerprint, t.created_at, t.updated_at, t.column_id, t.position,
       t.snoozed_until, c.name, c.mode, c.timezone
FROM tasks AS t LEFT JOIN chats AS c ON c.id = t.chat_id
"""


class TaskNotFoundError(ChatTasksError):
    """No task with that id."""


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """Which tasks a view shows; every field narrows, None means any."""

    state: str | None = None
    states: tuple[str, ...] = ()
    status: str | None = None
    chat_ids: tuple[int, ...] = ()
    mode: str | None = None
    """'personal' or 'business' keeps chats of that mode (and chat-less tasks); None keeps all."""
    assignee: str | None = None
    priority: str | None = None
    category: str | None = None
    due_from: datetime | None = None
    due_to: datetime | None = None
    text: str | None = None
    column_id: int | None = None
    board_column: tuple[int, str] | None = None
    has_due: bool | None = None
    """(column id, status): tasks in that column, plus unplaced ones of that status."""

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition and parameters for this filter."""
        clauses: list[str] = ["1 = 1"]
        params: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            clauses.append(clause)
            params.extend(values)

        if self.state is not None:
            add("t.state = ?", self.state)
        if self.states:
            add(f"t.state IN ({', '.join('?' * len(self.states))})", *self.states)
        if self.status is not None:
            add("t.status = ?", self.status)
        if self.chat_ids:
            add(f"t.chat_id IN ({', '.join('?' * len(self.chat_ids))})", *self.chat_ids)
        if self.mode is not None:
            add("(c.mode IS NULL OR c.mode = ? OR c.mode = 'hybrid')", self.mode)
        if self.assignee is not None:
            add("t.assignee = ?", self.assignee)
        if self.priority is not None:
            add("t.priority = ?", self.priority)
        if self.category is not None:
            add("t.category = ?", self.category)
        if self.due_from is not None:
            add("t.due_at >= ?", to_utc_text(self.due_from))
        if self.due_to is not None:
            add("t.due_at < ?", to_utc_text(self.due_to))
        if self.text:
            pattern = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%") + "%"
            like = "LIKE ? ESCAPE '\\'"
            add(f"(t.title {like} OR t.description {like})", pattern, pattern)
        if self.column_id is not None:
            add("t.column_id = ?", self.column_id)
        if self.has_due is not None:
            add("t.due_at IS NOT NULL" if self.has_due else "t.due_at IS NULL")
        if self.board_column is not None:
            add("(t.column_id = ? OR (t.column_id IS NULL AND t.status = ?))", *self.board_column)
        return " AND ".join(clauses), params


@dataclass(frozen=True, slots=True)
class TaskSource:
    """A message linked to a task, its role and the matched character spans."""

    message: MessageRow
    role: str
    spans: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TaskDetail:
    """A task with its messages and its full history, oldest event first."""

    task: TaskRow
    sources: tuple[TaskSource, ...] = ()
    events: tuple[TaskEventRow, ...] = field(default_factory=tuple)


_parse_instant = lru_cache(maxsize=1 << 16)(from_utc_text)
"""Stored stamps repeat a lot (one import stamps all its suggestions): parse each once."""


def _instant(value: str | None) -> datetime | None:
    return None if value is None else _parse_instant(value)


def _row(r: Sequence[Any]) -> TaskRow:
    return TaskRow(
        id=r[0], chat_id=r[1], title=r[2], description=r[3], assignee=r[4],
        due_at=_instant(r[5]), due_has_time=bool(r[6]), priority=r[7], category=r[8],
        project=r[9], status=r[10], state=r[11], language=r[12], confidence=r[13], origin=r[14],
        fingerprint=r[15], created_at=_parse_instant(r[16]), updated_at=_parse_instant(r[17]),
        column_id=r[18], position=r[19], snoozed_until=_instant(r[20]), chat_name=r[21],
        chat_mode=r[22], chat_timezone=r[23],
    )  # fmt: skip


def query_tasks(
    db: Database, where: TaskFilter, *, offset: int = 0, limit: int = 500, order: str = "due"
) -> list[TaskRow]:
    """One page of tasks: by due date (undated last), or in board order, or newest first."""
    orders = {
        "due": "t.due_at IS NULL, t.due_at, t.id",
        "board": "t.position IS NULL, t.position, t.due_at IS NULL, t.due_at, t.id",
        "newest": "t.id DESC",
    }
    condition, params = where.where()
    sql = f"{_SELECT} WHERE {condition} ORDER BY {orders[order]} LIMIT ? OFFSET ?"
    with db.connect() as conn:
        rows = conn.exec_driver_sql(sql, (*params, limit, offset)).all()
    return [_row(r) for r in rows]


def count_tasks(db: Database, where: TaskFilter) -> int:
    """How many tasks the filter keeps."""
    condition, params = where.where()
    sql = (
        "SELECT count(*) FROM tasks AS t LEFT JOIN chats AS c ON c.id = t.chat_id"
        f" WHERE {condition}"
    )
    with db.connect() as conn:
        total: int = conn.exec_driver_sql(sql, tuple(params)).scalar_one()
    return total


def get_task(db: Database, task_id: int) -> TaskRow:
    """One task; TaskNotFoundError when it does not exist."""
    with db.connect() as conn:
        return _get(conn, task_id)


def _get(conn: Connection, task_id: int) -> TaskRow:
    row = conn.exec_driver_sql(f"{_SELECT} WHERE t.id = ?", (task_id,)).first()
    if row is None:
        raise TaskNotFoundError(f"no task with id {task_id}")
    return _row(row)


def task_detail(db: Database, task_id: int) -> TaskDetail:
    """A task with its linked messages (source first) and its history."""
    with db.connect() as conn:
        task = _get(conn, task_id)
        links = conn.exec_driver_sql(
            "SELECT message_id, role, spans FROM task_messages WHERE task_id = ?"
            " ORDER BY CASE role WHEN 'source' THEN 0 ELSE 1 END, message_id",
            (task_id,),
        ).all()
        events = conn.exec_driver_sql(
            "SELECT id, at, actor, field, old_value, new_value, note FROM task_events"
            " WHERE task_id = ? ORDER BY at, id",
            (task_id,),
        ).all()
    sources = []
    for message_id, role, spans in links:
        context = get_message_context(db, message_id, before=0, after=0)
        if context:
            decoded = tuple((int(a), int(b), str(r)) for a, b, r in json.loads(spans or "[]"))
            sources.append(TaskSource(context[0], role, decoded))
    history = tuple(
        TaskEventRow(e[0], from_utc_text(e[1]), e[2], e[3], e[4], e[5], e[6]) for e in events
    )
    return TaskDetail(task, tuple(sources), history)


def stored_value(name: str, value: Any) -> Any:
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ChatTasksError(f"{name} must be one of {', '.join(_CHOICES[name])}, not {value!r}")
    if name in _INSTANTS and value is not None:
        if not isinstance(value, datetime):
            raise ChatTasksError(f"{name} must be a datetime, not {value!r}")
        return to_utc_text(value)
    if name == "title" and not str(value).strip():
        raise ChatTasksError("a task needs a title")
    if name == "due_has_time":
        return bool(value)
    return value


def _event_text(value: Any) -> str | None:
    return None if value is None else str(value)


def apply_changes(
    conn: Connection, task_id: int, changes: Mapping[str, Any], actor: str, now: datetime
) -> dict[str, tuple[Any, Any]]:
    """Write `changes` and their history inside an open transaction; returns what changed."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ChatTasksError(f"cannot change {', '.join(sorted(unknown))} of a task")
    columns = ", ".join(f"t.{name}" for name in changes)
    current = conn.exec_driver_sql(
        f"SELECT {columns} FROM tasks AS t WHERE t.id = ?", (task_id,)
    ).first()
    if current is None:
        raise TaskNotFoundError(f"no task with id {task_id}")
    wanted = {name: stored_value(name, value) for name, value in changes.items()}
    changed = {
        name: (old, new)
        for (name, new), old in zip(wanted.items(), current, strict=True)
        if old != new
    }
    if not changed:
        return {}
    stamp = to_utc_text(now)
    assignments = ", ".join(f"{name} = ?" for name in changed)
    conn.exec_driver_sql(
        f"UPDATE tasks SET {assignments}, updated_at = ? WHERE id = ?",
        (*(new for _, new in changed.values()), stamp, task_id),
    )
    conn.exec_driver_sql(
        "INSERT INTO task_events (task_id, at, actor, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (task_id, stamp, actor, name, _event_text(old), _event_text(new))
            for name, (old, new) in changed.items()
        ],
    )
    return changed


def update_task(
    db: Database, task_id: int, changes: Mapping[str, Any], *, actor: str, now: datetime
) -> TaskRow:
    """Change fields of a task (with history); a status change moves it to a matching column."""
    changes = dict(changes)
    with db.begin() as conn:
        if "status" in changes and "column_id" not in changes:
            column = column_for_status(conn, task_id, changes["status"])
            if column is not None:
                changes["column_id"] = column
        if "column_id" in changes and "status" not in changes and changes["column_id"] is not None:
            status = conn.exec_driver_sql(
                "SELECT status FROM board_columns WHERE id = ?", (changes["column_id"],)
            ).scalar()
            if status is None:
                raise ChatTasksError(f"no board column with id {changes['column_id']}")
            changes["status"] = status
        apply_changes(conn, task_id, changes, actor, now)
        return _get(conn, task_id)


def column_for_status(conn: Connection, task_id: int, status: str) -> int | None:
    """Keep the task's column when it already means `status`, else the first one that does."""
    current = conn.exec_driver_sql(
        "SELECT b.id FROM tasks AS t JOIN board_columns AS b ON b.id = t.column_id"
        " WHERE t.id = ? AND b.status = ?",
        (task_id, status),
    ).scalar()
    return int(current) if current is not None else first_column(conn, status)


def first_column(conn: Connection, status: str) -> int | None:
    """The leftmost board column whose status is `status`, None when there is none."""
    first = conn.exec_driver_sql(
        "SELECT id FROM board_columns WHERE status = ? ORDER BY position, id LIMIT 1", (status,)
    ).scalar()
    return None if first is None else int(first)


def insert_task(conn: Connection, values: dict[str, Any], actor: str, note: str) -> int:
    """Insert a task row (values hold its columns, stamps included) and its first history entry."""
    task_id: int = conn.exec_driver_sql(
        f"INSERT INTO tasks ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})"
        " RETURNING id",
        tuple(values.values()),
    ).scalar_one()
    conn.exec_driver_sql(
        "INSERT INTO task_events (task_id, at, actor, note) VALUES (?, ?, ?, ?)",
        (task_id, values["created_at"], actor, note),
    )
    return task_id


def set_state(
    db: Database, task_ids: Iterable[int], state: str, *, actor: str, now: datetime
) -> list[TaskRow]:
    """Confirm, reject or re-suggest several tasks in one transaction."""
    with db.begin() as conn:
        changed = []
        for task_id in task_ids:
            apply_changes(conn, task_id, {"state": state}, actor, now)
            changed.append(_get(conn, task_id))
    return changed


def create_task(
    db: Database,
    *,
    title: str,
    now: datetime,
    actor: str = "user",
    chat_id: int | None = None,
    **fields: Any,
) -> TaskRow:
    """A task the user wrote: confirmed at once, in the first open column."""
    values = {name: stored_value(name, value) for name, value in fields.items()}
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ChatTasksError(f"unknown task fields: {', '.join(sorted(unknown))}")
    values["title"] = stored_value("title", title.strip())
    values.setdefault("description", "")
    values.setdefault("priority", "normal")
    values.setdefault("status", "open")
    stamp = to_utc_text(now)
    with db.begin() as conn:
        if "column_id" not in values:
            values["column_id"] = first_column(conn, values["status"])
        row = {"chat_id": chat_id, "state": "confirmed", "origin": "user",
               "created_at": stamp, "updated_at": stamp, **values}  # fmt: skip
        return _get(conn, insert_task(conn, row, actor, "created"))


def distinct_values(db: Database, column: str) -> list[str]:
    """Distinct values of assignee, category or project among tasks not rejected (filter menus)."""
    if column not in ("assignee", "category", "project"):
        raise ChatTasksError(f"no filter menu for {column!r}")
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT DISTINCT {column} FROM tasks WHERE {column} IS NOT NULL"
            f" AND state != 'rejected' ORDER BY {column}"
        ).all()
    return [str(row[0]) for row in rows]
