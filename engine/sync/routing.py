"""Routing rules: which confirmed tasks go to which account (by mode, chat, category, assignee,
priority), and the task snapshots the rules are evaluated on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from engine.store import Database
from engine.store.utc import from_utc_text
from engine.sync.outbox import snapshot_to_json
from engine.sync.protocols import TaskSnapshot
from engine.sync.store import RouteRow


@dataclass(frozen=True, slots=True)
class RoutedTask:
    """A task with what routing rules look at beyond the snapshot."""

    snapshot: TaskSnapshot
    state: str
    chat_id: int | None
    mode: str | None


def matches(route: RouteRow, task: RoutedTask) -> bool:
    """True when every criterion the rule sets equals the task's value."""
    snap = task.snapshot
    checks: list[tuple[Any, Any]] = [
        (route.mode, task.mode),
        (route.chat_id, task.chat_id),
        (route.category, snap.category),
        (route.priority, snap.priority),
    ]
    if route.assignee is not None and (snap.assignee or "").casefold() != route.assignee.casefold():
        return False
    return route.enabled and all(want is None or want == have for want, have in checks)


def route_for(routes: Sequence[RouteRow], task: RoutedTask) -> RouteRow | None:
    """The first rule of one account that takes the task, if any."""
    return next((route for route in routes if matches(route, task)), None)


def digest(task: TaskSnapshot) -> str:
    """What must change for a task to be sent again (its update time alone does not count)."""
    data = snapshot_to_json(task)
    data.pop("updated_at", None)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


_TASKS = (
    "SELECT t.id, t.title, t.description, t.status, t.due_at, t.due_has_time, t.assignee,"
    " t.priority, t.category, t.project, c.name, t.updated_at, t.state, t.chat_id, c.mode"
    " FROM tasks t LEFT JOIN chats c ON c.id = t.chat_id"
)


def _routed(row: Any) -> RoutedTask:
    snapshot = TaskSnapshot(
        id=row[0], title=row[1], description=row[2] or "", status=row[3],
        due_at=from_utc_text(row[4]) if row[4] else None, due_has_time=bool(row[5]),
        assignee=row[6], priority=row[7], category=row[8], project=row[9], chat=row[10],
        updated_at=from_utc_text(row[11]) if row[11] else None,
    )  # fmt: skip
    return RoutedTask(snapshot, row[12], row[13], row[14])


def load_tasks(db: Database, ids: Iterable[int] | None = None) -> list[RoutedTask]:
    """Confirmed tasks, plus any task in `ids` whatever its state (to notice rejections)."""
    wanted = sorted(set(ids or ()))
    where = " WHERE t.state = 'confirmed'"
    if wanted:
        where += f" OR t.id IN ({', '.join('?' * len(wanted))})"
    with db.connect() as conn:
        rows = conn.exec_driver_sql(_TASKS + where + " ORDER BY t.id", tuple(wanted)).all()
    return [_routed(row) for row in rows]


def load_task(db: Database, task_id: int) -> RoutedTask | None:
    """One task, whatever its state."""
    with db.connect() as conn:
        row = conn.exec_driver_sql(_TASKS + " WHERE t.id = ?", (task_id,)).first()
    return None if row is None else _routed(row)
