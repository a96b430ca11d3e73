"""The durable outbox: changes queued in the database, delivered in order per task, retried."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from engine.store import Database
from engine.store.utc import from_utc_text, to_utc_text
from engine.sync.protocols import Notification, TaskSnapshot

BACKOFF_START = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One queued change; `key` is the idempotency key sent to (or used by) the remote."""

    id: int
    account_id: int
    task_id: int | None
    action: str
    payload: dict[str, Any]
    key: str
    status: str
    attempts: int
    next_at: datetime
    last_error: str | None

    def snapshot(self) -> TaskSnapshot:
        """The task as it was when the change was queued."""
        return snapshot_from_json(self.payload)

    def notification(self) -> Notification:
        """The notification this entry carries."""
        data = dict(self.payload)
        tasks = tuple(snapshot_from_json(item) for item in data.pop("tasks", []))
        return Notification(tasks=tasks, **data)


def snapshot_to_json(task: TaskSnapshot) -> dict[str, Any]:
    """JSON-ready form of a snapshot (datetimes as ISO 8601 UTC)."""
    data = asdict(task)
    for name in ("due_at", "updated_at"):
        if data[name] is not None:
            data[name] = data[name].isoformat()
    return data


def snapshot_from_json(data: dict[str, Any]) -> TaskSnapshot:
    """A snapshot back from its JSON form."""
    values = dict(data)
    for name in ("due_at", "updated_at"):
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    return TaskSnapshot(**values)


def notification_to_json(note: Notification) -> dict[str, Any]:
    """JSON-ready form of a notification."""
    return {"kind": note.kind, "title": note.title, "body": note.body,
            "tasks": [snapshot_to_json(task) for task in note.tasks]}


def enqueue(conn: Connection, account_id: int, task_id: int | None, action: str,
            payload: dict[str, Any], key: str, now: datetime) -> bool:
    """Queue a change; False when an entry with the same key was already queued."""
    inserted = conn.exec_driver_sql(
        "INSERT INTO sync_outbox (account_id, task_id, action, payload, key, next_at, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id",
        (account_id, task_id, action, json.dumps(payload, sort_keys=True), key,
         to_utc_text(now), to_utc_text(now)),
    ).first()
    return inserted is not None


_COLUMNS = "id, account_id, task_id, action, payload, key, status, attempts, next_at, last_error"


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6],
                       row[7], from_utc_text(row[8]), row[9])


def pending(db: Database, account_id: int) -> list[OutboxEntry]:
    """Every pending entry of an account, oldest first."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM sync_outbox WHERE account_id = ? AND status = 'pending'"
            " ORDER BY id", (account_id,)
        ).all()
    return [_entry(row) for row in rows]


def ready(db: Database, account_id: int, now: datetime) -> list[OutboxEntry]:
    """Entries to try now: the oldest pending one of each task, if its retry time has come."""
    chosen: list[OutboxEntry] = []
    seen: set[int] = set()
    for entry in pending(db, account_id):
        if entry.task_id is not None:
            if entry.task_id in seen:
                continue  # a later change waits for the earlier one of the same task
            seen.add(entry.task_id)
        if entry.next_at <= now:
            chosen.append(entry)
    return chosen


def mark_done(conn: Connection, entry_id: int, now: datetime) -> None:
    """The remote acknowledged the entry."""
    conn.exec_driver_sql(
        "UPDATE sync_outbox SET status = 'done', done_at = ?, last_error = NULL WHERE id = ?",
        (to_utc_text(now), entry_id),
    )


def mark_retry(conn: Connection, entry: OutboxEntry, error: str, now: datetime) -> datetime:
    """Keep the entry pending and push its next try back exponentially; returns that time."""
    delay: timedelta = min(BACKOFF_START * (1 << min(entry.attempts, 20)), BACKOFF_MAX)
    next_at = now + delay
    conn.exec_driver_sql(
        "UPDATE sync_outbox SET attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?",
        (to_utc_text(next_at), error, entry.id),
    )
    return next_at


def mark_failed(conn: Connection, entry: OutboxEntry, error: str) -> None:
    """The remote refused the entry for good; later entries of the task go ahead."""
    conn.exec_driver_sql(
        "UPDATE sync_outbox SET status = 'failed', attempts = attempts + 1, last_error = ?"
        " WHERE id = ?", (error, entry.id),
    )


def counts(db: Database, account_id: int) -> dict[str, int]:
    """Number of entries per status, for `connectors list` and the GUI."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT status, COUNT(*) FROM sync_outbox WHERE account_id = ? GROUP BY status",
            (account_id,),
        ).all()
    return {str(status): int(count) for status, count in rows}
