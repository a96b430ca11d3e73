"""The routing-rules editor of one account: which tasks (mode, chat, category, person,
priority) it receives."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import term
from engine.sync.routes_cli import MODES, PRIORITIES
from engine.sync.store import RouteRow

RULE_ID_ROLE = 0x0101
"""Item data role holding a rule's id (Qt.UserRole + 1)."""


class RoutesEditor(QGroupBox):
    """Lists an account's rules and builds a new one from the criteria fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Routing rules"))
        self.setObjectName("routes")
        self.setAccessibleName(self.tr("Routing rules"))
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("route-list")
        self.view.setAccessibleName(self.tr("Rules of the selected account"))
        self.view.setModel(self.model)
        self.mode = self._combo("route-mode", self.tr("Mode"), self.tr("Any mode"), "mode", MODES)
        self.chat = self._combo("route-chat", self.tr("Chat"), self.tr("Any chat"), "", ())
        self.priority = self._combo("route-priority", self.tr("Priority"),
                                    self.tr("Any priority"), "priority", PRIORITIES)
        self.category = self._line("route-category", self.tr("Category"))
        self.assignee = self._line("route-assignee", self.tr("Person"))
        self.target = self._line("route-target", self.tr("Target (calendar, list…)"))
        form = QFormLayout()
        for label, editor in ((self.tr("Mode"), self.mode), (self.tr("Chat"), self.chat),
                              (self.tr("Category"), self.category),
                              (self.tr("Person"), self.assignee),
                              (self.tr("Priority"), self.priority),
                              (self.tr("Target"), self.target)):
            form.addRow(label, editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(form)

    def _combo(
        self, name: str, label: str, anything: str, kind: str, values: tuple[str, ...]
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.addItem(anything, None)
        for value in values:
            combo.addItem(term(kind, value), value)
        return combo

    def _line(self, name: str, label: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(label)
        line.setPlaceholderText(self.tr("any"))
        return line

    def set_chats(self, chats: list[tuple[int, str]]) -> None:
        """Offer these chats (id, name) in the chat criterion."""
        current = self.chat.currentData()
        self.chat.clear()
        self.chat.addItem(self.tr("Any chat"), None)
        for chat_id, name in chats:
            self.chat.addItem(name, chat_id)
        self.chat.setCurrentIndex(max(self.chat.findData(current), 0))

    def show_routes(self, routes: list[RouteRow], chats: dict[int, str]) -> None:
        """Replace the listed rules."""
        self.model.clear()
        for route in routes:
            item = QStandardItem(f"{route.id}. {self.describe(route, chats)}")
            item.setEditable(False)
            item.setData(route.id, RULE_ID_ROLE)
            self.model.appendRow(item)

    def describe(self, route: RouteRow, chats: dict[int, str]) -> str:
        """One line for a rule: its criteria (or every confirmed task), target, and whether off."""
        parts = []
        if route.mode:
            parts.append(self.tr("mode {mode}").format(mode=term("mode", route.mode)))
        if route.chat_id is not None:
            chat = chats.get(route.chat_id, str(route.chat_id))
            parts.append(self.tr("chat {chat}").format(chat=chat))
        if route.category:
            parts.append(self.tr("category {category}").format(category=route.category))
        if route.assignee:
            parts.append(self.tr("person {person}").format(person=route.assignee))
        if route.priority:
            parts.append(
                self.tr("priority {priority}").format(priority=term("priority", route.priority))
            )
        text = ", ".join(parts) or self.tr("every confirmed task")
        if route.target:
            text = self.tr("{rule} → {target}").format(rule=text, target=route.target)
        return text if route.enabled else self.tr("{rule} (off)").format(rule=text)

    def selected_rule(self) -> int | None:
        """The id of the rule selected in the list."""
        index = self.view.currentIndex()
        return None if not index.isValid() else int(index.data(RULE_ID_ROLE))

    def new_rule(self, account_id: int) -> RouteRow:
        """A rule from the criteria fields (empty ones match anything)."""
        def text(line: QLineEdit) -> str | None:
            return line.text().strip() or None

        return RouteRow(0, account_id, mode=self.mode.currentData(),
                        chat_id=self.chat.currentData(), category=text(self.category),
                        assignee=text(self.assignee), priority=self.priority.currentData(),
                        target=text(self.target))

    def clear_criteria(self) -> None:
        """Reset the criteria fields after a rule was added."""
        for combo in (self.mode, self.chat, self.priority):
            combo.setCurrentIndex(0)
        for line in (self.category, self.assignee, self.target):
            line.clear()
