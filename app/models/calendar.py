"""A table model of calendar days (7 columns, one row per week) holding each day's tasks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.models.tasks import TASK_MIME, decode_ids, encode_ids
from app.runner import Runner
from engine.core.due import due_day
from engine.store.rows import TaskRow

DateRole = Qt.ItemDataRole.UserRole + 10
"""Role returning the cell's `date`."""
TasksRole = Qt.ItemDataRole.UserRole + 11
"""Role returning the cell's tasks, all-day first, then by time."""
InMonthRole = Qt.ItemDataRole.UserRole + 12
"""Role: False for the leading/trailing days of the neighbouring months."""
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[datetime, datetime], Sequence[TaskRow]]
"""Every task due in [start, end)."""


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a calendar text; `n` picks the plural form of a text with %n."""
    return QCoreApplication.translate("Calendar", text, disambiguation or None, n)


def week_start(day: date) -> date:
    """The Monday on or before `day`."""
    return day - timedelta(days=day.weekday())


def visible_days(anchor: date, view: str) -> tuple[date, int]:
    """First shown day and number of week rows of the month or week around `anchor`."""
    if view == "week":
        return week_start(anchor), 1
    first = week_start(anchor.replace(day=1))
    next_month = (anchor.replace(day=28) + timedelta(days=4)).replace(day=1)
    last = next_month - timedelta(days=1)
    return first, (last - first).days // 7 + 1


def _order(task: TaskRow) -> tuple[bool, datetime, int]:
    assert task.due_at is not None
    return task.due_has_time, task.due_at, task.id


class CalendarModel(QAbstractTableModel):
    """Days of the visible month or week; tasks are read for the whole range in one call."""

    sig_loaded = Signal()
    sig_dropped = Signal(list, object)
    """Task ids dropped, and the `date` of the day they were dropped on."""

    def __init__(
        self,
        runner: Runner,
        fetch: Fetch,
        zone: Callable[[], ZoneInfo],
        anchor: date,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._zone = zone
        self._first, self._rows = visible_days(anchor, "month")
        self._month: int | None = anchor.month
        self._tasks: dict[date, list[TaskRow]] = {}
        self._generation = 0

    def set_range(self, anchor: date, view: str) -> None:
        """Show the month or week around `anchor` (tasks arrive with `reload`)."""
        first, rows = visible_days(anchor, view)
        self.beginResetModel()
        self._first, self._rows = first, rows
        self._month = anchor.month if view == "month" else None
        self._tasks = {}
        self.endResetModel()

    def first_day(self) -> date:
        """The top-left day."""
        return self._first

    def last_day(self) -> date:
        """The bottom-right day."""
        return self._first + timedelta(days=7 * self._rows - 1)

    async def reload(self) -> None:
        """Read the tasks of the visible days on the database thread; the newest reload wins."""
        self._generation += 1
        generation = self._generation
        zone = self._zone()
        first, last = self._first, self.last_day()
        # One spare day each side: date-only tasks sit at midnight of their chat's zone.
        start = datetime.combine(first - timedelta(days=1), time(0, 0), tzinfo=zone)
        end = datetime.combine(last + timedelta(days=2), time(0, 0), tzinfo=zone)
        rows = await self._runner.call(self._fetch, start, end)
        if generation != self._generation:
            return
        by_day: dict[date, list[TaskRow]] = {}
        for task in rows:
            day = due_day(task, zone)
            if day is not None and first <= day <= last:
                by_day.setdefault(day, []).append(task)
        for tasks in by_day.values():
            tasks.sort(key=_order)
        self._tasks = by_day
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, 6))
        self.sig_loaded.emit()

    def day(self, index: Index) -> date:
        """The date of a cell."""
        return self._first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        """The cell of a date, invalid when it is not shown."""
        offset = (day - self._first).days
        if not 0 <= offset < 7 * self._rows:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def day_of(self, task: TaskRow) -> date:
        """The day a shown task sits on."""
        day = due_day(task, self._zone())
        assert day is not None, "only tasks with a due date are shown"
        return day

    def tasks_on(self, day: date) -> list[TaskRow]:
        """The tasks of one day, in display order."""
        return list(self._tasks.get(day, ()))

    def all_tasks(self) -> list[TaskRow]:
        """Every task shown, day by day."""
        return [task for day in sorted(self._tasks) for task in self._tasks[day]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Weeks shown."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Days of the week, Monday first."""
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Day number, date, tasks, and a spoken summary of the day."""
        if not index.isValid() or not (0 <= index.row() < self._rows and 0 <= index.column() < 7):
            return None
        day = self.day(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DateRole:
            return day
        if role == TasksRole:
            return self.tasks_on(day)
        if role == InMonthRole:
            return self._month is None or day.month == self._month
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            tasks = self._tasks.get(day, [])
            label = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            titles = "; ".join(task.title for task in tasks)
            count = len(tasks)
            shown = tr("%n task(s)", "", count) if count else tr("no tasks")
            return f"{label}: {shown}" + (f" — {titles}" if titles else "")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Weekday names across the top; week numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._rows:
            return str((self._first + timedelta(days=7 * section)).isocalendar().week)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Days are selectable, their tasks draggable, and they accept task drops."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        """The one mime type tasks travel as."""
        return [TASK_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of every task on the given days (the view drags one chosen task instead)."""
        ids = [
            task.id
            for index in indexes
            if index.isValid()
            for task in self.tasks_on(self.day(index))
        ]
        return encode_ids(ids)

    def supportedDropActions(self) -> Qt.DropAction:
        """Tasks are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Tasks are moved, never copied."""
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Only task drags onto a day are accepted."""
        return bool(decode_ids(data)) and self._target(row, column, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Report the drop; the page reschedules through the engine and reloads.

        Returning False keeps Qt from touching the source itself: the engine is the source of
        truth and the reload shows the result.
        """
        ids = decode_ids(data)
        day = self._target(row, column, parent)
        if ids and day is not None:
            self.sig_dropped.emit(ids, day)
        return False

    def _target(self, row: int, column: int, parent: Index) -> date | None:
        if parent.isValid():
            return self.day(parent)
        if 0 <= row < self._rows and 0 <= column < 7:
            return self.day(self.index(row, column))
        return None
