"""Store extracted tasks as suggestions: provenance, history, and the user's decisions kept.

Each suggestion has a fingerprint (chat, source message, position in it), so extracting a chat
again -- after a re-import or a later overlapping export -- updates the same rows instead of
adding new ones. Tasks the user confirmed or rejected are never overwritten; a rejected
fingerprint is never suggested again. Every change is recorded in task_events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from engine.nlp.tasks.model import ExtractedTask
from engine.store.db import Database
from engine.store.tasks import insert_task
from engine.store.utc import to_utc_text

ACTOR = "engine"
_FIELDS = (
    "title",
    "description",
    "assignee",
    "due_at",
    "due_has_time",
    "priority",
    "category",
    "status",
    "language",
    "confidence",
)


@dataclass(frozen=True, slots=True)
class SuggestionSummary:
    """What one extraction run changed."""

    new: int
    updated: int
    unchanged: int
    kept_by_user: int


def fingerprint(chat_id: int, task: ExtractedTask, position: int) -> str:
    """Stable identity of a suggestion: chat, source message, n-th task of that message."""
    return f"{chat_id}:{task.source.message_id}:{position}"


def _due(task: ExtractedTask) -> tuple[str | None, bool]:
    due = task.due
    if due is None:
        return None, False
    if isinstance(due, datetime):
        return to_utc_text(due), True
    assert isinstance(due, date)
    # A day without a time is stored at that day's start in the message's zone.
    start = datetime(due.year, due.month, due.day, tzinfo=task.source.timestamp.tzinfo)
    return to_utc_text(start), False


def _values(task: ExtractedTask) -> dict[str, Any]:
    due_at, has_time = _due(task)
    return {
        "title": task.title, "description": task.description, "assignee": task.assignee,
        "due_at": due_at, "due_has_time": has_time, "priority": task.priority,
        "category": task.category, "status": task.status, "language": task.language,
        "confidence": task.confidence,
    }  # fmt: skip


def save_suggestions(
    db: Database, chat_id: int, tasks: list[ExtractedTask], now: datetime
) -> SuggestionSummary:
    """Upsert the chat's extracted tasks in one transaction."""
    stamp = to_utc_text(now)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "kept": 0}
    per_message: dict[int | None, int] = {}
    with db.begin() as conn:
        for task in tasks:
            if task.source.message_id is None:
                continue
            position = per_message.get(task.source.message_id, 0)
            per_message[task.source.message_id] = position + 1
            key = fingerprint(chat_id, task, position)
            row = conn.exec_driver_sql(
                f"SELECT id, state, {', '.join(_FIELDS)} FROM tasks WHERE fingerprint = ?", (key,)
            ).first()
            values = _values(task)
            if row is None:
                _insert(conn, chat_id, key, task, values, stamp)
                counts["new"] += 1
            elif row[1] != "suggested":
                counts["kept"] += 1
            else:
                current = dict(zip(_FIELDS, row[2:], strict=True))
                changed = {k: v for k, v in values.items() if current[k] != v}
                if changed:
                    _update(conn, row[0], current, changed, stamp)
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
                _link(conn, row[0], task)
    return SuggestionSummary(counts["new"], counts["updated"], counts["unchanged"], counts["kept"])


def _insert(
    conn: Connection,
    chat_id: int,
    key: str,
    task: ExtractedTask,
    values: dict[str, Any],
    stamp: str,
) -> None:
    row = {"chat_id": chat_id, "fingerprint": key, "state": "suggested", "origin": "extracted",
           "created_at": stamp, "updated_at": stamp, **values}  # fmt: skip
    note = f"suggested ({task.kind}, confidence {task.confidence})"
    task_id = insert_task(conn, row, ACTOR, note)
    _link(conn, task_id, task)


def _update(
    conn: Connection, task_id: int, current: dict[str, Any], changed: dict[str, Any], stamp: str
) -> None:
    assignments = ", ".join(f"{name} = ?" for name in changed)
    conn.exec_driver_sql(
        f"UPDATE tasks SET {assignments}, updated_at = ? WHERE id = ?",
        (*changed.values(), stamp, task_id),
    )
    conn.exec_driver_sql(
        "INSERT INTO task_events (task_id, at, actor, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (task_id, stamp, ACTOR, name, _text(current[name]), _text(value))
            for name, value in changed.items()
        ],
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _link(conn: Connection, task_id: int, task: ExtractedTask) -> None:
    spans = json.dumps([[s.start, s.end, s.role] for s in task.spans])
    links: list[tuple[int | None, str, str | None]] = [(task.source.message_id, "source", spans)]
    if task.completed_by is not None and task.completed_by.message_id is not None:
        links.append((task.completed_by.message_id, "completion", None))
    for message in task.rescheduled_by:
        if message.message_id is not None:
            links.append((message.message_id, "reschedule", None))
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO task_messages (task_id, message_id, role, spans)"
        " VALUES (?, ?, ?, ?)",
        [(task_id, message_id, role, span) for message_id, role, span in links],
    )
