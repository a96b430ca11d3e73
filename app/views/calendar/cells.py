"""Paints a calendar day: its number, then one chip per task (all-day first), and "+N more"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.calendar import DateRole, InMonthRole, TasksRole
from app.widgets.task_card import OVERDUE, PRIORITY_COLORS
from engine.core.due import is_overdue as overdue
from engine.store.rows import TaskRow

SPACING = 2


def tr(text: str) -> str:
    """Translate a calendar cell text."""
    return QCoreApplication.translate("Calendar", text)


def line_height(font: QFont) -> int:
    """Height of one chip for `font`."""
    return QFontMetrics(font).height() + 4


def chip_rects(cell: QRect, count: int, line: int) -> tuple[list[QRect], int]:
    """Rectangles of the chips that fit in a cell, and how many tasks are left over.

    Shared by the painter and the view's hit test, so a click lands on the chip it shows.
    """
    top = cell.top() + line + SPACING
    room = max((cell.bottom() - top - SPACING) // (line + SPACING), 0)
    shown = count if count <= room else max(room - 1, 0)
    rects = [
        QRect(cell.left() + 3, top + i * (line + SPACING), cell.width() - 6, line)
        for i in range(shown)
    ]
    return rects, count - shown


def chip_text(task: TaskRow, zone: ZoneInfo) -> str:
    """'17:00 Call Ana' for a timed task, the title alone for an all-day one."""
    if task.due_has_time and task.due_at is not None:
        return f"{task.due_at.astimezone(zone):%H:%M} {task.title}"
    return task.title


class DayCellDelegate(QStyledItemDelegate):
    """Draws a day cell; `current_task` is outlined (the keyboard's task within the day)."""

    def __init__(
        self,
        zone: Callable[[], ZoneInfo],
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = now
        self.current_task: int | None = None

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the day number and three chips."""
        return QSize(120, 4 * (line_height(option.font) + SPACING))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the day."""
        day: date | None = index.data(DateRole)
        if day is None:
            super().paint(painter, option, index)
            return
        tasks: list[TaskRow] = index.data(TasksRole) or []
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font = QFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        zone, now = self._zone(), self._now()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        in_month = bool(index.data(InMonthRole))
        painter.fillRect(rect, palette.base() if in_month else palette.alternateBase())
        painter.setPen(palette.mid().color())
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        line = line_height(font)
        self._paint_number(
            painter, rect, line, font, palette, day, day == now.astimezone(zone).date(), in_month
        )
        if selected:
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        rects, hidden = chip_rects(rect, len(tasks), line)
        for task, chip in zip(tasks, rects, strict=False):
            self._paint_chip(painter, chip, task, font, palette, zone, now)
        if hidden:
            more = QRect(
                rect.left() + 6,
                rect.top() + line + SPACING + len(rects) * (line + SPACING),
                rect.width() - 12,
                line,
            )
            painter.setPen(palette.placeholderText().color())
            painter.setFont(font)
            painter.drawText(
                more,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tr("+{n} more").format(n=hidden),
            )
        painter.restore()

    def _paint_number(
        self, painter: QPainter, rect: QRect, line: int, font: QFont, palette: QPalette,
        day: date, today: bool, in_month: bool,
    ) -> None:  # fmt: skip
        number = QRect(rect.left() + 4, rect.top() + 2, line + 4, line)
        bold = QFont(font)
        bold.setBold(today)
        painter.setFont(bold)
        if today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(number, line / 2, line / 2)
            painter.setPen(palette.highlightedText().color())
        else:
            painter.setPen(
                palette.text().color() if in_month else palette.placeholderText().color()
            )
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def _paint_chip(
        self, painter: QPainter, chip: QRect, task: TaskRow, font: QFont, palette: QPalette,
        zone: ZoneInfo, now: datetime,
    ) -> None:  # fmt: skip
        color = QColor(PRIORITY_COLORS.get(task.priority, "#1a73e8"))
        late = overdue(task, now, zone)
        fill = QColor(color)
        fill.setAlpha(70 if not task.due_has_time else 25)
        painter.setPen(QPen(OVERDUE, 1.5) if late else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, 4, 4)
        painter.fillRect(QRect(chip.left(), chip.top() + 2, 3, chip.height() - 4), color)
        if task.id == self.current_task:
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.adjusted(1, 1, -1, -1), 4, 4)
        chip_font = QFont(font)
        chip_font.setStrikeOut(task.status != "open")
        painter.setFont(chip_font)
        painter.setPen(
            OVERDUE
            if late
            else palette.text().color()
            if task.status == "open"
            else palette.placeholderText().color()
        )
        text_rect = chip.adjusted(7, 0, -3, 0)
        text = QFontMetrics(chip_font).elidedText(
            chip_text(task, zone), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
