"""A paged list model of tasks, with drag and drop of task ids between views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.runner import Runner
from engine.store.rows import TaskRow

TASK_MIME = "application/x-chattasks-task-ids"
TaskRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's frozen TaskRow."""
SyncRole = Qt.ItemDataRole.UserRole + 2
"""Role returning the tools a task syncs to (engine.sync.store.TaskLink list), maybe empty."""
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[TaskRow]]
Links = Callable[[list[int]], dict[int, list[Any]]]


def encode_ids(ids: Sequence[int]) -> QMimeData:
    """Mime data carrying task ids (drag and drop between lists, board and calendar)."""
    mime = QMimeData()
    mime.setData(TASK_MIME, QByteArray(",".join(map(str, ids)).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    """Task ids carried by a drag, empty when it carries none."""
    if not mime.hasFormat(TASK_MIME):
        return []
    raw = bytes(mime.data(TASK_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part.isdigit()]


class TaskListModel(QAbstractListModel):
    """Tasks loaded a page at a time on the database thread (`fetchMore`), newest reload wins."""

    sig_loaded = Signal()
    sig_dropped = Signal(list, int)
    """Task ids dropped, and the row they were dropped before (-1: at the end)."""

    def __init__(
        self,
        runner: Runner,
        fetch: Fetch,
        page: int = 500,
        parent: Any = None,
        links: Links | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._links_of = links
        self._links: dict[int, list[Any]] = {}
        self._page = page
        self._rows: list[TaskRow] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0

    def set_fetch(self, fetch: Fetch) -> None:
        """Read tasks from another query (a new filter); call `reload` after."""
        self._fetch = fetch

    async def reload(self) -> None:
        """Replace the rows with the first page of the current query."""
        self._generation += 1
        generation = self._generation
        rows, links = await self._runner.call(self._read, 0, self._page)
        if generation != self._generation:
            return  # a newer reload started meanwhile; its result wins
        self.beginResetModel()
        self._rows = rows
        self._links = links
        self._exhausted = len(rows) < self._page
        self._loading = False
        self.endResetModel()
        self.sig_loaded.emit()

    def _read(self, offset: int, limit: int) -> tuple[list[TaskRow], dict[int, list[Any]]]:
        """One page and its sync links (runs on the database thread)."""
        rows = list(self._fetch(offset, limit))
        return rows, self.links_for(rows)

    def links_for(self, rows: Sequence[TaskRow]) -> dict[int, list[Any]]:
        """Sync links of these rows (call on the database thread)."""
        return self._links_of([row.id for row in rows]) if self._links_of and rows else {}

    def set_rows(
        self,
        rows: Sequence[TaskRow],
        *,
        complete: bool = True,
        links: dict[int, list[Any]] | None = None,
    ) -> None:
        """Show a first page read elsewhere; unless `complete`, fetchMore continues after it."""
        self._generation += 1
        self.beginResetModel()
        self._rows = list(rows)
        self._links = dict(links or {})
        self._exhausted = complete
        self._loading = False
        self.endResetModel()
        self.sig_loaded.emit()

    async def load_all(self) -> None:
        """Reload and keep fetching until every page is in (board columns, calendar)."""
        await self.reload()
        while not self._exhausted:
            await self._load_more()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        """Whether another page may exist."""
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        """Load the next page in the background; rows are inserted when it arrives."""
        if self.canFetchMore(parent):
            self._loading = True
            self._runner.spawn(self._load_more())

    async def _load_more(self) -> None:
        generation = self._generation
        rows, links = await self._runner.call(self._read, len(self._rows), self._page)
        self._loading = False
        if generation != self._generation:
            return
        self._links.update(links)
        self._exhausted = len(rows) < self._page
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.sig_loaded.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title for display, the TaskRow for TaskRole, a summary for tooltips and readers."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return task.title
        if role == TaskRole:
            return task
        if role == SyncRole:
            return self._links.get(task.id, [])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            synced = [link.account for link in self._links.get(task.id, [])]
            parts = [task.title, task.assignee or "", task.chat_name or "", ", ".join(synced)]
            return " — ".join(part for part in parts if part)
        return None

    def task(self, row: int) -> TaskRow:
        """The task at `row`."""
        return self._rows[row]

    def tasks(self) -> list[TaskRow]:
        """Every loaded task, in order."""
        return list(self._rows)

    def row_of(self, task_id: int) -> int:
        """Row of a task id, -1 when not loaded."""
        return next((row for row, task in enumerate(self._rows) if task.id == task_id), -1)

    def replace(self, task: TaskRow) -> None:
        """Show a changed task in place (after an edit) without reloading."""
        row = self.row_of(task.id)
        if row >= 0:
            self._rows[row] = task
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def remove_ids(self, ids: Sequence[int]) -> None:
        """Drop rows of these task ids (confirmed or rejected suggestions leave the inbox)."""
        for task_id in ids:
            row = self.row_of(task_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Tasks are selectable and draggable; the list accepts drops between rows."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def mimeTypes(self) -> list[str]:
        """The one mime type tasks travel as."""
        return [TASK_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged tasks' ids."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids([self._rows[row].id for row in rows])

    def supportedDropActions(self) -> Qt.DropAction:
        """Tasks are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Tasks are moved, never copied."""
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Only task drags are accepted."""
        return bool(decode_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Report the drop; the page moves the tasks through the engine and reloads.

        Returning False keeps Qt from removing the source rows itself: the engine is the
        source of truth and the reload shows the result.
        """
        ids = decode_ids(data)
        if ids:
            if parent.isValid():
                row = parent.row()
            self.sig_dropped.emit(ids, row)
        return False
