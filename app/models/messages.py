"""A chat's messages as a lazy list model: every row counted, pages read only when first shown."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.i18n import format_datetime
from app.runner import Runner
from engine.core.engine import Engine
from engine.store.rows import MessageRow

MessageRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's MessageRow, or None while its page is loading."""
TaskIdRole = Qt.ItemDataRole.UserRole + 2
"""Role returning the id of the task this message is the source of, or None."""
Index = QModelIndex | QPersistentModelIndex
PAGE = 500


def tr(text: str) -> str:
    """Translate a message-list text."""
    return QCoreApplication.translate("MessageListModel", text)


def message_text(message: MessageRow) -> str:
    """What a message says, in words (media and deleted messages included)."""
    if message.deleted:
        return tr("This message was deleted")
    if message.kind == "media":
        name = message.media_name or tr("media")
        return f"📎 {name}" + (f"\n{message.text}" if message.text and message.text != name else "")
    return message.text


class MessageListModel(QAbstractListModel):
    """rowCount is the chat's total; `data` on a row not read yet schedules its page.

    A 100k-message chat opens with one count query; the view asks only for the rows it paints,
    so only those pages are read. Pages arrive on the GUI thread and emit dataChanged. Switching
    chats bumps a generation so pages of the previous chat that arrive late are dropped.
    """

    def __init__(
        self, runner: Runner, engine: Engine, page: int = PAGE, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._engine = engine
        self._page = page
        self._total = 0
        self._pages: dict[int, list[MessageRow]] = {}
        self._pending: dict[int, asyncio.Task[Any]] = {}
        self._tasks: dict[int, int] = {}
        self._generation = 0
        self.chat_id: int | None = None

    def _open(self, chat_id: int) -> tuple[int, dict[int, int], list[MessageRow]]:
        total = self._engine.chats.count_messages(chat_id)
        tasks = self._engine.chats.task_message_ids(chat_id)
        last = max(total - 1, 0) // self._page
        return total, tasks, self._engine.chats.messages(chat_id, last * self._page, self._page)

    async def set_chat(self, chat_id: int | None) -> None:
        """Show another chat (or none); its newest page is read with the count so it opens full."""
        self.chat_id = chat_id
        self._generation += 1
        generation = self._generation
        if chat_id is None:
            total, tasks, tail = 0, {}, []
        else:
            total, tasks, tail = await self._runner.call(self._open, chat_id)
        if generation != self._generation:
            return
        self.beginResetModel()
        self._pending.clear()  # pages of the previous chat still in flight are dropped on arrival
        self._total = total
        self._tasks = tasks
        self._pages = {(max(total - 1, 0) // self._page): tail} if tail else {}
        self.endResetModel()

    async def refresh_tasks(self) -> None:
        """Read which messages are task sources again (after a task changed)."""
        if self.chat_id is None:
            return
        generation = self._generation
        tasks = await self._runner.call(self._engine.chats.task_message_ids, self.chat_id)
        if generation == self._generation and tasks != self._tasks:
            self._tasks = tasks
            if self._total:
                self.dataChanged.emit(self.index(0), self.index(self._total - 1), [TaskIdRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Every message of the chat, loaded or not."""
        return 0 if parent.isValid() else self._total

    def loaded_pages(self) -> list[int]:
        """Numbers of the pages read so far (for tests and benchmarks)."""
        return sorted(self._pages)

    def message(self, row: int) -> MessageRow | None:
        """The message at `row`, None (and its page scheduled) when not read yet."""
        page = self._pages.get(row // self._page)
        if page is None:
            self._schedule(row // self._page)
            return None
        offset = row % self._page
        return page[offset] if offset < len(page) else None

    def _schedule(self, number: int) -> asyncio.Task[Any]:
        pending = self._pending.get(number)
        if pending is None:
            pending = self._runner.spawn(self._load(number, self._generation))
            self._pending[number] = pending
        return pending

    async def _load(self, number: int, generation: int) -> None:
        chat_id = self.chat_id
        if chat_id is None:
            return
        rows = await self._runner.call(
            self._engine.chats.messages, chat_id, number * self._page, self._page
        )
        if generation != self._generation:
            return
        self._pending.pop(number, None)
        self._pages[number] = rows
        if rows:
            first = number * self._page
            last = min(first + len(rows), self._total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first), self.index(last))

    async def ensure_row(self, row: int) -> MessageRow | None:
        """Read the page holding `row` (if needed) and return its message."""
        if not 0 <= row < self._total:
            return None
        number = row // self._page
        if number not in self._pages:
            await asyncio.shield(self._schedule(number))
        return self.message(row) if number in self._pages else None

    def task_id(self, row: int) -> int | None:
        """The task whose source is the message at `row`, None when it is no task's source."""
        message = self.message(row)
        return None if message is None else self._tasks.get(message.id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for display (a placeholder while loading), the MessageRow, its task id."""
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        message = self.message(index.row())
        if message is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return tr("Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return message_text(message)
        if role == MessageRole:
            return message
        if role == TaskIdRole:
            return self._tasks.get(message.id)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            author = message.author or tr("WhatsApp")
            sent = format_datetime(message.sent_at, "dd MMM yyyy HH:mm")
            text = f"{author}, {sent}: {message_text(message)}"
            if message.id in self._tasks:
                text += "\n" + tr("Source of a task — click or press Enter to open it")
            return text
        return None
