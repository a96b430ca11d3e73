"""Rows of the sync tables: connector accounts, routing rules and task links."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from engine.store import Database
from engine.store.utc import from_utc_text, to_utc_text
from engine.sync.errors import SyncError


@dataclass(frozen=True, slots=True)
class AccountRow:
    """A connector account as stored (settings are the non-secret ones)."""

    id: int
    connector: str
    label: str
    settings: dict[str, Any]
    status: str
    last_error: str | None
    last_sync_at: datetime | None
    cursor: str | None


@dataclass(frozen=True, slots=True)
class RouteRow:
    """A routing rule; None criteria match anything."""

    id: int
    account_id: int
    mode: str | None = None
    chat_id: int | None = None
    category: str | None = None
    assignee: str | None = None
    priority: str | None = None
    target: str | None = None
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class LinkRow:
    """A task's counterpart in one account."""

    id: int
    account_id: int
    task_id: int
    remote_id: str | None
    version: str | None
    url: str | None
    target: str | None
    pushed_hash: str | None
    pushed_status: str | None


def _time(value: Any) -> datetime | None:
    return None if value is None else from_utc_text(str(value))


_ACCOUNT = "id, connector, label, settings, status, last_error, last_sync_at, cursor"


def _account(row: Any) -> AccountRow:
    return AccountRow(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], _time(row[6]),
                      row[7])


def add_account(
    db: Database, connector: str, label: str, settings: dict[str, Any], now: datetime
) -> int:
    """Store a new account; the label must be unique for the connector."""
    with db.begin() as conn:
        clash = conn.exec_driver_sql(
            "SELECT 1 FROM sync_accounts WHERE connector = ? AND label = ?", (connector, label)
        ).first()
        if clash:
            raise SyncError(f"a {connector} account called {label!r} already exists")
        return int(conn.exec_driver_sql(
            "INSERT INTO sync_accounts (connector, label, settings, created_at)"
            " VALUES (?, ?, ?, ?) RETURNING id",
            (connector, label, json.dumps(settings, sort_keys=True), to_utc_text(now)),
        ).scalar_one())


def list_accounts(db: Database) -> list[AccountRow]:
    """Every account, oldest first."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT {_ACCOUNT} FROM sync_accounts ORDER BY id").all()
    return [_account(row) for row in rows]


def find_account(db: Database, ref: str | int) -> AccountRow:
    """The account with id or label `ref`."""
    for account in list_accounts(db):
        if str(account.id) == str(ref) or account.label == ref:
            return account
    raise SyncError(f"no connector account {ref!r} (see `chattasks connectors list`)")


def remove_account(db: Database, account_id: int) -> None:
    """Delete an account with its routes, links and outbox entries."""
    with db.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sync_accounts WHERE id = ?", (account_id,))


def set_status(
    conn: Connection, account_id: int, status: str, error: str | None, now: datetime | None
) -> None:
    """Record an account's health after a sync step."""
    conn.exec_driver_sql(
        "UPDATE sync_accounts SET status = ?, last_error = ?,"
        " last_sync_at = COALESCE(?, last_sync_at) WHERE id = ?",
        (status, error, None if now is None else to_utc_text(now), account_id),
    )


def set_cursor(conn: Connection, account_id: int, cursor: str | None) -> None:
    """Remember where the next pull starts."""
    conn.exec_driver_sql("UPDATE sync_accounts SET cursor = ? WHERE id = ?", (cursor, account_id))


def add_route(db: Database, route: RouteRow) -> int:
    """Store a routing rule for `route.account_id` (its id is ignored)."""
    with db.begin() as conn:
        return int(conn.exec_driver_sql(
            "INSERT INTO sync_routes (account_id, position, mode, chat_id, category, assignee,"
            " priority, target, enabled) VALUES (?, (SELECT COUNT(*) FROM sync_routes"
            " WHERE account_id = ?), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (route.account_id, route.account_id, route.mode, route.chat_id, route.category,
             route.assignee, route.priority, route.target, route.enabled),
        ).scalar_one())


