"""Remote changes come in through the same path as a user's edit: history and board column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from engine.store import Database
from engine.sync import store
from engine.sync.manifest import Manifest
from engine.sync.protocols import (
    ConnectorContext,
    ConnectorSpec,
    RemoteRef,
    RemoteState,
    TaskSnapshot,
)
from engine.sync.registry import Registry
from engine.sync.service import SyncService

from .conftest import START, StepClock, edit_task, insert_task

REMOTE: dict[str, RemoteState] = {}
"""What the in-test remote tool holds, by remote id."""


class BoardTool:
    """A tiny in-memory task tool: creates items and reads them back (real Protocol methods)."""

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context

    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        ref = RemoteRef(f"r{task.id}", "v1")
        REMOTE[ref.remote_id] = RemoteState(ref, task.status, task.due_at, task.due_has_time)
        return ref

    def read_back(self, refs: Sequence[RemoteRef]) -> list[RemoteState]:
        return [REMOTE[ref.remote_id] for ref in refs if ref.remote_id in REMOTE]


SPEC = ConnectorSpec(Manifest("board_tool", "Board tool", "tasks", "none", (),
                              capabilities=("create", "read_back")), BoardTool)


def _column(db: Database, task_id: int) -> tuple[str, str]:
    with db.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT t.status, b.name FROM tasks t JOIN board_columns b ON b.id = t.column_id"
            " WHERE t.id = ?", (task_id,)).one()
    return str(row[0]), str(row[1])


def _events(db: Database, task_id: int) -> list[tuple[str, str | None, str | None, str]]:
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT field, old_value, new_value, note FROM task_events WHERE task_id = ?"
            " ORDER BY id", (task_id,)).all()
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def _first_column(db: Database, status: str) -> int:
    with db.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT id FROM board_columns WHERE status = ? ORDER BY position LIMIT 1",
            (status,)).scalar_one())


def test_a_task_completed_remotely_moves_to_the_done_column(
    db: Database, make_service: Callable[..., SyncService], clock: StepClock,
) -> None:
    REMOTE.clear()
    service = make_service(db, Registry([SPEC]))
    service.add_account("board_tool", "tool", {})
    task = insert_task(db, "Sand the door", due=datetime(2026, 3, 5, 12, tzinfo=UTC))
    edit_task(db, task, START - timedelta(hours=1), column_id=_first_column(db, "open"))
    assert service.run()[0].delivered == 1
    assert _column(db, task)[0] == "open"
    clock.advance(hours=1)
    REMOTE["r1"] = RemoteState(RemoteRef("r1", "v2"), "done",
                               datetime(2026, 3, 5, 12, tzinfo=UTC), True,
                               modified_at=clock.now())
    report = service.run()[0]
    assert (report.status, report.pulled, report.queued) == ("ok", 1, 0)
    status, column = _column(db, task)
    with db.connect() as conn:
        done_column = conn.exec_driver_sql(
            "SELECT name FROM board_columns WHERE id = ?", (_first_column(db, "done"),)
        ).scalar_one()
    assert (status, column) == ("done", done_column)
    events = _events(db, task)
    assert ("status", "open", "done", "changed remotely") in events
    assert [e[0] for e in events if e[3] == "changed remotely"] == ["status", "column_id"]
    link = store.list_links(db, 1)[0]
    assert (link.version, link.pushed_status) == ("v2", "done")


def test_a_remote_reopen_moves_back_to_an_open_column(
    db: Database, make_service: Callable[..., SyncService], clock: StepClock,
) -> None:
    REMOTE.clear()
    service = make_service(db, Registry([SPEC]))
    service.add_account("board_tool", "tool", {})
    task = insert_task(db, "Fix the tap", status="done")
    edit_task(db, task, START - timedelta(hours=1), column_id=_first_column(db, "done"))
    service.run()
    clock.advance(minutes=5)
    REMOTE["r1"] = RemoteState(RemoteRef("r1", "v3"), "open", modified_at=clock.now())
    assert service.run()[0].pulled == 1
    assert _column(db, task)[0] == "open"
    with db.connect() as conn:
        column_status = conn.exec_driver_sql(
            "SELECT b.status FROM tasks t JOIN board_columns b ON b.id = t.column_id"
            " WHERE t.id = ?", (task,)).scalar_one()
    assert column_status == "open"
