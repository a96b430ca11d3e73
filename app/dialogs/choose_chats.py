"""Consent per chat: the user ticks the chats the live reader may store; nothing else is kept."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from engine.ingest.web import ChatPreview
from engine.ingest.web.accounts import chat_consent_key

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChooseChatsDialog(QDialog):
    """The account's chat list (as WhatsApp Web shows it) with a checkbox per chat."""

    def __init__(self, previews: Sequence[ChatPreview], chosen: Sequence[str], *,
                 open_unread: bool = False, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("choose-chats")
        self.setWindowTitle(self.tr("Choose the chats to read"))
        self.setAccessibleName(self.tr("Choose the chats to read"))
        keys = {chat_consent_key(title) for title in chosen}
        self.model = QStandardItemModel(self)
        titles = [p.title for p in previews]
        listed = {chat_consent_key(title) for title in titles}
        titles += [t for t in chosen if chat_consent_key(t) not in listed]  # chosen, now off-list
        for title in titles:
            item = QStandardItem(title)
            item.setData(title, TITLE_ROLE)
            item.setEditable(False)
            item.setCheckable(True)
            checked = chat_consent_key(title) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.list = QListView(self)
        self.list.setObjectName("choose-chats-list")
        self.list.setAccessibleName(self.tr("Chats"))
        self.list.setModel(self.model)
        intro = QLabel(self.tr("Only the ticked chats are read and stored; nothing from the other "
                               "chats is ever saved. This list was read from WhatsApp Web without "
                               "opening any chat."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.open_unread = QCheckBox(self.tr(
            "Also &open chats with unread messages right away. Warning: opening a chat marks "
            "its messages as read on your phone. When off, such chats wait until you read "
            "them on the phone."), self)  # fmt: skip
        self.open_unread.setObjectName("choose-chats-open-unread")
        self.open_unread.setAccessibleName(self.tr("Open chats with unread messages"))
        self.open_unread.setChecked(open_unread)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the chosen chats"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_unread)
        layout.addWidget(buttons)
        self.resize(440, 480)

    def chosen(self) -> list[str]:
        """Titles of the ticked chats."""
        items = (self.model.item(row) for row in range(self.model.rowCount()))
        return [str(i.data(TITLE_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, title: str, checked: bool) -> None:
        """Tick or untick a chat by title (keyboard users and tests)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(TITLE_ROLE) == title:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
