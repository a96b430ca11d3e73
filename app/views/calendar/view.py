"""The calendar grid: a table of days whose task chips are clicked, dragged and walked by keys."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.models.calendar import CalendarModel, Index
from app.models.tasks import encode_ids
from app.views.calendar.cells import DayCellDelegate, chip_rects, line_height
from engine.store.rows import TaskRow


class CalendarView(QTableView):
    """Days stretch to fill the view; one task of the current day is the keyboard's task."""

    sig_open = Signal(int)
    """A task was clicked or activated with Enter."""

    def __init__(
        self, model: CalendarModel, delegate: DayCellDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.calendar = model
        self.cells = delegate
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setObjectName("calendar-grid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(24)
        self._pressed: int | None = None
        model.sig_loaded.connect(self._keep_current_task)

    def task_at(self, pos: QPoint) -> TaskRow | None:
        """The task whose chip is under a viewport position."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        tasks = self.calendar.tasks_on(self.calendar.day(index))
        rects, _ = chip_rects(self.visualRect(index), len(tasks), line_height(self.font()))
        return next(
            (task for task, rect in zip(tasks, rects, strict=False) if rect.contains(pos)), None
        )

    def chip_rect(self, task_id: int) -> QRect:
        """Viewport rectangle of a task's chip (empty when hidden or not shown)."""
        for task in self.calendar.all_tasks():
            if task.id == task_id:
                assert task.due_at is not None
                index = self.calendar.index_of(self.calendar.day_of(task))
                tasks = self.calendar.tasks_on(self.calendar.day(index))
                rects, _ = chip_rects(self.visualRect(index), len(tasks), line_height(self.font()))
                position = tasks.index(task)
                return rects[position] if position < len(rects) else QRect()
        return QRect()

    def current_task(self) -> TaskRow | None:
        """The keyboard's task: the outlined chip of the current day."""
        tasks = (
            self.calendar.tasks_on(self.calendar.day(self.currentIndex()))
            if self.currentIndex().isValid()
            else []
        )
        return next((task for task in tasks if task.id == self.cells.current_task), None)

    def select_task(self, task: TaskRow | None) -> None:
        """Make a task the keyboard's task and its day the current cell."""
        self.cells.current_task = None if task is None else task.id
        if task is not None:
            index = self.calendar.index_of(self.calendar.day_of(task))
            if index.isValid() and index != self.currentIndex():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self.viewport().update()

    def step_task(self, step: int) -> None:
        """Outline the next (1) or previous (-1) task of the current day, wrapping round."""
        if not self.currentIndex().isValid():
            return
        tasks = self.calendar.tasks_on(self.calendar.day(self.currentIndex()))
        if not tasks:
            return
        ids = [task.id for task in tasks]
        at = (
            ids.index(self.cells.current_task)
            if self.cells.current_task in ids
            else -1
            if step > 0
            else 0
        )
        self.select_task(tasks[(at + step) % len(tasks)])

    def currentChanged(self, current: Index, previous: Index) -> None:  # noqa: N802 - Qt override
        """A new current day outlines its first task."""
        super().currentChanged(current, previous)
        if current.isValid() and self.current_task() is None:
            tasks = self.calendar.tasks_on(self.calendar.day(current))
            self.cells.current_task = tasks[0].id if tasks else None
            self.viewport().update()

    def _keep_current_task(self) -> None:
        if self.current_task() is None and self.currentIndex().isValid():
            tasks = self.calendar.tasks_on(self.calendar.day(self.currentIndex()))
            self.cells.current_task = tasks[0].id if tasks else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the chip pressed: a drag carries it, a click opens it."""
        task = self.task_at(event.position().toPoint())
        self._pressed = None if task is None else task.id
        super().mousePressEvent(event)
        if task is not None:
            self.select_task(task)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on a chip (press and release on the same one) opens its task."""
        super().mouseReleaseEvent(event)
        task = self.task_at(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and task is not None
            and task.id == self._pressed
        ):
            self.sig_open.emit(task.id)
        self._pressed = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter opens the outlined task."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            task = self.current_task()
            if task is not None:
                self.sig_open.emit(task.id)
                event.accept()
                return
        super().keyPressEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803 - Qt override
        """Drag the pressed chip's task only (not the whole day)."""
        if self._pressed is None:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_ids([self._pressed]))
        self._pressed = None
        drag.exec(Qt.DropAction.MoveAction)
