"""Turning task changes into outbox entries: routed tasks per account, and notifications."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from engine.sync import outbox, store
from engine.sync.outbox import notification_to_json, snapshot_to_json
from engine.sync.protocols import (
    CanDelete,
    CanNotify,
    Notification,
    NotificationKind,
    TaskSnapshot,
)
from engine.sync.routing import RoutedTask, digest, load_tasks, route_for
from engine.sync.store import AccountRow

if TYPE_CHECKING:
    from engine.sync.service import SyncService

DUE_SOON = timedelta(hours=24)


def plan_account(service: SyncService, account: AccountRow, connector: object) -> int:
    """Queue every routed task whose content changed since it was last queued; returns count."""
    db, now = service.db, service.clock.now()
    routes = [r for r in store.list_routes(db, account.id) if r.enabled]
    links = {link.task_id: link for link in store.list_links(db, account.id)}
    notifier = isinstance(connector, CanNotify)
    queued = 0
    with db.begin() as conn:
        for task in load_tasks(db, links):
            link = links.get(task.snapshot.id)
            route = route_for(routes, task) if task.state == "confirmed" else None
            snap = task.snapshot
            if route is None:
                if link is not None and link.remote_id and isinstance(connector, CanDelete) \
                        and link.pushed_status != "deleted":
                    store.save_queued(conn, account.id, snap.id, link.target, "", "deleted")
                    queued += outbox.enqueue(conn, account.id, snap.id, "delete",
                                             snapshot_to_json(snap), _key(), now)
                continue
            mark = digest(snap)
            if link is not None and link.pushed_hash == mark:
                continue
            if notifier:
                queued += _assigned(conn, account, task, link is None, now,
                                     ZoneInfo(service.timezone))
            else:
                action = "create" if link is None or not link.pushed_hash and not link.remote_id \
                    else "complete" if snap.status == "done" and link.pushed_status != "done" \
                    else "update"
                queued += outbox.enqueue(conn, account.id, snap.id, action,
                                         snapshot_to_json(snap), _key(), now)
            store.save_queued(conn, account.id, snap.id, route.target, mark, snap.status)
    if notifier:
        queued += plan_reminders(service, account, [t for t in load_tasks(db) if
                                                    route_for(routes, t) is not None])
    return queued


def _key() -> str:
    # Random, stored with the entry: every retry of the entry reuses it.
    return uuid.uuid4().hex


def _assigned(conn: object, account: AccountRow, task: RoutedTask, new: bool,
              now: datetime, zone: ZoneInfo) -> int:
    snap = task.snapshot
    if not new or not snap.assignee or snap.status != "open":
        return 0
    note = Notification("assigned", f"New task for {snap.assignee}", _line(snap, zone), (snap,))
    return int(outbox.enqueue(conn, account.id, snap.id, "notify",  # type: ignore[arg-type]
                              notification_to_json(note), f"a{account.id}-assigned-t{snap.id}",
                              now))


def plan_reminders(service: SyncService, account: AccountRow, tasks: list[RoutedTask]) -> int:
    """Queue due-soon and overdue notices once per task and due date, and one daily digest."""
    now = service.clock.now()
    zone = ZoneInfo(service.timezone)
    digest_at = time.fromisoformat(str(account.settings.get("digest_time", "08:00")))
    open_tasks = [t.snapshot for t in tasks if t.snapshot.status == "open" and t.snapshot.due_at]
    queued = 0
    with service.db.begin() as conn:
        for snap in open_tasks:
            assert snap.due_at is not None
            kind: NotificationKind
            if snap.due_at <= now:
                kind = "overdue"
            elif snap.due_at <= now + DUE_SOON:
                kind = "due_soon"
            else:
                continue
            title = f"Overdue: {snap.title}" if kind == "overdue" else f"Due soon: {snap.title}"
            note = Notification(kind, title, _line(snap, zone), (snap,))
            key = f"a{account.id}-{kind}-t{snap.id}-{snap.due_at:%Y%m%dT%H%M}"
            queued += outbox.enqueue(conn, account.id, snap.id, "notify",
                                     notification_to_json(note), key, now)
        local = now.astimezone(zone)
        if local.time() >= digest_at and open_tasks:
            end = datetime.combine(local.date() + timedelta(days=1), time(), zone)
            today = [s for s in open_tasks if s.due_at is not None and s.due_at < end]
            if today:
                body = "\n".join(_line(s, zone) for s in today)
                note = Notification("digest", f"{len(today)} task(s) due today or overdue",
                                    body, tuple(today))
                queued += outbox.enqueue(conn, account.id, None, "notify",
                                         notification_to_json(note),
                                         f"a{account.id}-digest-{local:%Y-%m-%d}", now)
    return queued


def _line(snap: TaskSnapshot, zone: ZoneInfo | None = None) -> str:
    due = ""
    if snap.due_at is not None:
        local = snap.due_at.astimezone(zone) if zone else snap.due_at
        due = f", due {local:%Y-%m-%d %H:%M}" if snap.due_has_time else f", due {local:%Y-%m-%d}"
    who = f" — {snap.assignee}" if snap.assignee else ""
    return f"• {snap.title}{who}{due}"
