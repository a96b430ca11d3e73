"""The connector contract, run for every case in contract.CASES against real local servers:
create -> update -> complete -> read back -> retry after a crash -> 429/5xx/timeout -> expired auth."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from engine.store import Database
from engine.sync import outbox, store
from engine.sync.protocols import CanReadBack, ConnectorSpec, RemoteRef, TaskSnapshot
from engine.sync.registry import Registry
from engine.sync.service import SyncService

from .conftest import START, StepClock, edit_task, insert_task
from .contract import CASES, Case, FlakyTransport, RemoteView

DUE = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)


@pytest.fixture(params=CASES, ids=[case.id for case in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Case, RemoteView]:
    chosen: Case = request.param
    return chosen, chosen.setup(request)


def _account(service: SyncService, case: Case, view: RemoteView) -> int:
    return service.add_account(case.connector, f"{case.id} account", view.settings)


def test_create_update_complete_and_read_back(
    case: tuple[Case, RemoteView], db: Database, make_service: Callable[..., SyncService],
    clock: StepClock,
) -> None:
    spec, view = case
    service = make_service(db)
    _account(service, spec, view)
    task = insert_task(db, "Buy tiles", due=DUE)
    insert_task(db, "Only a suggestion", state="suggested")

    [report] = service.run()
    assert (report.status, report.delivered, report.failed) == ("ok", 1, 0)
    assert view.items() == {task: view.items()[task]} and view.items()[task]["title"] == "Buy tiles"
    assert service.run()[0].queued == 0  # nothing changed, nothing re-sent

    clock.advance(minutes=5)
    edit_task(db, task, clock.now(), title="Buy blue tiles")
    assert service.run()[0].delivered == 1
    assert view.items()[task]["title"] == "Buy blue tiles"

    clock.advance(minutes=5)
    edit_task(db, task, clock.now(), status="done")
    assert service.run()[0].delivered == 1
    assert view.items()[task]["status"] == "COMPLETED"

    connector, client = service.open(store.find_account(db, 1))
    try:
        if isinstance(connector, CanReadBack):
            [link] = store.list_links(db, 1)
            [state] = connector.read_back([RemoteRef(str(link.remote_id), link.version)])
            assert state.status == "done"
    finally:
        client.close()


def test_remote_changes_come_back_and_conflicts_keep_the_loser(
    case: tuple[Case, RemoteView], db: Database, make_service: Callable[..., SyncService],
    clock: StepClock,
) -> None:
    spec, view = case
    if view.edit is None:
        pytest.skip(f"{spec.id} is push-only (no read back)")
    service = make_service(db)
    _account(service, spec, view)
    first = insert_task(db, "Call the plumber", due=DUE)
    second = insert_task(db, "Pay the deposit", due=DUE)
    service.run()

    clock.advance(hours=1)
    new_due = DUE + timedelta(days=2)
    view.edit(first, "done", new_due, clock.now() - timedelta(minutes=1))
    # A local edit after the remote one wins; the remote value must stay in the history.
    view.edit(second, "done", None, clock.now() - timedelta(minutes=30))
    edit_task(db, second, clock.now() - timedelta(minutes=10), title="Pay the deposit today")
    report = service.run()[0]
    assert report.pulled == 2 and report.conflicts == 1
    with db.connect() as conn:
        row = conn.exec_driver_sql("SELECT status, due_at FROM tasks WHERE id = ?",
                                   (first,)).one()
        kept = conn.exec_driver_sql("SELECT status FROM tasks WHERE id = ?", (second,)).scalar()
        events = conn.exec_driver_sql(
            "SELECT task_id, field, old_value, new_value, note FROM task_events ORDER BY id"
        ).all()
    assert row == ("done", "2026-03-07 14:00:00")
    assert kept == "open"
    assert (first, "status", "open", "done", "changed remotely") in events
    assert any(e[0] == second and e[1] == "status" and e[2] == "done" and "conflict" in e[4]
               for e in events)
    assert view.items()[second]["status"] == "NEEDS-ACTION"  # the local winner was pushed back
    assert service.run()[0].queued == 0


class SimulatedCrash(BaseException):
    """The process dies after the remote accepted the request, before the outbox knew."""


def _crashing(spec: ConnectorSpec) -> ConnectorSpec:
    base: Any = spec.factory

    def create(self: Any, task: TaskSnapshot, key: str) -> RemoteRef:
        base.create(self, task, key)
        raise SimulatedCrash

    return ConnectorSpec(spec.manifest, type("Crashing", (base,), {"create": create}))


def test_retry_after_a_crash_creates_no_duplicate(
    case: tuple[Case, RemoteView], db_url: str, make_service: Callable[..., SyncService],
) -> None:
    spec, view = case
    real = Registry.discover(third_party=False)
    crashing = Registry([_crashing(s) if s.manifest.id == spec.connector else s
                         for s in real.specs()])
    database = Database.open(db_url)
    service = make_service(database, crashing)
    _account(service, spec, view)
    task = insert_task(database, "Order the sink", due=DUE)
    with pytest.raises(SimulatedCrash):
        service.run()
    assert len(view.items()) == 1
    assert [e.action for e in outbox.pending(database, 1)] == ["create"]
    database.close()

    reopened = Database.open(db_url)
    report = make_service(reopened).run()[0]
    assert report.delivered == 1 and not outbox.pending(reopened, 1)
    assert list(view.items()) == [task]
    reopened.close()


@pytest.mark.parametrize(
    ("script", "retry_after", "expected_sleeps"),
    [(["429"], "7", [7.0]), (["503", "502"], None, [1.0, 2.0]), (["timeout"], None, [1.0])],
    ids=["429-retry-after", "5xx-backoff", "timeout"],
)
def test_transient_failures_are_retried(
    case: tuple[Case, RemoteView], db: Database, make_service: Callable[..., SyncService],
    sleeps: list[float], script: list[str], retry_after: str | None,
    expected_sleeps: list[float],
) -> None:
    spec, view = case
    transport = FlakyTransport()
    service = make_service(db, transport=transport)
    _account(service, spec, view)
    task = insert_task(db, "Fix the door", due=DUE)
    transport.script, transport.retry_after = list(script), retry_after
    assert service.run()[0].delivered == 1
    assert sleeps == expected_sleeps
    assert list(view.items()) == [task]


def test_offline_keeps_entries_pending_with_backoff(
    case: tuple[Case, RemoteView], db: Database, make_service: Callable[..., SyncService],
    clock: StepClock,
) -> None:
    spec, view = case
    transport = FlakyTransport()
    service = make_service(db, transport=transport)
    _account(service, spec, view)
    insert_task(db, "Fix the door", due=DUE)
    transport.script = ["503"] * 3
    report = service.run()[0]
    assert (report.retrying, report.status) == (1, "error")
    [entry] = outbox.pending(db, 1)
    assert entry.attempts == 1 and entry.next_at == START + timedelta(minutes=1)
    assert "503" in (store.find_account(db, 1).last_error or "")
    assert service.run()[0].delivered == 0  # not due yet
    clock.advance(minutes=1)
    assert service.run()[0].delivered == 1
    assert store.find_account(db, 1).status == "ok"


def test_expired_auth_asks_to_reconnect_and_loses_nothing(
    case: tuple[Case, RemoteView], db: Database, make_service: Callable[..., SyncService],
) -> None:
    spec, view = case
    service = make_service(db)
    _account(service, spec, view)
    view.break_auth()
    insert_task(db, "Fix the door", due=DUE)
    report = service.run()[0]
    assert report.status == "reconnect" and "reconnect" in (report.error or "")
    assert store.find_account(db, 1).status == "reconnect"
    [entry] = outbox.pending(db, 1)
    assert entry.attempts == 0
