"""Painting of the chats page: message bubbles and chat-list rows with their badges."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.i18n import format_datetime, term
from app.models.chats import ChatRole, CountRole
from app.models.messages import MessageRole, TaskIdRole, message_text
from engine.store.rows import ChatRow, MessageRow

Index = QModelIndex | QPersistentModelIndex
AUTHOR_COLORS = ("#1a73e8", "#188038", "#c5221f", "#a142f4", "#e37400", "#007b83", "#b80672")
TASK_COLOR = QColor("#f9ab00")
TEXT_LINES = 2
"""Lines of message text shown in a bubble; every row has the same height, so a 100k-message
chat lays out without reading any message (the full text is in the tooltip)."""


def author_color(author: str) -> QColor:
    """A stable colour per author name."""
    return QColor(AUTHOR_COLORS[zlib.crc32(author.encode()) % len(AUTHOR_COLORS)])


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
    return small


def _draw_lines(painter: QPainter, text: str, font: QFont, rect: QRect, lines: int) -> None:
    """Wrap `text` into at most `lines` lines in `rect`, eliding the last one."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text.replace("\n", " \u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    shown: list[tuple[int, int]] = []
    while len(shown) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        shown.append((line.textStart(), line.textLength()))
    layout.endLayout()
    flat = layout.text()
    painter.setFont(font)
    for number, (start, length) in enumerate(shown):
        piece = flat[start : start + length].replace("\u2028", "").rstrip()
        if number == len(shown) - 1 and start + length < len(flat.rstrip()):
            piece = metrics.elidedText(
                flat[start:].replace("\u2028", " "), Qt.TextElideMode.ElideRight, rect.width()
            )
        top = rect.top() + number * metrics.height()
        painter.drawText(
            QRect(rect.left(), top, rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            piece,
        )


class MessageBubbleDelegate(QStyledItemDelegate):
    """A bubble: author and time on top, two lines of text; system notices centred and muted."""

    @staticmethod
    def row_height(font: QFont) -> int:
        """The one height of every bubble row."""
        return QFontMetrics(_small(font)).height() + TEXT_LINES * QFontMetrics(font).height() + 22

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Fixed height, so the view never reads a message just to measure it."""
        return QSize(300, self.row_height(option.font))  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the bubble (or a grey placeholder while the page loads)."""
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        message: MessageRow | None = index.data(MessageRole)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if message is None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.alternateBase())
            painter.drawRoundedRect(rect.adjusted(12, 6, -rect.width() // 3, -6), 8, 8)
            painter.restore()
            return
        if message.kind == "system":
            self._paint_notice(painter, rect, font, palette, message, selected)
            painter.restore()
            return
        task_id = index.data(TaskIdRole)
        bubble = rect.adjusted(12, 3, -max(rect.width() // 5, 24), -3)
        background = palette.base().color()
        if task_id is not None:
            background = QColor(TASK_COLOR)
            background.setAlpha(60)
        painter.setPen(palette.highlight().color() if selected else palette.mid().color())
        painter.setBrush(background)
        painter.drawRoundedRect(bubble, 8, 8)
        if task_id is not None:
            painter.fillRect(
                QRect(bubble.left(), bubble.top() + 6, 4, bubble.height() - 12), TASK_COLOR
            )
        inner = bubble.adjusted(12, 5, -10, -5)
        small = _small(font)
        small_height = QFontMetrics(small).height()
        header = QRect(inner.left(), inner.top(), inner.width(), small_height)
        author = message.author or ""
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(author_color(author))
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, author)
        stamp = format_datetime(message.sent_at, "dd MMM yyyy HH:mm")
        stamp += " ✎" if message.edited else ""
        if task_id is not None:
            stamp = "✔ " + self.tr("task") + "  ·  " + stamp
        painter.setFont(small)
        painter.setPen(palette.placeholderText().color())
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stamp)
        body = QFont(font)
        if message.deleted or message.kind == "media":
            body.setItalic(True)
        painter.setPen(
            palette.placeholderText().color() if message.deleted else palette.text().color()
        )
        text_rect = QRect(
            inner.left(), header.bottom() + 3, inner.width(), inner.bottom() - header.bottom() - 3
        )
        _draw_lines(painter, message_text(message), body, text_rect, TEXT_LINES)
        painter.restore()

    def _paint_notice(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
        palette: QPalette,
        message: MessageRow,
        selected: bool,
    ) -> None:
        small = _small(font)
        small.setItalic(True)
        metrics = QFontMetrics(small)
        text = metrics.elidedText(
            f"{format_datetime(message.sent_at, 'dd MMM HH:mm')} · {message.text}",
            Qt.TextElideMode.ElideRight,
            rect.width() - 60,
        )
        width = metrics.horizontalAdvance(text) + 24
        pill = QRect(
            rect.center().x() - width // 2,
            rect.center().y() - metrics.height() // 2 - 4,
            width,
            metrics.height() + 8,
        )
        painter.setPen(palette.highlight().color() if selected else Qt.PenStyle.NoPen)
        painter.setBrush(palette.alternateBase())
        painter.drawRoundedRect(pill, 8, 8)
        painter.setFont(small)
        painter.setPen(palette.placeholderText().color())
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)


class ChatRowDelegate(QStyledItemDelegate):
    """Chat name, mode and size; a badge with the pending suggestions on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Two text lines."""
        font = option.font  # type: ignore[attr-defined]
        return QSize(200, QFontMetrics(font).height() + QFontMetrics(_small(font)).height() + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the row."""
        chat: ChatRow | None = index.data(ChatRole)
        if chat is None:
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        count = int(index.data(CountRole) or 0)
        inner = rect.adjusted(10, 6, -10, -6)
        badge_width = 0
        if count:
            label = str(count)
            metrics = QFontMetrics(font)
            badge_width = max(metrics.horizontalAdvance(label) + 14, metrics.height() + 4)
            badge = QRect(
                inner.right() - badge_width,
                inner.center().y() - metrics.height() // 2 - 2,
                badge_width,
                metrics.height() + 4,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TASK_COLOR)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor("#202124"))
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        name_font = QFont(font)
        name_font.setBold(count > 0)
        name_rect = QRect(
            inner.left(), inner.top(), inner.width() - badge_width - 6, QFontMetrics(font).height()
        )
        painter.setFont(name_font)
        painter.setPen(text_color)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(
                chat.name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
        small = _small(font)
        details = [
            term("mode", chat.mode),
            self.tr("%n message(s)", "", chat.message_count),
        ]
        if chat.never_suggest:
            details.append(self.tr("no suggestions"))
        painter.setFont(small)
        painter.setPen(text_color if selected else palette.placeholderText().color())
        painter.drawText(
            QRect(
                inner.left(),
                name_rect.bottom() + 2,
                name_rect.width(),
                QFontMetrics(small).height(),
            ),
            Qt.AlignmentFlag.AlignLeft,
            "  ·  ".join(details),
        )
        painter.restore()
