"""The kanban board: columns the user adds and renames, and task order within a column."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from engine.core.errors import ChatTasksError
from engine.store.db import Database
from engine.store.rows import ColumnRow, TaskRow
from engine.store.tasks import apply_changes, first_column, stored_value


def list_columns(db: Database) -> list[ColumnRow]:
    """Board columns, left to right."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, name, position, status FROM board_columns ORDER BY position, id"
        ).all()
    return [ColumnRow(*r) for r in rows]


def add_column(db: Database, name: str, status: str = "open") -> ColumnRow:
    """A new column at the right end of the board."""
    if not name.strip():
        raise ChatTasksError("a column needs a name")
    stored_value("status", status)
    with db.begin() as conn:
        position = conn.exec_driver_sql(
            "SELECT coalesce(max(position), -1) + 1 FROM board_columns"
        ).scalar_one()
        column_id = conn.exec_driver_sql(
            "INSERT INTO board_columns (name, position, status) VALUES (?, ?, ?) RETURNING id",
            (name.strip(), position, status),
        ).scalar_one()
    return ColumnRow(column_id, name.strip(), position, status)


def rename_column(db: Database, column_id: int, name: str) -> None:
    """Give a column a new name."""
    if not name.strip():
        raise ChatTasksError("a column needs a name")
    with db.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE board_columns SET name = ? WHERE id = ?", (name.strip(), column_id)
        )


def board_placement(task: TaskRow, columns: Sequence[ColumnRow]) -> int | None:
    """The column a task shows in: its own, else the first whose status matches."""
    if task.column_id is not None and any(c.id == task.column_id for c in columns):
        return task.column_id
    return next((c.id for c in columns if c.status == task.status), None)


def place_tasks(
    db: Database,
    task_ids: Sequence[int],
    column_id: int,
    before_id: int | None,
    *,
    actor: str,
    now: datetime,
) -> None:
    """Move tasks into a column just before `before_id` (None: at the end), in one transaction.

    Tasks without a position sort after placed ones; those ahead of the drop point get
    positions first, so the order the user sees is the order that is stored.
    """
    with db.begin() as conn:
        status = conn.exec_driver_sql(
            "SELECT status FROM board_columns WHERE id = ?", (column_id,)
        ).scalar()
        if status is None:
            raise ChatTasksError(f"no board column with id {column_id}")
        moving = set(task_ids)
        first_of_status = first_column(conn, status) == column_id
        unplaced = "OR (t.column_id IS NULL AND t.status = ?)" if first_of_status else ""
        params: tuple[Any, ...] = (column_id, status) if first_of_status else (column_id,)
        rows = [
            (task_id, position)
            for task_id, position in conn.exec_driver_sql(
                "SELECT t.id, t.position FROM tasks AS t WHERE t.state = 'confirmed'"
                f" AND (t.column_id = ? {unplaced})"
                " ORDER BY t.position IS NULL, t.position, t.due_at IS NULL, t.due_at, t.id",
                params,
            )
            if task_id not in moving
        ]
        index = next((i for i, (task_id, _) in enumerate(rows) if task_id == before_id), len(rows))
        previous = -1.0
        for i in range(index):
            task_id, position = rows[i]
            if position is None:
                position = previous + 1.0
                apply_changes(conn, task_id, {"position": position}, actor, now)
                rows[i] = (task_id, position)
            previous = position
        upper = rows[index][1] if index < len(rows) and rows[index][1] is not None else None
        step = 1.0 if upper is None else (upper - previous) / (len(task_ids) + 1)
        for offset, task_id in enumerate(task_ids, start=1):
            position = previous + step * offset
            changes = {"column_id": column_id, "status": status, "position": position}
            apply_changes(conn, task_id, changes, actor, now)
