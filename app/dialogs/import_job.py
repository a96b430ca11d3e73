"""Import exports off the GUI thread with progress, cancel and a summary."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.context import AppContext
from engine.core.engine import ImportResult
from engine.core.errors import ChatTasksError

IMPORTABLE = (".txt", ".zip")


class ImportCancelledError(ChatTasksError):
    """The user cancelled an import; everything committed so far stays and a re-import resumes."""


class ImportJob(QObject):
    """One import at a time; progress arrives as a signal from the job thread."""

    sig_progress = Signal(int, int)
    sig_stored = Signal(int)
    """Messages committed so far."""
    sig_finished = Signal(object)
    """The ImportResult, or the error that stopped the import."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        """Stop at the next progress report."""
        self._cancel.set()

    async def run(self, path: str | Path) -> ImportResult | BaseException:
        """Import one file; returns the result or the error (also emitted)."""
        self._cancel.clear()
        self.running = True
        engine = self.context.engine

        def check() -> None:
            if self._cancel.is_set():
                raise ImportCancelledError(f"import of {Path(path).name} cancelled")

        def progress(done: int, total: int) -> None:
            check()
            self.sig_progress.emit(done, total)

        def stored(count: int) -> None:
            check()
            self.sig_stored.emit(count)

        outcome: ImportResult | BaseException
        try:
            outcome = await self.context.runner.job(
                engine.import_export, path, progress=progress, stored=stored
            )
        except ChatTasksError as error:
            outcome = error
        finally:
            self.running = False
        self.sig_finished.emit(outcome)
        self.context.sig_chats_changed.emit()
        self.context.sig_tasks_changed.emit()
        return outcome


def is_importable(path: str) -> bool:
    """A file or folder the importer can read (a .txt, a .zip, or an export folder)."""
    candidate = Path(path)
    return candidate.is_dir() or candidate.suffix.lower() in IMPORTABLE
