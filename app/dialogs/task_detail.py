"""Task detail: every field editable, the source messages with a jump to the chat, the history."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.dialogs.history import history_line
from app.i18n import format_datetime, term
from app.views.context_html import marked
from app.widgets.task_card import due_text
from engine.store.tasks import TaskDetail

PRIORITIES = ("urgent", "high", "normal", "low")
STATUSES = ("open", "done", "cancelled")


class TaskDetailDialog(QDialog):
    """Opened from the board, calendar, chats and search; saving is one undoable change."""

    def __init__(
        self,
        context: AppContext,
        detail: TaskDetail,
        parent: QWidget | None = None,
        links: list[Any] | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.links = links or []
        task = detail.task
        self.setWindowTitle(self.tr("Task: {title}").format(title=task.title))
        self.setAccessibleName(self.tr("Task details"))
        self.title = QLineEdit(task.title, self)
        self.description = QPlainTextEdit(task.description, self)
        self.assignee = QLineEdit(task.assignee or "", self)
        self.due = QLineEdit(due_text(task, context.zone(), context.now()), self)
        self.due.setReadOnly(True)
        self.priority = QComboBox(self)
        for value in PRIORITIES:
            self.priority.addItem(term("priority", value), value)
        self.priority.setCurrentIndex(PRIORITIES.index(task.priority))
        self.status = QComboBox(self)
        for value in STATUSES:
            self.status.addItem(term("status", value), value)
        self.status.setCurrentIndex(STATUSES.index(task.status))
        self.category = QLineEdit(task.category or "", self)
        labelled = (
            (self.title, self.tr("Title")),
            (self.description, self.tr("Description")),
            (self.assignee, self.tr("Assignee")),
            (self.due, self.tr("Due")),
            (self.priority, self.tr("Priority")),
            (self.status, self.tr("Status")),
            (self.category, self.tr("Category")),
        )
        for widget, name in labelled:
            widget.setAccessibleName(name)
        self.sources = QTextBrowser(self)
        self.sources.setAccessibleName(self.tr("Source messages"))
        self.sources.setOpenLinks(False)
        self.sources.anchorClicked.connect(self._open_link)
        self.sources.setHtml(self._sources_html())
        self.history = QTextBrowser(self)
        self.history.setAccessibleName(self.tr("History"))
        self.history.setHtml(self._history_html())
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Assignee"), self.assignee)
        form.addRow(self.tr("D&ue"), self.due)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("Messages"), self.sources)
        form.addRow(self.tr("History"), self.history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _sources_html(self) -> str:
        parts = [self._links_html()] if self.links else []
        open_in_chat = self.tr("Open in chat")
        for source in self.detail.sources:
            message = source.message
            link = f'<a href="message:{message.id}">{open_in_chat}</a>'
            sent = format_datetime(message.sent_at, "dd MMM yyyy HH:mm")
            parts.append(
                f"<p><b>{message.author or ''}</b> <small>{sent} · {term('role', source.role)}"
                f"</small> {link}<br>{marked(message.text, source.spans)}</p>"
            )
        return "".join(parts) or self.tr("Written by you.")

    def _links_html(self) -> str:
        items = []
        for link in self.links:
            state = self.tr("synced") if link.synced else self.tr("waiting to sync")
            name = html.escape(link.account)
            target = f'<a href="{html.escape(link.url)}">{name}</a>' if link.url else name
            items.append(f"{target} ({state})")
        return "<p>" + self.tr("Synced to: {tools}").format(tools=", ".join(items)) + "</p>"

    def _history_html(self) -> str:
        zone = self.context.zone()
        return "<br>".join(history_line(event, zone) for event in self.detail.events)

    def _open_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("message:"):
            self.context.sig_open_message.emit(int(text.split(":", 1)[1]))
            self.reject()
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def changes(self) -> dict[str, Any]:
        """Fields the user changed."""
        task = self.detail.task
        wanted: dict[str, Any] = {
            "title": self.title.text().strip() or task.title,
            "description": self.description.toPlainText(),
            "assignee": self.assignee.text().strip() or None,
            "priority": self.priority.currentData(),
            "status": self.status.currentData(),
            "category": self.category.text().strip() or None,
        }
        return {name: value for name, value in wanted.items() if getattr(task, name) != value}

    def save(self) -> None:
        """Apply the changes as one undoable step."""
        changes = self.changes()
        if not changes:
            return
        engine, runner = self.context.engine, self.context.runner
        task = self.detail.task
        before = {name: getattr(task, name) for name in changes}

        async def redo() -> None:
            await runner.call(engine.tasks.update, task.id, changes)

        async def undo() -> None:
            await runner.call(engine.tasks.update, task.id, before)

        self.context.do(self.tr("Edit “{title}”").format(title=task.title), redo, undo)
