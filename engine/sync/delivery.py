"""Delivering one outbox entry through a connector and recording the outcome atomically."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from engine.sync import outbox, store
from engine.sync.errors import ReconnectNeededError, RemoteError, SyncError
from engine.sync.outbox import OutboxEntry
from engine.sync.protocols import (
    CanComplete,
    CanCreate,
    CanDelete,
    CanNotify,
    CanUpdate,
    RemoteRef,
)
from engine.sync.store import AccountRow, LinkRow

if TYPE_CHECKING:
    from engine.sync.service import SyncService

Outcome = Literal["delivered", "retrying", "failed"]


def deliver_entry(
    service: SyncService, account: AccountRow, connector: object, entry: OutboxEntry
) -> Outcome:
    """Send one entry; done, retried later or failed for good. ReconnectNeededError propagates
    and leaves the entry exactly as it was."""
    db, now = service.db, service.clock.now()
    link = None
    if entry.task_id is not None:
        with db.connect() as conn:
            link = store.get_link(conn, account.id, entry.task_id)
    try:
        ref = _send(connector, entry, link)
    except ReconnectNeededError:
        raise
    except RemoteError as error:
        message = service.mask(account, str(error))
        with db.begin() as conn:
            if error.retryable:
                outbox.mark_retry(conn, entry, message, now)
            else:
                outbox.mark_failed(conn, entry, message)
        return "retrying" if error.retryable else "failed"
    except SyncError as error:
        with db.begin() as conn:
            outbox.mark_failed(conn, entry, service.mask(account, str(error)))
        return "failed"
    with db.begin() as conn:
        outbox.mark_done(conn, entry.id, now)
        if ref is not None and entry.task_id is not None:
            store.save_remote(conn, account.id, entry.task_id, ref.remote_id, ref.version,
                              ref.url, now)
    return "delivered"


def _send(connector: object, entry: OutboxEntry, link: LinkRow | None) -> RemoteRef | None:
    if entry.action == "notify":
        if isinstance(connector, CanNotify):
            connector.notify(entry.notification(), entry.key)
        return None
    current = None
    if link is not None and link.remote_id is not None:
        current = RemoteRef(link.remote_id, link.version, link.url)
    task = entry.snapshot()
    if entry.action == "delete":
        if current is not None and isinstance(connector, CanDelete):
            connector.delete(current, entry.key)
        return current
    if current is None:
        # Not created yet (or the create was lost): creating is idempotent under the key.
        if not isinstance(connector, CanCreate):
            return None
        current = connector.create(task, entry.key)
        if entry.action == "create":
            return current
    if entry.action == "complete" and isinstance(connector, CanComplete):
        return connector.complete(current, task, entry.key)
    if isinstance(connector, CanUpdate):
        return connector.update(current, task, entry.key)
    return current
