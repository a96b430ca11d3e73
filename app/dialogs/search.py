"""Search everywhere (Ctrl+K): messages and tasks as you type; Enter opens the chosen result."""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import format_datetime, term
from engine.store import SNIPPET_MARKS
from engine.store.rows import SearchHit, TaskRow

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 200
LIMIT = 30
ResultRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Result:
    """One search result: a task or a message, with its two display lines (HTML)."""

    kind: str
    """'task' or 'message'."""
    id: int
    title: str
    detail: str


def snippet_html(snippet: str) -> str:
    """An FTS snippet as HTML, its matches in bold."""
    escaped = html.escape(snippet).replace("\n", " ")
    return escaped.replace(SNIPPET_MARKS[0], "<b>").replace(SNIPPET_MARKS[1], "</b>")


class SearchResultsModel(QAbstractListModel):
    """Results of the latest search, tasks first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Result] = []

    def set_results(self, rows: list[Result]) -> None:
        """Replace the results."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Results shown."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Plain text for display and screen readers, the Result for ResultRole."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        if role == ResultRole:
            return result
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            plain = f"{result.title} — {result.detail}".replace("<b>", "").replace("</b>", "")
            return html.unescape(plain)
        return None

    def result(self, row: int) -> Result:
        """The result at `row`."""
        return self._rows[row]


class ResultDelegate(QStyledItemDelegate):
    """Two lines of rich text: the title, and the snippet with its matches in bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Two lines."""
        return QSize(300, 2 * QFontMetrics(option.font).height() + 14)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the result."""
        result: Result | None = index.data(ResultRole)
        if result is None:
            return
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.highlight())  # type: ignore[attr-defined]
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(2)
        document.setHtml(f"<b>{result.title}</b><br>{result.detail}")
        painter.translate(option.rect.left() + 8, option.rect.top() + 4)  # type: ignore[attr-defined]
        context = QAbstractTextDocumentLayout.PaintContext()
        color = palette.highlightedText() if selected else palette.text()
        context.palette.setColor(QPalette.ColorRole.Text, color.color())
        context.clip = QRectF(0, 0, option.rect.width() - 16, option.rect.height() - 8)  # type: ignore[attr-defined]
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchDialog(QDialog):
    """One field; results follow as you type; the newest search wins, older ones are cancelled."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("search-dialog")
        self.setWindowTitle(self.tr("Search everywhere"))
        self.setAccessibleName(self.tr("Search messages and tasks"))
        self.resize(640, 460)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Search text"))
        self.field.setPlaceholderText(
            self.tr("Search messages and tasks… (↑↓ to choose, Enter to open)")
        )
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.activated.connect(self.open_result)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self._search: asyncio.Task[Any] | None = None
        self._generation = 0
        self._open_when_ready = False
        self.field.setFocus()

    def _start_search(self) -> None:
        if self._search is not None and not self._search.done():
            self._search.cancel()
        self._search = self.context.runner.spawn(self.search(self.field.text()))

    def _find(self, text: str) -> tuple[list[TaskRow], list[SearchHit], dict[int, str]]:
        engine = self.context.engine
        tasks = engine.tasks.query(
            self.context.task_filter(text=text, states=("suggested", "confirmed")), limit=LIMIT
        )
        hits = engine.chats.search(text, LIMIT)
        modes = {chat.id: chat.mode for chat in engine.chats.all()} if hits else {}
        return tasks, hits, modes

    async def search(self, text: str) -> None:
        """Search tasks and messages for `text`; results of an older search are ignored."""
        self._generation += 1
        generation = self._generation
        text = text.strip()
        if not text:
            self.model.set_results([])
            self.status.clear()
            return
        tasks, hits, modes = await self.context.runner.call(self._find, text)
        if generation != self._generation:
            return
        rows = [self._task_result(task) for task in tasks]
        mode = self.context.mode
        rows += [
            Result(
                "message",
                hit.message_id,
                html.escape(
                    f"{hit.chat_name} · {hit.author or ''} · "
                    + format_datetime(hit.sent_at, "dd MMM yyyy HH:mm")
                ),
                snippet_html(hit.snippet),
            )
            for hit in hits
            if mode == "hybrid" or modes.get(hit.chat_id) in (mode, "hybrid")
        ]
        self.model.set_results(rows)
        self.status.setText(self.tr("%n result(s)", "", len(rows)))
        if rows:
            self.results.setCurrentIndex(self.model.index(0))
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_result()

    def _task_result(self, task: TaskRow) -> Result:
        suggested = task.state == "suggested"
        state = term("state", task.state) if suggested else term("status", task.status)
        parts = [self.tr("Task"), state, task.assignee or "", task.chat_name or ""]
        return Result(
            "task", task.id, html.escape(task.title), html.escape(" · ".join(p for p in parts if p))
        )

    def open_result(self, index: QModelIndex | None = None) -> None:
        """Open a task result, jump to a message result; closes the dialog."""
        index = index if index is not None and index.isValid() else self.results.currentIndex()
        if not index.isValid():
            return
        result = self.model.result(index.row())
        self.accept()
        if result.kind == "task":
            self.context.sig_open_task.emit(result.id)
        else:
            self.context.sig_open_message.emit(result.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the field move through the results; Enter opens the current one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or (self._search is not None and not self._search.done()):
                    self._open_when_ready = True  # results for the latest text are not in yet
                    if self._timer.isActive():
                        self._timer.stop()
                        self._start_search()
                    return True
                self.open_result()
                return True
            if watched is self.field and key in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                row = self.results.currentIndex().row()
                step = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 5,
                    Qt.Key.Key_PageUp: -5,
                }[Qt.Key(key)]
                if self.model.rowCount():
                    row = min(max(row + step, 0), self.model.rowCount() - 1)
                    self.results.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)
