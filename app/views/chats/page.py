"""Chats: the chat list (with pending-task counts) and a lazily loaded message view."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import term
from app.models.chats import ChatListModel
from app.models.messages import MessageListModel, TaskIdRole
from app.views.chats.bubbles import ChatRowDelegate, MessageBubbleDelegate
from engine.store.rows import ChatRow
from engine.store.tasks import TaskFilter

CHAT_MODES = ("personal", "business", "hybrid")
MODE_KEYS = {"personal": "Ctrl+Shift+P", "business": "Ctrl+Shift+B", "hybrid": "Ctrl+Shift+H"}


class ChatsPage(QWidget):
    """Chats on the left, the selected chat's messages on the right; task sources highlighted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("chats")
        self.setAccessibleName(self.tr("Chats and their messages"))
        engine = context.engine
        self.chat_model = ChatListModel(context.runner, engine, parent=self)
        self.chat_list = QListView(self)
        self.chat_list.setObjectName("chat-list")
        self.chat_list.setAccessibleName(self.tr("Chats"))
        self.chat_list.setModel(self.chat_model)
        self.chat_list.setUniformItemSizes(True)
        self.chat_list.setItemDelegate(ChatRowDelegate(self.chat_list))
        self.chat_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chat_list.customContextMenuRequested.connect(self._chat_menu)

        self.message_model = MessageListModel(context.runner, engine, parent=self)
        # A table with one fixed-height column, not a QListView: QListView lays out every row on
        # a reset (~1 s for 100k rows, measured), a fixed-size vertical header costs nothing.
        self.messages = QTableView(self)
        self.messages.setObjectName("message-view")
        self.messages.setAccessibleName(self.tr("Messages"))
        self.messages.setModel(self.message_model)
        self.messages.horizontalHeader().hide()
        self.messages.horizontalHeader().setStretchLastSection(True)
        rows = self.messages.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(MessageBubbleDelegate.row_height(self.messages.font()))
        self.messages.setShowGrid(False)
        self.messages.setWordWrap(False)
        self.messages.setTabKeyNavigation(False)
        self.messages.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.messages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages.setItemDelegate(MessageBubbleDelegate(self.messages))
        self.messages.setMouseTracking(True)
        self.messages.clicked.connect(self._message_clicked)
        self.empty = QLabel(
            self.tr("Pick a chat on the left. Import a chat export with Ctrl+O."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.open_action = QAction(self.tr("Open the task of this message"), self.messages)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(lambda: self.open_task_at(self.messages.currentIndex()))
        self.messages.addAction(self.open_action)
        self.mode_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for mode in CHAT_MODES:
            action = self._action(
                self.tr("Chat mode: {mode}").format(mode=term("mode", mode)),
                MODE_KEYS[mode],
                lambda m=mode: self.set_chat_mode(m),
            )
            action.setCheckable(True)
            group.addAction(action)
            self.mode_actions[mode] = action
        self.never_action = self._action(
            self.tr("Never suggest from this chat"), "Ctrl+Shift+N", self.toggle_never_suggest
        )
        self.never_action.setCheckable(True)
        self._build()
        self._pending_message: int | None = None
        self.chat_list.selectionModel().currentChanged.connect(self._chat_changed)
        self.chat_model.modelReset.connect(self._reselect)
        context.sig_chats_changed.connect(self.refresh)
        context.sig_mode_changed.connect(self.refresh)
        context.sig_tasks_changed.connect(self._tasks_changed)
        context.sig_open_message.connect(self.show_message)

    def _action(self, text: str, key: str, slot: Callable[[], Coroutine[Any, Any, Any]]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({key})")
        action.triggered.connect(lambda _=False: self.context.runner.spawn(slot()))
        self.addAction(action)
        return action

    def _build(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.messages)
        column.addWidget(self.empty)
        self.messages.hide()
        splitter = QSplitter(self)
        splitter.addWidget(self.chat_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

    async def load(self) -> None:
        """Read the chats; show the first one unless a chat is shown or a jump is on its way."""
        await self.chat_model.reload(self.context.mode)
        if self._pending_message is not None:
            return
        chat_id = self.message_model.chat_id
        if chat_id is not None and self.chat_model.row_of(chat_id) >= 0:
            self._select_chat_row(chat_id)
        elif self.chat_model.rowCount():
            await self.show_chat(self.chat_model.chat(0).id)
        else:
            await self.message_model.set_chat(None)
            self.messages.hide()
            self.empty.show()

    def refresh(self) -> None:
        """Reload the list (after an import, a chat change or a mode switch) and the shown chat."""

        async def again() -> None:
            await self.load()
            if self.message_model.chat_id is not None and self._pending_message is None:
                await self.message_model.set_chat(self.message_model.chat_id)

        self.context.runner.spawn(again())

    def _reselect(self) -> None:
        """A reload resets the list: select the shown chat again."""
        if self.message_model.chat_id is not None:
            self._select_chat_row(self.message_model.chat_id)
        self._sync_actions()

    def _tasks_changed(self) -> None:
        self.context.runner.spawn(self.message_model.refresh_tasks())
        self.context.runner.spawn(self.chat_model.reload())

    def current_chat(self) -> ChatRow | None:
        """The chat selected in the list."""
        index = self.chat_list.currentIndex()
        return self.chat_model.chat(index.row()) if index.isValid() else None

    def _select_chat_row(self, chat_id: int) -> None:
        row = self.chat_model.row_of(chat_id)
        if row >= 0 and self.chat_list.currentIndex().row() != row:
            self.chat_list.selectionModel().setCurrentIndex(
                self.chat_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._sync_actions()

    def _chat_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._sync_actions()
        if current.isValid():
            chat_id = self.chat_model.chat(current.row()).id
            if chat_id != self.message_model.chat_id:
                self.context.runner.spawn(self.show_chat(chat_id))

    def _sync_actions(self) -> None:
        chat = self.current_chat()
        for mode, action in self.mode_actions.items():
            action.setEnabled(chat is not None)
            action.setChecked(chat is not None and chat.mode == mode)
        self.never_action.setEnabled(chat is not None)
        self.never_action.setChecked(chat is not None and chat.never_suggest)

    async def show_chat(self, chat_id: int, row: int | None = None) -> None:
        """Open a chat at its newest message, or at `row`, and select it in the list."""
        await self.message_model.set_chat(chat_id)
        self._select_chat_row(chat_id)
        self.empty.setVisible(False)
        self.messages.setVisible(True)
        total = self.message_model.rowCount()
        if not total:
            return
        target = total - 1 if row is None else min(max(row, 0), total - 1)
        await self.message_model.ensure_row(target)
        index = self.message_model.index(target)
        hint = (
            QAbstractItemView.ScrollHint.PositionAtBottom
            if row is None
            else QAbstractItemView.ScrollHint.PositionAtCenter
        )
        self.messages.scrollTo(index, hint)
        self.messages.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def show_message(self, message_id: int) -> None:
        """Slot of sig_open_message: open the message's chat scrolled to it."""
        self._pending_message = message_id
        self.context.runner.spawn(self.jump_to_message(message_id))

    async def jump_to_message(self, message_id: int) -> None:
        """Switch to the message's chat and scroll to the message, selected."""
        engine = self.context.engine
        try:
            found = await self.context.runner.call(engine.chats.context, message_id, 0, 0)
            position = await self.context.runner.call(engine.chats.position, message_id)
            if not found or position is None:
                self.context.sig_status.emit(self.tr("That message is no longer stored."))
                return
            await self.show_chat(found[0].chat_id, position)
            self.messages.setFocus()
        finally:
            if self._pending_message == message_id:
                self._pending_message = None

    def _message_clicked(self, index: QModelIndex) -> None:
        if index.data(TaskIdRole) is not None:
            self.open_task_at(index)

    def open_task_at(self, index: QModelIndex) -> None:
        """Open the task whose source is the message at `index` (nothing for plain messages)."""
        task_id = index.data(TaskIdRole) if index.isValid() else None
        if task_id is not None:
            self.context.sig_open_task.emit(int(task_id))

    def _chat_menu(self, point: QPoint) -> None:
        if not self.chat_list.indexAt(point).isValid():
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Chat actions"))
        menu.addActions(list(self.mode_actions.values()))
        menu.addSeparator()
        menu.addAction(self.never_action)
        menu.popup(self.chat_list.viewport().mapToGlobal(point))

    async def set_chat_mode(self, mode: str) -> None:
        """Put the selected chat in a mode (undoable)."""
        chat = self.current_chat()
        if chat is None or chat.mode == mode:
            self._sync_actions()
            return
        engine, chat_id, before = self.context.engine, chat.id, chat.mode

        def step(value: str) -> Callable[[], Coroutine[Any, Any, None]]:
            async def run() -> None:
                await self.context.runner.call(engine.chats.set_mode, chat_id, value)
                self.context.sig_chats_changed.emit()

            return run

        text = self.tr("Move {chat} to {mode}").format(chat=chat.name, mode=term("mode", mode))
        self.context.do(text, step(mode), step(before))

    async def toggle_never_suggest(self) -> None:
        """Stop (or resume) suggestions from the selected chat (undoable)."""
        chat = self.current_chat()
        if chat is None:
            return
        engine, chat_id, never = self.context.engine, chat.id, not chat.never_suggest
        pending = await self.context.runner.call(
            engine.tasks.query, TaskFilter(state="suggested", chat_ids=(chat_id,)), limit=100000
        )
        withdrawn = [task.id for task in pending] if never else []

        async def redo() -> None:
            await self.context.runner.call(engine.chats.never_suggest, chat_id, never)
            self.context.sig_chats_changed.emit()

        async def undo() -> None:
            await self.context.runner.call(engine.chats.never_suggest, chat_id, not never)
            if withdrawn:
                await self.context.runner.call(engine.tasks.restore, withdrawn)
            self.context.sig_chats_changed.emit()

        text = (
            self.tr("Never suggest from {chat}") if never else self.tr("Suggest again from {chat}")
        )
        self.context.do(text.format(chat=chat.name), redo, undo)
