"""Imports in a worker process: results, progress, cancel and resume, errors, a killed child."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from benchmarks.generate_export import generate_export
from engine.core.clock import FixedClock
from engine.core.engine import Engine, ImportResult
from engine.core.errors import ChatTasksError, ExportFormatError
from engine.core.import_process import (
    ImportCancelledError,
    ImportProcessError,
    ImportWorker,
    can_import_in_child,
    error_message,
    rebuild_error,
)
from engine.core.settings import Settings
from engine.store.tasks import TaskFilter

NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
MESSAGES = 12_000  # three batches of the importer's 5,000


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An empty Engine over a database file, at a fixed instant."""
    engine = _engine(tmp_path / "child.db")
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def worker() -> Iterator[ImportWorker]:
    """One import worker for the module (a killed child is replaced by the next import)."""
    worker = ImportWorker()
    yield worker
    worker.close()


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated 12,000-message export."""
    path = tmp_path_factory.mktemp("exports") / "WhatsApp Chat with Big.txt"
    generate_export(path, MESSAGES, style="android", seed=3)
    return path


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A two-message export."""
    path = tmp_path / "WhatsApp Chat with Small.txt"
    path.write_text(
        "12/11/2026, 10:00 - Ana: can you send me the invoice tomorrow?\n"
        "12/11/2026, 10:01 - Rui: sure\n",
        encoding="utf-8",
    )
    return path


def _engine(path: Path) -> Engine:
    settings = Settings(timezone="Europe/Lisbon")
    return Engine.open(f"sqlite:///{path}", settings=settings, clock=FixedClock(NOW))


def _stored_count(engine: Engine, name: str = "Big") -> int:
    chat = next(c for c in engine.chats.all() if c.name == name)
    return engine.chats.count_messages(chat.id)


def _consistent(engine: Engine) -> None:
    with engine.db.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_the_child_imports_with_the_parents_clock_and_reports_progress(
    engine: Engine, worker: ImportWorker, export: Path
) -> None:
    progress: list[tuple[int, int]] = []
    stored: list[int] = []
    result = worker.run(
        engine,
        export,
        progress=lambda done, total: progress.append((done, total)),
        stored=stored.append,
    )
    assert worker.pid is not None and worker.pid != os.getpid()
    assert isinstance(result, ImportResult)
    assert (result.chat_name, result.messages, result.new_messages) == ("Big", MESSAGES, MESSAGES)
    assert result.new_tasks > 0
    assert engine.tasks.count(TaskFilter(state="suggested")) == result.new_tasks
    assert _stored_count(engine) == MESSAGES
    assert stored == sorted(stored) and stored[-1] == MESSAGES
    assert progress[-1][0] == progress[-1][1] > 0
    with engine.db.connect() as conn:
        started, status = conn.execute(text("SELECT started_at, status FROM imports")).one()
    assert started.startswith("2026-11-10") and status == "done"  # the FixedClock travelled


def test_the_worker_stays_warm_and_follows_the_engines_database(
    engine: Engine, worker: ImportWorker, small: Path, tmp_path: Path
) -> None:
    assert worker.run(engine, small).new_messages == 2
    pid = worker.pid
    other = _engine(tmp_path / "other.db")
    try:
        started = time.perf_counter()
        assert worker.run(other, small).new_messages == 2
        assert worker.run(engine, small).new_messages == 0  # already stored: idempotent
        warm = time.perf_counter() - started
        assert worker.pid == pid
        assert _stored_count(other, "Small") == _stored_count(engine, "Small") == 2
    finally:
        other.close()
    assert warm < 5, warm  # no new process, no lexicons rebuilt


def test_cancel_keeps_the_committed_batches_and_a_reimport_resumes(
    engine: Engine, worker: ImportWorker, export: Path
) -> None:
    cancel = threading.Event()
    with pytest.raises(
        ImportCancelledError, match="^import of WhatsApp Chat with Big.txt cancelled$"
    ):
        worker.run(engine, export, cancel=cancel, stored=lambda _count: cancel.set())
    assert 0 < _stored_count(engine) < MESSAGES
    _consistent(engine)
    result = worker.run(engine, export)
    assert result.messages == MESSAGES and 0 < result.new_messages < MESSAGES
    assert _stored_count(engine) == MESSAGES


def test_a_bad_file_gives_the_engines_error_naming_file_and_line(
    engine: Engine, worker: ImportWorker, small: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list\nmilk\n", encoding="utf-8")
    with pytest.raises(ExportFormatError) as caught:
        worker.run(engine, bad)
    assert str(caught.value).startswith(f"{bad}:1: not a WhatsApp chat export")
    assert (caught.value.path, caught.value.line) == (str(bad), 1)
    assert engine.chats.all() == []
    pid = worker.pid
    assert worker.run(engine, small).messages == 2 and worker.pid == pid  # still serving


def test_a_killed_child_leaves_a_consistent_database_that_a_reimport_completes(
    engine: Engine, worker: ImportWorker, export: Path
) -> None:
    def kill(_count: int) -> None:
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)

    with pytest.raises(ImportProcessError, match=r"stopped unexpectedly \(exit code -9\)"):
        worker.run(engine, export, stored=kill)
    killed = worker.pid
    assert 0 < _stored_count(engine) < MESSAGES
    _consistent(engine)
    assert worker.run(engine, export).messages == MESSAGES
    assert worker.pid != killed
    assert _stored_count(engine) == MESSAGES
    _consistent(engine)


def test_stop_kills_a_child_that_does_not_stop_in_time(
    engine: Engine, worker: ImportWorker, export: Path
) -> None:
    with pytest.raises(ImportCancelledError):
        worker.run(engine, export, stored=lambda _count: worker.stop(grace=0))
    stopped = worker.pid
    _consistent(engine)
    worker.stop()  # idle: nothing to stop
    assert worker.run(engine, export).messages == MESSAGES
    assert worker.pid != stopped
    _consistent(engine)


def test_errors_cross_the_pipe_with_their_class_message_and_fields() -> None:
    original = ExportFormatError("chat.txt", 7, "bad header")
    rebuilt = rebuild_error(*error_message(original))
    assert type(rebuilt) is ExportFormatError
    assert (str(rebuilt), rebuilt.path, rebuilt.line) == ("chat.txt:7: bad header", "chat.txt", 7)
    other = rebuild_error(*error_message(ValueError("boom")))
    assert type(other) is ImportProcessError and isinstance(other, ChatTasksError)
    assert str(other) == "the import failed: ValueError: boom"


def test_an_in_memory_database_cannot_be_shared_with_a_child(worker: ImportWorker) -> None:
    memory = Engine.open("sqlite://", settings=Settings(timezone="UTC"), clock=FixedClock(NOW))
    try:
        assert not can_import_in_child(memory)
        with pytest.raises(ImportProcessError):
            worker.run(memory, "chat.txt")
    finally:
        memory.close()
