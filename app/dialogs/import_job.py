"""Import exports off the GUI thread with progress, cancel and a summary."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.context import AppContext
from engine.core.engine import ImportResult
from engine.core.errors import ChatTasksError
from engine.core.import_process import ImportCancelledError, ImportWorker, can_import_in_child

__all__ = ["IMPORTABLE", "ImportCancelledError", "ImportJob", "is_importable"]

IMPORTABLE = (".txt", ".zip")
STOP_GRACE_SECONDS = 3.0
"""On quit, how long a running import may take to stop at a batch boundary before it is killed."""


class ImportJob(QObject):
    """One import at a time, in a child process; progress arrives as signals from the job thread.

    The parse, the writes and the extraction hold their interpreter's GIL for up to a second at a
    time, so they run in a worker process (started on the first import, then kept warm): the
    job thread only sleeps on its pipe. An in-memory database imports on the job thread.
    """

    sig_progress = Signal(int, int)
    sig_stored = Signal(int)
    """Messages committed so far."""
    sig_finished = Signal(object)
    """The ImportResult, or the error that stopped the import."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._cancel = threading.Event()
        self._worker = ImportWorker()
        self.running = False
        # The worker process ends with its window or the app (and by itself if this one dies).
        self.destroyed.connect(self._worker.close)
        # Emitted before the composition root's Runner.shutdown() waits for the job thread, which
        # must not wait for a long extraction. (qasync also emits it whenever a test's
        # run_until_complete returns; an import running across that boundary would be stopped.)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def cancel(self) -> None:
        """Stop the running import at its next progress report, keeping what was committed.

        A no-op between imports: a late queued call must not cancel the next import.
        """
        if self.running:
            self._cancel.set()

    def stop(self) -> None:
        """The app is quitting: cancel a running import, killing its child if it does not stop soon.

        Killing is safe: every batch is its own SQLite transaction, so a kill loses at most the
        batch being written and a later import of the file resumes.
        """
        self._cancel.set()
        self._worker.stop(STOP_GRACE_SECONDS)

    async def run(self, path: str | Path) -> ImportResult | BaseException:
        """Import one file; returns the result or the error (also emitted)."""
        self._cancel.clear()
        self.running = True
        engine = self.context.engine
        job: Callable[[], ImportResult]
        if can_import_in_child(engine):
            job = partial(
                self._worker.run,
                engine,
                path,
                cancel=self._cancel,
                progress=self.sig_progress.emit,
                stored=self.sig_stored.emit,
            )
        else:
            job = partial(self._in_thread, path)
        outcome: ImportResult | BaseException
        try:
            outcome = await self.context.runner.job(job)
        except ChatTasksError as error:
            outcome = error
        finally:
            self.running = False
        self.sig_finished.emit(outcome)
        self.context.sig_chats_changed.emit()
        self.context.sig_tasks_changed.emit()
        return outcome

    def _in_thread(self, path: str | Path) -> ImportResult:
        def check() -> None:
            if self._cancel.is_set():
                raise ImportCancelledError(f"import of {Path(path).name} cancelled")

        def progress(done: int, total: int) -> None:
            check()
            self.sig_progress.emit(done, total)

        def stored(count: int) -> None:
            check()
            self.sig_stored.emit(count)

        return self.context.engine.import_export(path, progress=progress, stored=stored)


def is_importable(path: str) -> bool:
    """A file or folder the importer can read (a .txt, a .zip, or an export folder)."""
    candidate = Path(path)
    return candidate.is_dir() or candidate.suffix.lower() in IMPORTABLE
