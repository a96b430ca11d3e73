"""The connect dialog: a settings form rendered from a connector manifest's typed fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import connector_text
from engine.sync.manifest import Manifest, SettingField

OAUTH_TOKENS = ("access_token", "refresh_token")
"""Secrets an OAuth sign-in fills in; the form never asks for them."""


class ConnectDialog(QDialog):
    """Asks for an account name and the connector's settings; secrets use password fields."""

    def __init__(self, manifest: Manifest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manifest = manifest
        self.setObjectName("connect-dialog")
        self.setWindowTitle(self.tr("Connect %1").replace("%1", connector_text(manifest.name)))
        self.setAccessibleName(self.windowTitle())
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        self.label = QLineEdit(manifest.id, self)
        self.label.setObjectName("field-label")
        self.label.setAccessibleName(self.tr("Account name"))
        form.addRow(self.tr("Account name"), self.label)
        for item in self.fields():
            editor = self._editor(item)
            editor.setObjectName(f"field-{item.name}")
            label = connector_text(item.label)
            editor.setAccessibleName(label)
            if item.help:
                editor.setToolTip(connector_text(item.help))
            self.editors[item.name] = editor
            form.addRow(label + ("" if item.required else self.tr(" (optional)")), editor)
        layout = QVBoxLayout(self)
        if manifest.description:
            layout.addWidget(QLabel(connector_text(manifest.description), self))
        layout.addLayout(form)
        if self.uses_oauth:
            note = QLabel(self.tr("After you press OK, your browser opens to sign in."), self)
            note.setObjectName("oauth-note")
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    @property
    def uses_oauth(self) -> bool:
        """True when the connector signs in through the browser."""
        return self.manifest.auth == "oauth2_pkce"

    def fields(self) -> list[SettingField]:
        """The settings the user fills in (OAuth tokens come from the sign-in instead)."""
        skip = OAUTH_TOKENS if self.uses_oauth else ()
        return [item for item in self.manifest.settings if item.name not in skip]

    def _editor(self, item: SettingField) -> QWidget:
        if item.type == "boolean":
            box = QCheckBox(self)
            box.setChecked(bool(item.default))
            return box
        if item.type == "integer":
            spin = QSpinBox(self)
            spin.setRange(0, 1_000_000)
            spin.setValue(int(item.default or 0))
            return spin
        if item.type == "choice":
            combo = QComboBox(self)
            for choice in item.choices:
                combo.addItem(connector_text(choice), choice)
            if item.default is not None:
                combo.setCurrentIndex(max(combo.findData(item.default), 0))
            return combo
        line = QLineEdit(self)
        if item.secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        if item.default is not None:
            line.setText(str(item.default))
        if item.type == "url":
            line.setPlaceholderText("https://…")
        return line

    def values(self) -> dict[str, Any]:
        """What the user entered, by setting name (empty optional fields left out)."""
        found: dict[str, Any] = {}
        for name, editor in self.editors.items():
            value: Any
            if isinstance(editor, QCheckBox):
                value = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                value = editor.value()
            elif isinstance(editor, QComboBox):
                value = editor.currentData()
            else:
                assert isinstance(editor, QLineEdit)
                value = editor.text().strip()
            if value != "":
                found[name] = value
        return found

    def account_label(self) -> str:
        """The account name the user chose."""
        return self.label.text().strip() or self.manifest.id
