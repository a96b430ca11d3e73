"""Inbox: suggested tasks with their source in context; confirm, edit, reject, undo."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import term
from app.models.tasks import TaskListModel
from app.views.context_html import conversation
from app.widgets.task_card import TaskCardDelegate, due_text
from engine.core.quick_add import parse_quick_add
from engine.store.rows import TaskRow
from engine.store.tasks import TaskFilter

PRIORITIES = ("urgent", "high", "normal", "low")


class InboxPage(QWidget):
    """Suggestions on the left; the selected one's conversation and editable fields on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("inbox")
        self.setAccessibleName(self.tr("Inbox of suggested tasks"))
        self.model = TaskListModel(context.runner, self._fetch, parent=self)
        self.list = QListView(self)
        self.list.setObjectName("inbox-list")
        self.list.setAccessibleName(self.tr("Suggested tasks"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(TaskCardDelegate(context.zone, context.now, self.list))
        self.empty = QLabel(self.tr("No suggestions. Import a chat to find tasks in it."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.source = QTextBrowser(self)
        self.source.setAccessibleName(self.tr("Source message in context"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.assignee = QLineEdit(self)
        self.assignee.setAccessibleName(self.tr("Assignee"))
        self.due = QLineEdit(self)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setPlaceholderText(self.tr("e.g. tomorrow 5pm, Friday, 2026-12-01"))
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        for value in PRIORITIES:
            self.priority.addItem(term("priority", value), value)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#d93025")

        self.confirm_action = self._action(
            self.tr("Confirm"), [Qt.Key.Key_Return, Qt.Key.Key_Enter], self.confirm_selected
        )
        self.reject_action = self._action(
            self.tr("Reject"), [Qt.Key.Key_Delete, Qt.Key.Key_Backspace], self.reject_selected
        )
        self.never_action = self._action(
            self.tr("Never suggest from this chat"),
            [QKeySequence("Ctrl+Shift+N")],
            self.never_from_chat,
        )
        self._build()
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reload)
        context.sig_tasks_changed.connect(self.refresh)
        context.sig_mode_changed.connect(self.refresh)
        self._shown: TaskRow | None = None

    def _action(self, text: str, keys: list[Any], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.context.runner.spawn(slot()))
        self.addAction(action)
        return action

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for action in (self.confirm_action, self.reject_action, self.never_action):
            button = QPushButton(action.text(), self)
            button.setAccessibleName(action.text())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text()} ({keys})")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Assignee"), self.assignee)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("&Priority"), self.priority)
        detail = self.detail = QWidget(self)
        detail.setObjectName("inbox-detail")
        right = QVBoxLayout(detail)
        right.addWidget(self.source, 3)
        right.addWidget(self.meta)
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(self.empty)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _fetch(self, offset: int, limit: int) -> list[TaskRow]:
        where: TaskFilter = self.context.task_filter(state="suggested")
        return self.context.engine.tasks.query(where, offset=offset, limit=limit, order="newest")

    def refresh(self) -> None:
        """Reload the suggestions (after an import, a change or a mode switch)."""
        self.context.runner.spawn(self.model.reload())

    def _after_reload(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self.list.setVisible(self.model.rowCount() > 0)
        self.detail.setEnabled(self.model.rowCount() > 0)
        if not self.model.rowCount():
            # A reset drops the selection without selectionChanged: clear the pane by hand.
            self._clear_detail()
        elif not self.list.selectionModel().hasSelection():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _clear_detail(self) -> None:
        self._shown = None
        self.source.clear()
        for field in (self.title, self.assignee, self.due):
            field.clear()
        self.priority.setCurrentIndex(PRIORITIES.index("normal"))
        self.meta.clear()
        self.error.clear()

    def selected_tasks(self) -> list[TaskRow]:
        """The tasks selected in the list, in list order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.model.task(row) for row in rows]

    def _selection_changed(self) -> None:
        selected = self.selected_tasks()
        self._shown = selected[0] if len(selected) == 1 else None
        self.error.clear()
        if self._shown is None:
            self.source.setHtml(self.tr("%n tasks selected", "", len(selected)) if selected else "")
            return
        task = self._shown
        self.title.setText(task.title)
        self.assignee.setText(task.assignee or "")
        self.due.setText(due_text(task, self.context.zone(), self.context.now()))
        self.priority.setCurrentIndex(PRIORITIES.index(task.priority))
        confidence = f"{(task.confidence or 0) * 100:.0f} %"
        self.meta.setText(
            self.tr("Chat: {chat} · confidence {confidence}").format(
                chat=task.chat_name or "—", confidence=confidence
            )
        )
        self.context.runner.spawn(self._show_source(task.id))

    async def _show_source(self, task_id: int) -> None:
        engine = self.context.engine
        detail = await self.context.runner.call(engine.tasks.detail, task_id)
        source = next((s for s in detail.sources if s.role == "source"), None)
        if source is None or self._shown is None or self._shown.id != task_id:
            return
        around = await self.context.runner.call(engine.chats.context, source.message.id, 3, 3)
        self.source.setHtml(conversation(around, source.message.id, source.spans))

    def _edits(self, task: TaskRow) -> dict[str, Any]:
        """Field changes typed into the form for the shown task; ValueError on a bad date."""
        changes: dict[str, Any] = {}
        if self.title.text().strip() and self.title.text().strip() != task.title:
            changes["title"] = self.title.text().strip()
        if (self.assignee.text().strip() or None) != task.assignee:
            changes["assignee"] = self.assignee.text().strip() or None
        if self.priority.currentData() != task.priority:
            changes["priority"] = self.priority.currentData()
        typed = self.due.text().strip()
        if typed != due_text(task, self.context.zone(), self.context.now()):
            changes.update(self._due(typed))
        return changes

    def _due(self, typed: str) -> dict[str, Any]:
        if not typed:
            return {"due_at": None, "due_has_time": False}
        zone = self.context.zone()
        parsed = parse_quick_add(
            typed, self.context.now().astimezone(zone), self.context.engine.settings.languages
        )
        if isinstance(parsed.due, datetime):
            return {"due_at": parsed.due, "due_has_time": True}
        if isinstance(parsed.due, date):
            return {
                "due_at": datetime.combine(parsed.due, time(0, 0), tzinfo=zone),
                "due_has_time": False,
            }
        raise ValueError(typed)

    async def confirm_selected(self) -> None:
        """Confirm the selection, applying the form's edits to a single shown task first."""
        tasks = self.selected_tasks()
        if not tasks:
            return
        edits: dict[str, Any] = {}
        if len(tasks) == 1 and self._shown is not None:
            try:
                edits = self._edits(tasks[0])
            except ValueError as error:
                self.error.setText(self.tr("Cannot read the date “{text}”.").format(text=error))
                return
        await self._decide(tasks, "confirmed", edits)

    async def reject_selected(self) -> None:
        """Reject the selection; rejected messages are never suggested again."""
        await self._decide(self.selected_tasks(), "rejected", {})

    async def _decide(self, tasks: list[TaskRow], state: str, edits: dict[str, Any]) -> None:
        if not tasks:
            return
        engine = self.context.engine
        ids = [task.id for task in tasks]
        before = {name: getattr(tasks[0], name) for name in edits}
        decide = engine.tasks.confirm if state == "confirmed" else engine.tasks.reject

        async def redo() -> None:
            if edits:
                await self.context.runner.call(engine.tasks.update, ids[0], edits)
            await self.context.runner.call(decide, ids)

        async def undo() -> None:
            await self.context.runner.call(engine.tasks.restore, ids)
            if before:
                await self.context.runner.call(engine.tasks.update, ids[0], before)

        text = (
            self.tr("Confirm %n task(s)", "", len(ids))
            if state == "confirmed"
            else self.tr("Reject %n task(s)", "", len(ids))
        )
        next_row = min(self.model.row_of(ids[0]), self.model.rowCount() - len(ids) - 1)
        self.model.remove_ids(ids)
        if next_row >= 0 and self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(max(next_row, 0)), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.context.do(text, redo, undo)

    async def never_from_chat(self) -> None:
        """Stop suggestions from the shown task's chat (asks nothing: undo brings them back)."""
        task = self._shown or next(iter(self.selected_tasks()), None)
        if task is None or task.chat_id is None:
            return
        engine = self.context.engine
        chat_id = task.chat_id
        pending = await self.context.runner.call(
            engine.tasks.query, TaskFilter(state="suggested", chat_ids=(chat_id,)), limit=100000
        )
        ids = [t.id for t in pending]

        async def redo() -> None:
            await self.context.runner.call(engine.chats.never_suggest, chat_id, True)

        async def undo() -> None:
            await self.context.runner.call(engine.chats.never_suggest, chat_id, False)
            await self.context.runner.call(engine.tasks.restore, ids)

        self.context.do(
            self.tr("Never suggest from {chat}").format(chat=task.chat_name), redo, undo
        )
