"""The chat list: every chat of the current mode with its pending-suggestion count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.i18n import term
from app.runner import Runner
from engine.core.engine import Engine
from engine.store.rows import ChatRow

ChatRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's frozen ChatRow."""
CountRole = Qt.ItemDataRole.UserRole + 2
"""Role returning the chat's pending suggestions (its "unread tasks")."""
Index = QModelIndex | QPersistentModelIndex


def visible_in(chat: ChatRow, mode: str) -> bool:
    """Hybrid shows every chat; personal and business show their own chats and hybrid ones.

    This matches TaskFilter.mode, so the chat list and the task views agree.
    """
    return mode == "hybrid" or chat.mode in (mode, "hybrid")


def tr(text: str) -> str:
    """Translate a chat-list text."""
    return QCoreApplication.translate("ChatListModel", text)


class ChatListModel(QAbstractListModel):
    """Chats read on the database thread; `reload` replaces them, the newest reload wins."""

    def __init__(self, runner: Runner, engine: Engine, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._engine = engine
        self._rows: list[ChatRow] = []
        self._counts: dict[int, int] = {}
        self._generation = 0
        self.mode = "hybrid"

    def _read(self) -> tuple[list[ChatRow], dict[int, int]]:
        return self._engine.chats.all(), self._engine.chats.suggestion_counts()

    async def reload(self, mode: str | None = None) -> None:
        """Read the chats again (after an import, a change, or a mode switch)."""
        if mode is not None:
            self.mode = mode
        self._generation += 1
        generation = self._generation
        chats, counts = await self._runner.call(self._read)
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = [chat for chat in chats if visible_in(chat, self.mode)]
        self._counts = counts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Chats shown."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name for display, the ChatRow, its suggestion count, a summary for screen readers."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        chat = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return chat.name
        if role == ChatRole:
            return chat
        if role == CountRole:
            return self._counts.get(chat.id, 0)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr("{name}: {messages} messages, {pending} suggested tasks, mode {mode}").format(
                name=chat.name, messages=chat.message_count,
                pending=self._counts.get(chat.id, 0), mode=term("mode", chat.mode),
            )  # fmt: skip
        return None

    def chat(self, row: int) -> ChatRow:
        """The chat at `row`."""
        return self._rows[row]

    def row_of(self, chat_id: int) -> int:
        """Row of a chat id, -1 when it is not shown."""
        return next((row for row, chat in enumerate(self._rows) if chat.id == chat_id), -1)
