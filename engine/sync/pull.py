"""Applying remote status and due-date changes to tasks: last writer wins, the loser is kept in
the task's history (task_events)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from engine.store.tasks import column_for_status
from engine.store.utc import to_utc_text
from engine.sync import store
from engine.sync.protocols import (
    CanPollChanges,
    CanReadBack,
    RemoteRef,
    RemoteState,
    TaskSnapshot,
)
from engine.sync.routing import digest, load_task
from engine.sync.store import AccountRow

if TYPE_CHECKING:
    from engine.sync.service import SyncService

CONFLICT_NOTE = "conflict: the remote change was older than a local edit and was not applied"


@dataclass(frozen=True, slots=True)
class PullOutcome:
    """What one remote state did to its task."""

    applied: tuple[str, ...] = ()
    kept_local: tuple[str, ...] = ()


def _fields(task: TaskSnapshot) -> dict[str, str | None]:
    due = None if task.due_at is None else to_utc_text(task.due_at)
    return {"status": task.status, "due_at": due,
            "due_has_time": None if task.due_at is None else str(int(task.due_has_time))}


def _same_day_due(task: TaskSnapshot, state: RemoteState, zone: ZoneInfo) -> datetime | None:
    # A date-only remote due keeps the task's local time of day (e.g. its end-of-day time).
    if state.due_at is None or state.due_has_time or task.due_at is None or task.due_has_time:
        return state.due_at
    local = task.due_at.astimezone(zone)
    day = state.due_at.astimezone(zone).date()
    return datetime.combine(day, local.timetz().replace(tzinfo=None), zone).astimezone(UTC)


def apply_remote(conn: Connection, task: TaskSnapshot, state: RemoteState, *, actor: str,
                 account_id: int, now: datetime, zone: ZoneInfo) -> PullOutcome:
    """Bring one remote state into the task, or record why the local value stays."""
    remote = replace(task, status=state.status, due_at=_same_day_due(task, state, zone),
                     due_has_time=state.due_has_time)
    if state.deleted:
        remote = replace(task, status="cancelled")
    local, theirs = _fields(task), _fields(remote)
    changed = [name for name in local if local[name] != theirs[name]]
    if not changed:
        return PullOutcome()
    remote_time = state.modified_at or now
    if task.updated_at is not None and task.updated_at > remote_time:
        _events(conn, task.id, now, actor,
                [(name, theirs[name], local[name]) for name in changed], CONFLICT_NOTE)
        # Force the next plan to push the local value back out.
        conn.exec_driver_sql(
            "UPDATE sync_links SET pushed_hash = '' WHERE account_id = ? AND task_id = ?",
            (account_id, task.id),
        )
        return PullOutcome(kept_local=tuple(changed))
    # A status change moves the task to a column of its new status, by the same rule as a
    # user's edit (engine.store.tasks.update_task). Rows are written here rather than through
    # apply_changes so each history row carries why it changed (task_events is append-only).
    column = column_for_status(conn, task.id, remote.status) if "status" in changed else None
    old_column = conn.exec_driver_sql(
        "SELECT column_id FROM tasks WHERE id = ?", (task.id,)).scalar()
    conn.exec_driver_sql(
        "UPDATE tasks SET status = ?, due_at = ?, due_has_time = ?, column_id = COALESCE(?,"
        " column_id), updated_at = ? WHERE id = ?",
        (remote.status, theirs["due_at"], int(remote.due_has_time), column, to_utc_text(now),
         task.id),
    )
    rows = [(name, local[name], theirs[name]) for name in changed]
    if column is not None and column != old_column:
        rows.append(("column_id", _text(old_column), str(column)))
    _events(conn, task.id, now, actor, rows,
            "deleted remotely" if state.deleted else "changed remotely")
    # The task now equals the remote: remember that, so it is not sent straight back.
    conn.exec_driver_sql(
        "UPDATE sync_links SET pushed_hash = ?, pushed_status = ? WHERE account_id = ?"
        " AND task_id = ?", (digest(remote), remote.status, account_id, task.id),
    )
    return PullOutcome(applied=tuple(changed))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _events(conn: Connection, task_id: int, now: datetime, actor: str,
            rows: list[tuple[str, str | None, str | None]], note: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO task_events (task_id, at, actor, field, old_value, new_value, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(task_id, to_utc_text(now), actor, name, old, new, note) for name, old, new in rows],
    )


def pull_account(service: SyncService, account: AccountRow, connector: object) -> tuple[int, int]:
    """Read remote changes into linked tasks; returns (fields applied, conflicts kept local)."""
    links = {link.remote_id: link for link in store.list_links(service.db, account.id)
             if link.remote_id}
    if not links:
        return 0, 0
    cursor = account.cursor
    if isinstance(connector, CanPollChanges):
        batch = connector.changes(cursor)
        states, cursor = list(batch.states), batch.cursor
    elif isinstance(connector, CanReadBack):
        states = connector.read_back(
            [RemoteRef(link.remote_id, link.version, link.url) for link in links.values()
             if link.remote_id])
    else:
        return 0, 0
    applied = conflicts = 0
    now = service.clock.now()
    actor = f"sync:{account.connector}"
    with service.db.begin() as conn:
        for state in states:
            link = links.get(state.ref.remote_id)
            if link is None or (state.ref.version is not None
                                and state.ref.version == link.version and not state.deleted):
                continue  # not ours, or our own last write coming back
            routed = load_task(service.db, link.task_id)
            if routed is None:
                continue
            outcome = apply_remote(conn, routed.snapshot, state, actor=actor,
                                   account_id=account.id, now=now,
                                   zone=ZoneInfo(service.timezone))
            applied += len(outcome.applied)
            conflicts += len(outcome.kept_local)
            store.save_remote(conn, account.id, link.task_id, link.remote_id,
                              state.ref.version or link.version, state.ref.url, now)
        store.set_cursor(conn, account.id, cursor)
    return applied, conflicts
