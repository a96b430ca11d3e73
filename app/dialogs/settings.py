"""Settings (Ctrl+,): languages, time zone, times, work days, theme, interface language, data
folder, tray."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.i18n import language_row
from app.theme import apply_theme

LANGUAGES = {
    "en": "English", "es": "Español", "pt": "Português", "hi": "हिन्दी",
    "id": "Bahasa Indonesia", "de": "Deutsch", "fr": "Français", "it": "Italiano",
}  # fmt: skip
THEMES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    """Edits engine.settings in place and writes them to the settings file on Save."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.engine.settings
        self._theme_before = self.settings.theme
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._build()
        self._show(self.settings)

    def _build(self) -> None:
        self.languages = QStandardItemModel(self)
        for code, name in LANGUAGES.items():
            item = QStandardItem(f"{name} ({code})")
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.languages.appendRow(item)
        self.language_list = QListView(self)
        self.language_list.setAccessibleName(self.tr("Languages to read chats in"))
        self.language_list.setModel(self.languages)
        self.language_list.setMaximumHeight(150)
        self.timezone = QComboBox(self)
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(sorted(available_timezones()))
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.morning = self._time_edit(self.tr("Time of “tomorrow” and other dates without a time"))
        self.end_of_day = self._time_edit(self.tr("Time of “end of day” (EOD)"))
        short = QLocale.FormatType.ShortFormat
        self.work_days = [QCheckBox(QLocale().dayName(day + 1, short), self) for day in range(7)]
        days = QHBoxLayout()
        for box in self.work_days:
            box.setAccessibleName(self.tr("Work day {day}").format(day=box.text()))
            days.addWidget(box)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, label in zip(
            THEMES, (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(label, value)
        self.theme.currentIndexChanged.connect(lambda _: self.apply_theme())
        ui_label, self.ui_language = language_row(self, self.settings.ui_language)
        self.data_dir = QLineEdit(self)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        self.data_dir.setPlaceholderText(self.tr("Default: your user data folder"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setAccessibleName(self.tr("Choose the data folder"))
        choose.clicked.connect(self.choose_data_dir)
        folder = QHBoxLayout()
        folder.addWidget(self.data_dir)
        folder.addWidget(choose)
        self.close_to_tray = QCheckBox(
            self.tr("Keep running in the tray when the window is closed"), self
        )
        self.close_to_tray.setAccessibleName(self.tr("Close to tray"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#d93025")
        form = QFormLayout()
        form.addRow(self.tr("&Languages"), self.language_list)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("&Morning (“tomorrow”)"), self.morning)
        form.addRow(self.tr("&End of day (“EOD”)"), self.end_of_day)
        form.addRow(self.tr("Work days"), days)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(ui_label, self.ui_language)
        form.addRow(self.tr("&Data folder"), folder)
        form.addRow(QLabel(self.tr("A new data folder is used from the next start."), self))
        form.addRow("", self.close_to_tray)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def _show(self, settings: Any) -> None:
        for row in range(self.languages.rowCount()):
            item = self.languages.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in settings.languages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.timezone.setCurrentText(settings.timezone)
        self.morning.setTime(QTime.fromString(settings.morning_time, "HH:mm"))
        self.end_of_day.setTime(QTime.fromString(settings.end_of_day_time, "HH:mm"))
        for day, box in enumerate(self.work_days):
            box.setChecked(day in settings.work_days)
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(
            max(THEMES.index(settings.theme) if settings.theme in THEMES else 0, 0)
        )
        self.theme.blockSignals(False)
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(settings.ui_language), 0))
        self.data_dir.setText(settings.data_dir or "")
        self.close_to_tray.setChecked(settings.close_to_tray)

    def values(self) -> dict[str, Any]:
        """The settings as edited; raises ValueError with a message for the user when invalid."""
        languages = [
            self.languages.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.languages.rowCount())
            if self.languages.item(row).checkState() == Qt.CheckState.Checked
        ]
        if not languages:
            raise ValueError(self.tr("Pick at least one language."))
        zone = self.timezone.currentText().strip()
        if zone not in available_timezones():
            raise ValueError(self.tr("Unknown time zone “{zone}”.").format(zone=zone))
        return {
            "languages": languages,
            "timezone": zone,
            "morning_time": self.morning.time().toString("HH:mm"),
            "end_of_day_time": self.end_of_day.time().toString("HH:mm"),
            "work_days": [day for day, box in enumerate(self.work_days) if box.isChecked()],
            "theme": self.theme.currentData(),
            "data_dir": self.data_dir.text().strip() or None,
            "close_to_tray": self.close_to_tray.isChecked(),
            "ui_language": self.ui_language.currentData(),
        }

    def apply_theme(self) -> str:
        """Show the chosen theme at once (Cancel puts the previous one back)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return apply_theme(app, self.theme.currentData())

    def choose_data_dir(self) -> None:
        """Pick the folder the database lives in."""
        start = self.data_dir.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), start)
        if folder:
            self.data_dir.setText(folder)

    def save(self) -> None:
        """Validate, update engine.settings in place, and write the file off the GUI thread."""
        try:
            values = self.values()
        except ValueError as error:
            self.error.setText(str(error))
            return
        for name, value in values.items():
            setattr(self.settings, name, value)
        self._theme_before = self.settings.theme
        self.context.runner.spawn(self._write())
        self.accept()

    async def _write(self) -> None:
        path = getattr(self.context, "settings_path", None)
        await self.context.runner.call(self.settings.save, path)
        self.context.sig_status.emit(self.tr("Settings saved"))
        self.context.sig_tasks_changed.emit()  # due dates are shown in the (maybe new) time zone

    def reject(self) -> None:
        """Close without saving; the theme shown before comes back."""
        if self.theme.currentData() != self._theme_before:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_theme(app, self._theme_before)
        super().reject()
