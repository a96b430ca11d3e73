"""One board column: a header with the column's name and count, and a list of task cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from app.context import AppContext
from app.models.tasks import TaskListModel
from app.widgets.task_card import TaskCardDelegate
from engine.store.rows import ColumnRow, TaskRow


class BoardColumn(QWidget):
    """A column's list accepts task drags from any column and reports where they land."""

    sig_dropped = Signal(list, int, object)
    """Task ids, target column id, id of the task they land before (None: the end)."""
    sig_activated = Signal(int)

    def __init__(self, context: AppContext, column: ColumnRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.column = column
        self._where = context.task_filter(
            state="confirmed", board_column=(column.id, column.status)
        )
        self.model = TaskListModel(
            context.runner, self._fetch, page=200, parent=self, links=self._sync_links
        )
        self.header = QLabel(self)
        self.header.setObjectName("board-column-header")
        self.list = QListView(self)
        self.list.setObjectName(f"board-column-{column.id}")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(TaskCardDelegate(context.zone, context.now, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        self.list.activated.connect(
            lambda index: self.sig_activated.emit(self.model.task(index.row()).id)
        )
        self.model.sig_dropped.connect(self._dropped)
        self.total = 0
        self.model.modelReset.connect(self.update_header)
        self.model.rowsInserted.connect(self.update_header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.list)
        self.rename(column.name)

    def rename(self, name: str) -> None:
        """Show a new name."""
        self.column = ColumnRow(self.column.id, name, self.column.position, self.column.status)
        self.list.setAccessibleName(self.tr("Column {name}").format(name=name))
        self.update_header()

    def set_filter(self, **fields: object) -> None:
        """Narrow the column's tasks (board filters); call `load` after."""
        self._where = self.context.task_filter(
            state="confirmed", board_column=(self.column.id, self.column.status), **fields
        )

    def _fetch(self, offset: int, limit: int) -> list[TaskRow]:
        return self.context.engine.tasks.query(
            self._where, offset=offset, limit=limit, order="board"
        )

    def _sync_links(self, task_ids: list[int]) -> dict[int, list[object]]:
        from engine.sync.store import links_for_tasks

        return dict(links_for_tasks(self.context.engine.db, task_ids)) if task_ids else {}

    async def load(self) -> None:
        """Load every task of the column."""
        await self.model.load_all()

    def update_header(self) -> None:
        """Name and number of cards (all of them, also those not loaded yet)."""
        count = max(self.total, self.model.rowCount())
        self.header.setText(f"<b>{self.column.name}</b>  <span style='color:gray'>{count}</span>")

    def _dropped(self, ids: list[int], row: int) -> None:
        before = self.model.task(row).id if 0 <= row < self.model.rowCount() else None
        if before in ids:
            return
        self.sig_dropped.emit(ids, self.column.id, before)

    def selected_ids(self) -> list[int]:
        """Ids of the selected cards."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.model.task(row).id for row in rows]
