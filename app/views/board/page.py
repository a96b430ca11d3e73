"""Board: columns side by side, filters, quick add, drag and drop, keyboard moves."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import term
from app.views.board.column import BoardColumn
from engine.store.rows import ColumnRow, TaskRow

DUE_RANGES = ("any", "overdue", "today", "week", "none")
BOARD_PAGE = 200
"""Cards a column shows at first; more load as it scrolls."""


def sync_links(db: Any, rows: list[TaskRow]) -> dict[int, list[Any]]:
    """Sync badges of a page of cards (database thread)."""
    from engine.sync.store import links_for_tasks

    return dict(links_for_tasks(db, [row.id for row in rows])) if rows else {}


class BoardPage(QWidget):
    """The kanban board over confirmed tasks of the current mode."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Board"))
        self.columns: list[BoardColumn] = []
        self.quick_add = QLineEdit(self)
        self.quick_add.setObjectName("quick-add")
        self.quick_add.setAccessibleName(self.tr("Quick add a task"))
        self.quick_add.setPlaceholderText(
            self.tr("Add a task: “Call Ana tomorrow 5pm !high #home”")
        )
        self.quick_add.returnPressed.connect(lambda: context.runner.spawn(self._quick_add()))
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.quick_add, 3)
        for name, label in (("chat", self.tr("Chat")), ("assignee", self.tr("Person")),
                            ("priority", self.tr("Priority")), ("category", self.tr("Category")),
                            ("due", self.tr("Due"))):  # fmt: skip
            combo = QComboBox(self)
            combo.setAccessibleName(label)
            combo.setToolTip(label)
            combo.currentIndexChanged.connect(lambda _=0: context.runner.spawn(self.load()))
            self.filters[name] = combo
            bar.addWidget(combo)
        add = QPushButton(self.tr("+ Column"), self)
        add.setAccessibleName(self.tr("Add column"))
        add.clicked.connect(lambda: context.runner.spawn(self.add_column()))
        bar.addWidget(add)
        self.strip = QWidget(self)
        self.strip_layout = QHBoxLayout(self.strip)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll)
        self._actions()
        context.sig_tasks_changed.connect(lambda: context.runner.spawn(self.load()))
        context.sig_mode_changed.connect(lambda _: context.runner.spawn(self.load()))
        self._fill_static_filters()

    def _actions(self) -> None:
        for text, key, step in ((self.tr("Move task right"), "Ctrl+Right", 1),
                                (self.tr("Move task left"), "Ctrl+Left", -1)):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(
                lambda _=False, s=step: self.context.runner.spawn(self.move_selected(s))
            )
            self.addAction(action)
        rename = QAction(self.tr("Rename column"), self)
        rename.setShortcut(QKeySequence("F2"))
        rename.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        rename.triggered.connect(lambda: self.context.runner.spawn(self.rename_focused_column()))
        self.addAction(rename)
        focus = QAction(self.tr("Quick add"), self)
        focus.setShortcut(QKeySequence("Ctrl+N"))
        focus.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.triggered.connect(self.quick_add.setFocus)
        self.addAction(focus)

    def _fill_static_filters(self) -> None:
        self.filters["priority"].addItem(self.tr("Any priority"), None)
        for value in ("urgent", "high", "normal", "low"):
            self.filters["priority"].addItem(term("priority", value), value)
        labels = {"any": self.tr("Any due date"), "overdue": self.tr("Overdue"),
                  "today": self.tr("Due today"), "week": self.tr("Next 7 days"),
                  "none": self.tr("No due date")}  # fmt: skip
        for key in DUE_RANGES:
            self.filters["due"].addItem(labels[key], key)

    async def _fill_dynamic_filters(self) -> None:
        engine = self.context.engine
        chats = await self.context.runner.call(engine.chats.all)
        people = await self.context.runner.call(engine.tasks.distinct, "assignee")
        categories = await self.context.runner.call(engine.tasks.distinct, "category")
        for name, first, items in (
            ("chat", self.tr("Any chat"), [(c.name, c.id) for c in chats]),
            ("assignee", self.tr("Anyone"), [(p, p) for p in people]),
            ("category", self.tr("Any category"), [(c, c) for c in categories]),
        ):
            combo = self.filters[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _filter_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if (chat := self.filters["chat"].currentData()) is not None:
            fields["chat_ids"] = (chat,)
        for name in ("assignee", "priority", "category"):
            if (value := self.filters[name].currentData()) is not None:
                fields[name] = value
        now = self.context.now()
        start = datetime.combine(
            now.astimezone(self.context.zone()).date(),
            datetime.min.time(),
            tzinfo=self.context.zone(),
        )
        due = self.filters["due"].currentData()
        if due == "overdue":
            fields.update(due_to=now, status="open")
        elif due == "today":
            fields.update(due_from=start, due_to=start + timedelta(days=1))
        elif due == "week":
            fields.update(due_from=start, due_to=start + timedelta(days=7))
        elif due == "none":
            fields["has_due"] = False
        return fields

    async def load(self) -> None:
        """Build the columns (when they changed) and show each column's first page of cards.

        One worker call reads the columns, a first page per column and each column's total;
        further cards load as a column is scrolled (fetchMore), so a board of any size opens
        at the cost of a few pages.
        """
        fields = self._filter_fields()
        columns, pages = await self.context.runner.call(self._read_board, fields)
        if [c.column for c in self.columns] != columns:
            self._rebuild(columns)
        for column in self.columns:
            column.set_filter(**fields)
            rows, total, links = pages.get(column.column.id, ([], 0, {}))
            column.model.set_rows(rows, complete=len(rows) >= total, links=links)
            column.total = total
            column.update_header()
        # Filter menus after the cards: they read every chat, which can wait a moment.
        await self._fill_dynamic_filters()

    def _read_board(
        self, fields: dict[str, Any]
    ) -> tuple[list[ColumnRow], dict[int, tuple[list[TaskRow], int, dict[int, list[Any]]]]]:
        tasks = self.context.engine.tasks
        columns = tasks.columns()
        pages = {}
        for column in columns:
            where = self.context.task_filter(
                state="confirmed", board_column=(column.id, column.status), **fields
            )
            rows = tasks.query(where, limit=BOARD_PAGE, order="board")
            total = len(rows) if len(rows) < BOARD_PAGE else tasks.count(where)
            pages[column.id] = (rows, total, sync_links(self.context.engine.db, rows))
        return columns, pages

    def _rebuild(self, columns: list[ColumnRow]) -> None:
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        for row in columns:
            column = BoardColumn(self.context, row, self.strip)
            column.setMinimumWidth(240)
            column.sig_dropped.connect(
                lambda ids, target, before: self.context.runner.spawn(
                    self.move(ids, target, before)
                )
            )
            column.sig_activated.connect(self.context.sig_open_task.emit)
            self.strip_layout.addWidget(column)
            self.columns.append(column)

    async def move(self, ids: list[int], column_id: int, before: int | None) -> None:
        """Move tasks (undoable) and reload."""
        engine = self.context.engine
        old = await self.context.runner.call(lambda: [engine.tasks.get(i) for i in ids])

        async def redo() -> None:
            await self.context.runner.call(engine.tasks.place, ids, column_id, before)

        async def undo() -> None:
            for task in old:
                await self.context.runner.call(
                    engine.tasks.update, task.id,
                    {"column_id": task.column_id, "position": task.position, "status": task.status},
                )  # fmt: skip

        self.context.do(self.tr("Move %n task(s)", "", len(ids)), redo, undo)

    async def move_selected(self, step: int) -> None:
        """Move the focused column's selected cards one column left or right."""
        for index, column in enumerate(self.columns):
            ids = column.selected_ids()
            if ids and column.list.hasFocus():
                target = index + step
                if 0 <= target < len(self.columns):
                    await self.move(ids, self.columns[target].column.id, None)
                return

    async def add_column(self) -> None:
        """Ask for a name and add a column at the right end."""
        name, ok = QInputDialog.getText(self, self.tr("Add column"), self.tr("Column name:"))
        if ok and name.strip():
            await self.context.runner.call(self.context.engine.tasks.add_column, name)
            await self.load()

    async def rename_focused_column(self) -> None:
        """Rename the column that has the keyboard focus."""
        column = next((c for c in self.columns if c.list.hasFocus()), None)
        if column is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename column"), self.tr("Column name:"), text=column.column.name
        )
        if ok and name.strip():
            await self.context.runner.call(
                self.context.engine.tasks.rename_column, column.column.id, name
            )
            column.rename(name.strip())

    async def _quick_add(self) -> None:
        text = self.quick_add.text().strip()
        if not text:
            return
        self.quick_add.clear()
        engine = self.context.engine
        task = await self.context.runner.call(engine.tasks.quick_add, text)
        self.context.sig_status.emit(self.tr("Added “{title}”").format(title=task.title))
        self.context.sig_tasks_changed.emit()