def list_routes(db: Database, account_id: int | None = None) -> list[RouteRow]:
    """Routing rules in evaluation order."""
    sql = ("SELECT id, account_id, mode, chat_id, category, assignee, priority, target, enabled"
           " FROM sync_routes")
    params: tuple[Any, ...] = ()
    if account_id is not None:
        sql += " WHERE account_id = ?"
        params = (account_id,)
    with db.connect() as conn:
        rows = conn.exec_driver_sql(sql + " ORDER BY account_id, position, id", params).all()
    return [RouteRow(id=row[0], account_id=row[1], mode=row[2], chat_id=row[3], category=row[4],
                     assignee=row[5], priority=row[6], target=row[7], enabled=bool(row[8]))
            for row in rows]


_LINK = "id, account_id, task_id, remote_id, version, url, target, pushed_hash, pushed_status"


def get_link(conn: Connection, account_id: int, task_id: int) -> LinkRow | None:
    """The link of a task in an account, if any."""
    row = conn.exec_driver_sql(
        f"SELECT {_LINK} FROM sync_links WHERE account_id = ? AND task_id = ?",
        (account_id, task_id),
    ).first()
    return None if row is None else LinkRow(*row)


def list_links(db: Database, account_id: int) -> list[LinkRow]:
    """Every link of an account."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT {_LINK} FROM sync_links WHERE account_id = ? ORDER BY id", (account_id,)
        ).all()
    return [LinkRow(*row) for row in rows]


def save_queued(conn: Connection, account_id: int, task_id: int, target: str | None,
                digest: str, status: str) -> None:
    """Create or update a link with the digest and status of the snapshot just queued."""
    conn.exec_driver_sql(
        "INSERT INTO sync_links (account_id, task_id, target, pushed_hash, pushed_status)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, task_id) DO UPDATE SET"
        " pushed_hash = excluded.pushed_hash, pushed_status = excluded.pushed_status",
        (account_id, task_id, target, digest, status),
    )


def save_remote(conn: Connection, account_id: int, task_id: int, remote_id: str | None,
                version: str | None, url: str | None, now: datetime) -> None:
    """Record where a task lives remotely after a delivery or a pull."""
    conn.exec_driver_sql(
        "INSERT INTO sync_links (account_id, task_id, remote_id, version, url, synced_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, task_id) DO UPDATE SET"
        " remote_id = excluded.remote_id, version = excluded.version,"
        " url = COALESCE(excluded.url, url), synced_at = excluded.synced_at",
        (account_id, task_id, remote_id, version, url, to_utc_text(now)),
    )


def remove_route(db: Database, route_id: int) -> RouteRow:
    """Delete one routing rule; returns it."""
    found = next((route for route in list_routes(db) if route.id == route_id), None)
    if found is None:
        raise SyncError(f"no routing rule {route_id} (see `chattasks connectors route list`)")
    with db.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sync_routes WHERE id = ?", (route_id,))
    return found


@dataclass(frozen=True, slots=True)
class TaskLink:
    """What a task card shows about one account it syncs to (a badge and a remote link)."""

    task_id: int
    account_id: int
    account: str
    connector: str
    url: str | None
    synced: bool
    """True when the remote has the task's latest queued change (nothing pending)."""


def links_for_tasks(db: Database, task_ids: list[int]) -> dict[int, list[TaskLink]]:
    """Sync badges for a page of tasks: task id -> its links, in account order."""
    wanted = sorted(set(task_ids))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT l.task_id, a.id, a.label, a.connector, l.url, NOT EXISTS (SELECT 1 FROM"
            " sync_outbox o WHERE o.account_id = l.account_id AND o.task_id = l.task_id AND"
            f" o.status = 'pending') FROM sync_links l JOIN sync_accounts a ON a.id = l.account_id"
            f" WHERE l.task_id IN ({marks}) AND (l.remote_id IS NOT NULL OR l.pushed_hash"
            " IS NOT NULL) ORDER BY l.task_id, a.id", tuple(wanted),
        ).all()
    found: dict[int, list[TaskLink]] = {}
    for row in rows:
        found.setdefault(row[0], []).append(
            TaskLink(row[0], row[1], row[2], row[3], row[4], bool(row[5])))
    return found
