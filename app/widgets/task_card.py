"""Paints a task as a card: priority stripe, title, due date, assignee and chat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.i18n import format_datetime
from app.models.tasks import SyncRole, TaskRole
from engine.core.due import is_overdue, task_zone
from engine.store.rows import TaskRow

PRIORITY_COLORS = {"urgent": "#d93025", "high": "#f29900", "normal": "#1a73e8", "low": "#9aa0a6"}
OVERDUE = QColor("#d93025")


def tr(text: str) -> str:
    """Translate a card text."""
    return QCoreApplication.translate("TaskCard", text)


def due_text(task: TaskRow, zone: ZoneInfo, now: datetime) -> str:
    """'Today 17:00', 'Tomorrow', 'Thu 12 Nov', or '' without a due date, in the user's zone."""
    if task.due_at is None:
        return ""
    local = task.due_at.astimezone(task_zone(task, zone))
    days = (local.date() - now.astimezone(zone).date()).days
    if days == 0:
        day = tr("Today")
    elif days == 1:
        day = tr("Tomorrow")
    elif days == -1:
        day = tr("Yesterday")
    else:
        day = format_datetime(local, "ddd dd MMM" if abs(days) < 180 else "dd MMM yyyy")
    return f"{day} {local:%H:%M}" if task.due_has_time else day


class TaskCardDelegate(QStyledItemDelegate):
    """Two-line card; fixed height so long lists lay out instantly (uniform item sizes)."""

    def __init__(self, zone: Callable[[], ZoneInfo], now: Callable[[], datetime], parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._zone = zone
        self._now = now

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Height of two text lines plus padding."""
        line = QFontMetrics(option.font).height()
        return QSize(220, 2 * line + 18)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the card."""
        task: TaskRow | None = index.data(TaskRole)
        if task is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect: QRect = option.rect.adjusted(3, 2, -3, -2)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        background = palette.highlight().color() if selected else palette.base().color()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.mid().color())
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(
            QRect(rect.left(), rect.top() + 4, 4, rect.height() - 8),
            QColor(PRIORITY_COLORS.get(task.priority, "#1a73e8")),
        )
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        inner = rect.adjusted(12, 5, -8, -5)
        links = index.data(SyncRole) or []
        if links:
            # Sync badge: green when every tool has the latest change, amber while pending.
            synced = all(link.synced for link in links)
            badge = QRect(inner.right() - 18, inner.top(), 18, 14)
            painter.setPen(QColor("#188038" if synced else "#f29900"))
            painter.drawText(
                badge, Qt.AlignmentFlag.AlignCenter, "⇄" if len(links) == 1 else f"⇄{len(links)}"
            )
            inner = inner.adjusted(0, 0, -22, 0)
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        if task.status != "open":
            font.setStrikeOut(True)
        painter.setFont(font)
        painter.setPen(text_color)
        metrics = QFontMetrics(font)
        painter.drawText(
            inner.adjusted(0, 0, 0, -inner.height() // 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(task.title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        now = self._now()
        details = [due_text(task, self._zone(), now), task.assignee or "", task.chat_name or ""]
        line = "  ·  ".join(part for part in details if part)
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        painter.setPen(
            OVERDUE
            if is_overdue(task, now, self._zone()) and not selected
            else palette.placeholderText().color()
            if not selected
            else text_color
        )
        painter.drawText(
            inner.adjusted(0, inner.height() // 2, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(line, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()
