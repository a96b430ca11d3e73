"""What every page shares: the engine, the worker runner, the undo stack, the mode, and signals."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.runner import Runner
from engine.core.engine import Engine
from engine.store.tasks import TaskFilter

MODES = ("hybrid", "personal", "business")
"""Hybrid shows every chat; personal and business show the chats of that mode."""


class AppContext(QObject):
    """Passed to every page by the composition root; no globals."""

    sig_tasks_changed = Signal()
    sig_chats_changed = Signal()
    sig_mode_changed = Signal(str)
    sig_open_task = Signal(int)
    sig_open_message = Signal(int)
    sig_status = Signal(str)
    sig_request_import = Signal()
    """A page asks for File ▸ Import (e.g. the live reader's "page changed" banner)."""

    def __init__(self, engine: Engine, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.runner = runner
        self.undo = QUndoStack(self)
        self.mode = "hybrid"

    def zone(self) -> ZoneInfo:
        """The user's time zone."""
        return self.engine.settings.zone()

    def now(self) -> datetime:
        """The injected clock's instant."""
        return self.engine.clock.now()

    def set_mode(self, mode: str) -> None:
        """Switch every view to another mode."""
        if mode in MODES and mode != self.mode:
            self.mode = mode
            self.sig_mode_changed.emit(mode)

    def task_filter(self, **fields: Any) -> TaskFilter:
        """A task filter narrowed to the current mode."""
        return TaskFilter(mode=None if self.mode == "hybrid" else self.mode, **fields)

    def do(
        self,
        text: str,
        redo: Callable[[], Awaitable[Any]],
        undo: Callable[[], Awaitable[Any]],
    ) -> None:
        """Run an undoable change now (redo) and put it on the undo stack."""
        self.undo.push(_EngineCommand(self, text, redo, undo))


class _EngineCommand(QUndoCommand):
    """An undo-stack entry whose two directions are engine coroutines run off the GUI thread."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        redo: Callable[[], Awaitable[Any]],
        undo: Callable[[], Awaitable[Any]],
    ) -> None:
        super().__init__(text)
        self._context = context
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        """Apply the change."""
        self._context.runner.spawn(self._run(self._redo))

    def undo(self) -> None:
        """Revert the change."""
        self._context.runner.spawn(self._run(self._undo))

    async def _run(self, step: Callable[[], Awaitable[Any]]) -> None:
        await step()
        self._context.sig_tasks_changed.emit()
